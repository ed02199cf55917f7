/** Energy balance of a self-consumption configuration (pure). */
export { computeBalance, computeBalanceTotals, DEFAULT_MAX_INCENTIVISED_PLANT_KW } from './compute';
export { BalanceInputError } from './errors';
export { checkExistingPlantsShare, DEFAULT_MAX_EXISTING_SHARE } from './existing-plants';
export { compareOldestFirst, oldestFirstOrder } from './plant-order';
export { validateBalanceInput } from './validate';
export type * from './types';
export { ConsumerFlowsCache } from './consumer-memo';

export * from './carbonParameters';
export * from './avoidedEmissions';
export * from './embodiedEmissions';
export * from './carbonBalance';

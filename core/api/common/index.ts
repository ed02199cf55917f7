/**
 * The part of core/api that both sides may import: the operations (names, schemas, the
 * CoreApi type), the shapes they exchange, the errors and the envelope. No Node code.
 */
export * from './operations';
export * from './errors';
export * from './envelope';
export type * from './types/projects';
export type * from './types/map';
export type * from './types/imports';
export type * from './types/rules';
export type * from './types/exports';
export type * from './types/sharing';
export type * from './types/history';
export type * from './types/scenarios';
export type * from './types/help';
export type { MemberInput, MemberListItem, PlantInput, ConfigurationInput } from './ops/members';
export type { CreateProjectArgs } from './ops/projects';
export type { AreaFilterInput, CustomPerimeterArgs } from './ops/map';
export type { ImportStartArgs } from './ops/imports';
export { IMPORT_KINDS } from './ops/imports';
export { GUIDE_PAGES, type GuidePageId } from './ops/help';

export * from './entities';
export * from './timeseries';
export * from './codes';
export * from './pod';
export * from './entity-validation';
export * from './timeseries-align';

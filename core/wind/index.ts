export * from './windProfile';
export * from './airDensity';
export * from './powerCurve';
export * from './windYear';

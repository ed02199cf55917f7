/** Public API of core/geo (pure geometry: no Node, no DOM). */
export * from './types';
export * from './bbox';
export * from './earth';
export * from './pip';
export * from './area-index';
export * from './distance';
export * from './filter';
export * from './simplify';
export * from './ring';
export * from './repair';
export * from './projection/ellipsoid';
export * from './projection/transverse-mercator';
export * from './projection/helmert';
export * from './projection/web-mercator';
export * from './projection/wkt';
export * from './projection/crs';

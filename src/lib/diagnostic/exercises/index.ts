// The hands-on exercises' pure side: from what happened to a score 0, 1 or 2, with named thresholds.
export { scoreMeasures, type Measures, type Thresholds } from './score';
export * from './pointer';
export * from './typing';
export * from './browser';
export * from './inbox';
export * from './password';
export * from './form';

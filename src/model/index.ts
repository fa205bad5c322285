export * from './framework.js';
export * from './commitment.js';
export * from './coverage.js';
export * from './finding.js';
export * from './crosswalk.js';

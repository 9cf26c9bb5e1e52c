// practice-ops: every module's public API in one import. Each module's index lists its names explicitly,
// and no two modules export the same name (the typecheck fails if they do). Import a subpath
// (practice-ops/billing, …) to load only one module.

export * from './billing/index.js';
export * from './billing/x12/index.js';
export * from './boundaries/index.js';
export * from './core/index.js';
export * from './credentialing/index.js';
export * from './fhir/index.js';
export * from './intake/index.js';
export * from './ops/index.js';
export * from './scheduling/index.js';

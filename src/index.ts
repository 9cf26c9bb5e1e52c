// practice-ops: every module's public API. Import a subpath (practice-ops/billing, …) to load only one.
export * from './core/index.js';

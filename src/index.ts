/**
 * pmo-kit: what a Project Management Office knows and does, as typed data and pure functions.
 *
 * This entry re-exports every subpath: `pmo-kit/model`, `pmo-kit/org`, `pmo-kit/calendar`, `pmo-kit/schedule`, `pmo-kit/resources`, `pmo-kit/portfolio`, `pmo-kit/performance`, `pmo-kit/risk`, `pmo-kit/io` and `pmo-kit/viz`.
 *
 * @module pmo-kit
 */
export * from './model/index.js';
export * from './org/index.js';
export * from './calendar/index.js';
export * from './schedule/index.js';
export * from './resources/index.js';
export * from './portfolio/index.js';
export * from './performance/index.js';
export * from './risk/index.js';
export * from './io/index.js';
export * from './viz/index.js';

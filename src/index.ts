/**
 * golden-thread: typed models, validators, rules and honest metrics for co-produced care in
 * UK adult social care.
 *
 * @module golden-thread
 */

export { messageCatalogue } from './catalogue.js';
export * from './core/index.js';
export * from './evidence/index.js';
export * from './labels.js';
export * from './metrics/index.js';
export * from './outcomes/index.js';
export * from './restrictions/index.js';
export * from './reviews/index.js';
export * from './stats/index.js';

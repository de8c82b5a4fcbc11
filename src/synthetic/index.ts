/**
 * A seeded, deterministic generator of realistic made-up provider data — people in services
 * with person-led outcomes and monthly ratings, reviews, life events, actions, feedback,
 * community activities and restrictions with their uses — at any scale, streamed one record
 * at a time, for demos, tests and benchmarks.
 *
 * @module synthetic
 */
export { generateProvider, type SyntheticProvider } from './generate-provider.js';
export {
  SYNTHETIC_PROFILES,
  type SyntheticProfile,
  type SyntheticProfileRates,
  type SyntheticProviderOptions,
} from './options.js';
export { providerRecords } from './provider-records.js';

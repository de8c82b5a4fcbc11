/**
 * The governance job — or any metric job — as a BullMQ flow, from the subpath
 * `golden-thread/node/bullmq`: one child job per partition (a part of an NDJSON file, a whole
 * file, or a range of database ids) folds its records into an accumulator state, and a parent
 * job merges the children's states into the result of one pass. Workers on many machines
 * sharing one Redis can then read a provider group's or a commissioner's data together.
 * BullMQ (`bullmq` with `ioredis`) is an optional peer dependency: install it to use this
 * subpath; nothing else in the library loads it.
 *
 * @module node/bullmq
 */
export {
  addMetricFlow,
  createMetricFlowWorker,
  type MetricFlowChildData,
  type MetricFlowData,
  type MetricFlowOptions,
  type MetricFlowParentData,
  type MetricFlowProgress,
  metricFlow,
  metricFlowProcessor,
  waitForMetricFlow,
} from './flow.js';

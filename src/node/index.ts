/**
 * Back-end jobs on Node.js, from the subpath `golden-thread/node`: a fast NDJSON reader for
 * files and streams (every issue with its line), a parallel runner that reads newline-aligned
 * parts of files on worker threads and merges the metrics' states into the result of one
 * pass, and the partitions and job descriptions a job queue needs (`golden-thread/node/bullmq`
 * runs the same job as a BullMQ flow). This is the only part of the library that reads files
 * or starts threads; everything it computes comes from the pure core.
 *
 * @module node
 */
export { type ComputeFromNdjsonOptions, computeMetricsFromNdjson } from './compute-from-ndjson.js';
export {
  type LineIssue,
  type NdjsonIssue,
  type NdjsonIssueCode,
  type NdjsonIssueDetails,
  ndjsonIssueCatalogue,
  nodeMessageCatalogue,
} from './issues.js';
export { governanceJob, type MetricJob, type MetricResultOf, metricJob } from './job.js';
export type { JobIssue, JobResult, PartitionSummary } from './merge.js';
export {
  computeMetricsInParallel,
  type JobProgress,
  type ParallelOptions,
  type WorkerProgress,
} from './parallel.js';
export {
  type FilePartition,
  type Partition,
  type RecordSource,
  type SourcePartition,
  splitFile,
} from './partitions.js';
export {
  type NdjsonEntry,
  type ReadNdjsonOptions,
  type ReadProviderRecordsOptions,
  readNdjson,
  readProviderRecords,
} from './read-ndjson.js';
export type { NdjsonSource } from './sources.js';

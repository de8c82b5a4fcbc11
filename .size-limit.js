// Budgets for what a host really ships when it imports from golden-thread: bundled with
// esbuild, minified and brotli-compressed, **including zod**. size-limit normally leaves peer
// dependencies out; the per-file build exists so that a pure helper never drags zod in,
// and these checks would not see a regression if zod were excluded.
//
// Every entry point but golden-thread/node is bundled for the browser: esbuild then cannot
// resolve a Node built-in (`node:fs`, `node:worker_threads`), so a check fails if the Node
// subpath — or any file or thread code — ever enters a browser-safe entry point.
const forBrowser = (config) => ({ ...config, external: [], platform: 'browser' });
const forNode = (config) => ({ ...config, external: [], platform: 'node' });

const check = (name, imported, limit, path = 'dist/index.js') => ({
  name,
  path,
  import: imported,
  limit,
  modifyEsbuildConfig: path.startsWith('dist/node/') ? forNode : forBrowser,
});

const VISUALS = 'dist/visuals/index.js';

export default [
  // #19: argument checks that describe a wrong value by its kind (505 B measured).
  check('ratio (no zod, no date-fns)', '{ ratio }', '550 B'),
  check(
    'date arithmetic (no date-fns, no zod)',
    '{ addDays, addMonths, daysBetween, quarterLabel }',
    '1.8 kB',
  ),
  check('parseIsoDate (brings zod)', '{ parseIsoDate }', '28 kB'),
  // The wording analyser (issue #17) is most of it: its English vocabulary (about 6 kB of the
  // figure) and patterns, tokeniser and matcher. It was 5.0 kB with the phrase list.
  check('checkOutcome (no zod)', '{ checkOutcome }', '21 kB'),
  // #19: weights scaled before summing, and argument checks (881 B measured).
  check('gasTScore (no zod)', '{ gasTScore }', '950 B'),
  check('parseOutcome (brings zod)', '{ parseOutcome }', '31 kB'),
  check('recordRating (brings zod and immer)', '{ recordRating }', '34 kB'),
  // 57 finding codes, each message naming its law or guidance, are most of this (issue #15).
  check('checkRestriction (no zod)', '{ checkRestriction }', '17 kB'),
  check('checkRestrictionRegister (no zod)', '{ checkRestrictionRegister }', '6 kB'),
  check('reviewsDue (no zod)', '{ reviewsDue }', '6 kB'),
  // Reviews judge outcome wording with checkOutcome itself (one source of truth, #16), so
  // checkReviewQuality carries checkOutcome and its wording analyser's vocabulary (#17):
  // 24.57 kB measured after the #16 and #17 merges.
  check('checkReviewQuality (no zod)', '{ checkReviewQuality }', '25.5 kB'),
  // Issue #18/#19 (stats): XmR periods, bounds and the Making Data Count rules (+1.5 kB); the
  // incomplete gamma function exact at large counts (Temme's coefficients, Stirling's series).
  check('xmrChart and poissonInterval (no zod)', '{ xmrChart, poissonInterval }', '5 kB'),
  // Exact median of the pairwise slopes in O(n log n): inversion counting, error-free
  // arithmetic and the BigInt fallback (4.4 kB of the 10 kB below).
  check('theilSen (no zod)', '{ theilSen }', '4.7 kB'),
  check('funnelPlot (no zod)', '{ funnelPlot }', '5 kB'),
  check(
    'all the statistics (no zod)',
    '{ poissonInterval, rateRatio, theilSen, ordinaryLeastSquares, mannKendall, xmrChart, runChart, funnelPlot, formatPValue }',
    '12.5 kB',
  ),
  // A table of rules (issue #14) and a guard that throws only GoldenThreadError (issue #19).
  check('checkEvidenceChain (no zod)', '{ checkEvidenceChain }', '3.7 kB'),
  // The synthetic generator is mostly its phrase banks (the words people say, events, actions),
  // and since #16 a simulation of how a service answers each review trigger.
  // #18: two profiles, wellbeing areas and goals that follow achieved ones (15.62 kB measured).
  check(
    'golden-thread/synthetic: generateProvider (no zod)',
    '{ generateProvider }',
    '16.2 kB',
    'dist/synthetic/index.js',
  ),
  check('golden-thread/stats: everything (no zod)', '*', '13.2 kB', 'dist/stats/index.js'),
  // 120.4 kB after the #15–#19 and #21 merges: the wording analyser's vocabulary (#17, about
  // 16 kB), the restriction rules with their sources (#15), funnel plots and exact gamma
  // functions (#18, #19), field labels (#20).
  // 128.8 kB after #18 (new figures) and #19 (state schemas, argument checks).
  check('everything', '*', '132 kB'),
  check('golden-thread/fhir: toFhirGoal (no zod)', '{ toFhirGoal }', '3 kB', 'dist/fhir/index.js'),
  check('golden-thread/fhir: everything (brings zod)', '*', '40 kB', 'dist/fhir/index.js'),
  check('golden-thread/visuals: xmrChartSvg (no zod)', '{ xmrChartSvg }', '4.6 kB', VISUALS),
  check(
    'golden-thread/visuals: ratingTimelineSvg (no zod)',
    '{ ratingTimelineSvg }',
    '4.9 kB',
    VISUALS,
  ),
  check('golden-thread/visuals: funnelPlotSvg (no zod)', '{ funnelPlotSvg }', '4.9 kB', VISUALS),
  // Since #18 the governance report computes its funnel plots (funnelPlot's exact limits, about
  // 4.7 kB) and is built from sections: 13.5 kB before, 19.7 kB after.
  // The report's #18 sections (areas, not improved, you said we did, change impact, coverage,
  // notices): 21.9 kB. The plain label lists it reads come without zod (their schemas are
  // marked pure, so a bundler drops them).
  check('golden-thread/visuals: everything (no zod)', '*', '23 kB', VISUALS),
  // The Node subpath carries every metric (a job names any of them) and the record parser.
  check(
    'golden-thread/node: readNdjson (no zod)',
    '{ readNdjson }',
    '2.8 kB',
    'dist/node/index.js',
  ),
  // 95.1 kB after the merges: it carries every metric, with checkOutcome's analyser.
  // 110.3 kB after #18 and #19: every metric with its state schema.
  check('golden-thread/node: everything (brings zod)', '*', '114 kB', 'dist/node/index.js'),
];

/** Evidence-chain coverage: complete golden threads (internal to `visuals`). */
import type { ReportContext } from './context.js';
import { count, figure, heading, paragraph, share } from './format.js';

const STEPS = {
  input: 'what the person said',
  decision: 'what was decided',
  action: 'what was changed',
  check: 'how it was checked',
} as const;

/**
 * Active outcomes whose golden thread is complete, and where the broken ones break; left out
 * when the report was computed without `evidenceCoverage: true`.
 */
export function evidenceCoverageSection(c: ReportContext): string {
  const e = c.overall.evidenceCoverage;
  if (e === null) return '';
  const title = heading(`Evidence chains on ${c.lastDay}`);
  if (figure(e.proportion.denominator, 'the active outcomes') === 0) {
    return [title, paragraph('No outcome was active on the last day, so no thread to check.')].join(
      '\n',
    );
  }
  const broken = Object.entries(STEPS)
    .map(
      ([step, words]) => [words, figure(e.brokenAt[step as keyof typeof STEPS], 'a step')] as const,
    )
    .filter(([, n]) => n > 0)
    .map(([words, n]) => `${words} ${count(n)}`);
  const missing =
    e.mostOftenMissing === null || !Object.hasOwn(STEPS, e.mostOftenMissing)
      ? ''
      : ` The step missing most often: ${STEPS[e.mostOftenMissing]}.`;
  return [
    title,
    paragraph(
      `Active outcomes with a complete golden thread (what the person said, what was decided, what was changed and how it was checked): ${share(e.proportion)}.`,
    ),
    broken.length === 0
      ? ''
      : paragraph(`Where the other threads break first: ${broken.join('; ')}.${missing}`),
  ].join('\n');
}

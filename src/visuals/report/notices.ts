/** What the reader must know about the records before the figures (internal to `visuals`). */
import type { ReportContext } from './context.js';
import { text } from './format.js';

/**
 * The report's notices (ids read more than once, records without the group key), each in its
 * own plain-English words; left out when there is nothing to say.
 */
export function noticesSection(c: ReportContext): string {
  const notices: readonly unknown[] = Array.isArray(c.report.notices) ? c.report.notices : [];
  if (notices.length === 0) return '';
  const items = notices.map(
    (n) => `<li>${text((n as { message?: unknown } | null)?.message, 'a notice')}</li>`,
  );
  return `<div class="notices"><p><strong>Before reading the figures:</strong></p><ul>${items.join('')}</ul></div>`;
}

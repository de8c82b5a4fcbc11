/**
 * The governance report's sections, in the order they are printed (internal to `visuals`).
 * To add a figure to the report, write a section — a small function from the
 * {@link ReportContext} to HTML, in a file beside this one — and add it to this table.
 */

import { changeImpactSection } from './change-impact.js';
import { chartsSection } from './charts.js';
import { comparisonSection } from './comparison.js';
import type { ReportSection } from './context.js';
import { evidenceCoverageSection } from './evidence-coverage.js';
import { groupsSection } from './groups.js';
import { headerSection } from './header.js';
import { keyFiguresSection, trendFiguresSection } from './key-figures.js';
import { outcomesSection, restrictionsSection, reviewsOverdueSection } from './lists.js';
import { outcomesNotImprovedSection, workAndLearningSection } from './not-improved.js';
import { noticesSection } from './notices.js';
import { wellbeingAreasSection } from './wellbeing-areas.js';
import { youSaidWeDidSection } from './you-said-we-did.js';

export const REPORT_SECTIONS: readonly ReportSection[] = [
  headerSection,
  noticesSection,
  keyFiguresSection,
  wellbeingAreasSection,
  outcomesNotImprovedSection,
  workAndLearningSection,
  youSaidWeDidSection,
  changeImpactSection,
  evidenceCoverageSection,
  comparisonSection,
  chartsSection,
  trendFiguresSection,
  reviewsOverdueSection,
  restrictionsSection,
  outcomesSection,
  groupsSection,
];

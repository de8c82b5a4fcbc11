/** People and outcomes by Care Act wellbeing area (internal to `visuals`). */
import type { WellbeingAreaFigures } from '../../metrics/index.js';
import type { ReportContext } from './context.js';
import { count, figure, heading, paragraph, share, table, words } from './format.js';

function areaRow(area: WellbeingAreaFigures): string[] {
  return [
    words(area.label, 'a wellbeing area’s label'),
    share(area.people),
    share(area.outcomes),
    share(area.achieved),
    share(area.notAchieved),
  ];
}

/**
 * Each wellbeing area with outcomes active in the quarter (and outcomes with no area), the
 * people and outcomes in it and how many were achieved or not; left out with no outcomes.
 */
export function wellbeingAreasSection(c: ReportContext): string {
  const w = c.overall.wellbeingAreas;
  if (figure(w.outcomes, 'the outcomes by wellbeing area') === 0) return '';
  const areas = [...Object.values(w.areas), w.noArea].filter(
    (a) => figure(a.outcomes.numerator, 'an area’s outcomes') > 0,
  );
  return [
    heading(`Outcomes by wellbeing area, ${c.period}`),
    paragraph(
      `The Care Act 2014 wellbeing areas of the ${count(w.outcomes)} outcomes active in the quarter, held by ${count(w.people)} people. An outcome can count in more than one area; areas with no outcome are left out.`,
    ),
    table(
      `Wellbeing areas, quarter ${c.period}`,
      [
        'Wellbeing area',
        'People with an outcome in it',
        'Outcomes in it',
        'Achieved',
        'Not achieved (completed or cancelled)',
      ],
      areas.map(areaRow),
    ),
    figure(w.undated, 'the undated outcomes') === 0
      ? ''
      : paragraph(
          `${count(w.undated)} finished outcomes have no date for their end and are not counted as achieved or not.`,
        ),
  ].join('\n');
}

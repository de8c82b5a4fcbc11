/**
 * The colours of the pictures (internal to `visuals`), with their WCAG 2 contrast ratios
 * against the white background, worked from the sRGB relative luminance formula. Text needs
 * 4.5:1 (AA) and the parts of a graphic a reader needs need 3:1 (WCAG 1.4.11).
 */
export const COLOURS = {
  /** Background. */
  paper: '#FFFFFF',
  /** Text, axes, mean line and marker outlines: 19.59:1. */
  ink: '#0B0C0C',
  /** Grid lines and process limits: 7.07:1. */
  guide: '#505A5F',
  /** Rating points and the line joining them: 12.40:1 (white score text on it, 12.40:1). */
  rating: '#003078',
  /** Milestone lines and badges: 10.08:1 (white number on it, 10.08:1). */
  milestone: '#4C2C92',
  /** Making Data Count grey, common-cause points and the data line: 4.14:1. */
  commonCause: '#7B7D7D',
  /** Making Data Count blue, special cause — improvement: 3.00:1, with an ink outline. */
  improvement: '#289DE0',
  /** Making Data Count orange, special cause — concern: 3.26:1, with an ink outline. */
  concern: '#E46C0A',
  /** Making Data Count purple, special cause where neither direction is better: 8.02:1. */
  neither: '#7030A0',
} as const;

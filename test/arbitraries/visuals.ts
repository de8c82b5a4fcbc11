import fc from 'fast-check';

/**
 * Strings made to break markup: tag and attribute breakers, CDATA ends, entity look-alikes,
 * control characters, lone surrogates and the noncharacters U+FFFE / U+FFFF, mixed with any
 * other code points.
 */
export const HOSTILE_PIECES = [
  '</svg><script>alert(1)</script>',
  '"onload="alert(1)',
  "' onmouseover='alert(1)",
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '&',
  '<',
  '>',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u0085',
  '\uD800',
  '\uDFFF',
  '\uFFFE',
  '\uFFFF',
  '<foreignObject>',
  '\t\n\r',
  'Ünïcödé 😀 名前',
  'Supercalifragilisticexpialidociousandthensomemorelettersthatgoonandon',
];

/** Host text that tries every way to escape its place in an SVG or HTML document. */
export const arbHostileText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 3 })),
  minLength: 1,
  maxLength: 6,
});

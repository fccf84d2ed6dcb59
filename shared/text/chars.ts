/**
 * Character tests for the loops that run over every character of a draft (tokenizing,
 * LIX, finding numbers, splitting lines). Plain comparisons: faster there than regular
 * expressions, and one definition of what counts as a letter or a space.
 */

/** Latin letters as Swedish (and the names in it) uses them, and combining accents. */
export function isLetterCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x300 && code <= 0x36f)
  );
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Spaces, tabs, line ends, form feed (page break), no-break and narrow spaces, BOM. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0 || code === 0x2007 || code === 0x202f || code === 0xfeff;
}

/** Lower-cases a letter's char code for the Latin letters Swedish uses (A–Z, À–Þ). */
export function lowerCode(code: number): number {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
}

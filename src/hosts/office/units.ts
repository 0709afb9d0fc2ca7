/**
 * Column widths: the plan (like the .xlsx file) counts characters of the default font, Office.js counts
 * points. An .xlsx width already includes the cell padding, so w characters are round(7·w) pixels for
 * Calibri 11 (7 px per digit), and a pixel is 0.75 pt at 96 dpi.
 */
const PIXELS_PER_CHAR = 7;
const POINTS_PER_PIXEL = 0.75;

export function charsToPoints(width: number): number {
  return Math.round(width * PIXELS_PER_CHAR) * POINTS_PER_PIXEL;
}

export function pointsToChars(points: number): number {
  return points / POINTS_PER_PIXEL / PIXELS_PER_CHAR;
}

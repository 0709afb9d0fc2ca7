/** A1 addresses for people; 0-based indices for code. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (0-based row, 0-based col) -> "B7". */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Absolute range "$J$3:$L$28" (a single cell gives "$J$3"). */
export function absRange(top: number, left: number, bottom: number, right: number): string {
  const tl = `$${columnLetter(left)}$${top + 1}`;
  if (top === bottom && left === right) return tl;
  return `${tl}:$${columnLetter(right)}$${bottom + 1}`;
}

/** Parses "$J$3:$L$28", "J3:L28" or "J3" into a 0-based rectangle; null when malformed. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(range.trim());
  if (!m) return null;
  const left = columnIndex(m[1]);
  const top = Number(m[2]) - 1;
  const right = m[3] ? columnIndex(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

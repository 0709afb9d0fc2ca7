/**
 * Excel number formats decide what a number cell means: 0.9 under "0%" is 90 %, 44742 under
 * "dd/mm/yyyy" is 30/06/2022. Both hosts hand the format string over verbatim.
 * Formats repeat across a workbook, so answers are cached (bounded).
 */

/** Remove quoted literals ("gg"), escaped characters (\x), bracketed sections ([$-410], [Red], [<=100]) and _x / *x fills. */
function stripLiterals(fmt: string): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') {
      const close = fmt.indexOf('"', i + 1);
      i = close < 0 ? fmt.length : close;
    } else if (ch === "[") {
      const close = fmt.indexOf("]", i + 1);
      i = close < 0 ? fmt.length : close;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++; // skip the next character: it is a literal or a fill/padding character
    } else {
      out += ch;
    }
  }
  return out;
}

const MAX_CACHE = 1000;
const dateCache = new Map<string, boolean>();
const percentCache = new Map<string, boolean>();

function remember(cache: Map<string, boolean>, key: string, value: boolean): boolean {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * True for a date format: after removing literals it holds a day or year code (d, y; Italian Excel
 * also shows g/a for giorno/anno in some exports), or a month code m that is not minutes (no h or s).
 * Only the first section (positive numbers) matters.
 */
export function isDateFormat(numberFormat: string): boolean {
  const known = dateCache.get(numberFormat);
  if (known !== undefined) return known;
  const lower = numberFormat.toLowerCase();
  if (lower === "" || lower === "general" || lower === "standard" || lower === "@") {
    return remember(dateCache, numberFormat, false);
  }
  const code = stripLiterals(lower).split(";")[0];
  const hasDay = code.includes("d") || code.includes("y");
  const hasMonthOnly = code.includes("m") && !code.includes("h") && !code.includes("s");
  // "General" is excluded above; a lone "e" (exponent, "0.00E+00") never triggers: it is not d/y/m.
  return remember(dateCache, numberFormat, hasDay || hasMonthOnly);
}

/** True when the first section of the format shows the value as a percentage (a % outside literals). */
export function isPercentFormat(numberFormat: string): boolean {
  const known = percentCache.get(numberFormat);
  if (known !== undefined) return known;
  const code = stripLiterals(numberFormat).split(";")[0];
  return remember(percentCache, numberFormat, code.includes("%"));
}

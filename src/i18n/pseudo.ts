/**
 * Pseudo-localisation: a third catalog, "qps", made by wrapping every string of the Italian catalogs in
 * ⟦…⟧. Rendering with it shows at a glance (and lets a test prove) which text on screen, in a sheet or
 * in a PDF did not come from a catalog. Not offered to people; `--lang qps` is a testing aid.
 */

export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

export const pseudoText = (text: string): string => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

/** A catalog with every string, and every string a function returns, marked; the shape is unchanged. */
export function pseudoLocalise<T>(catalog: T): T {
  return wrap(catalog) as T;
}

function wrap(value: unknown): unknown {
  if (typeof value === "string") return pseudoText(value);
  if (typeof value === "function") {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => wrap(fn(...args));
  }
  if (Array.isArray(value)) return value.map(wrap);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(v)]));
  }
  return value;
}

/** A catalog in every language: the Italian and English ones as written, the pseudo-locale made from the Italian. */
export function withPseudo<T>(catalogs: { it: T; en: T }): { it: T; en: T; qps: T } {
  return { ...catalogs, qps: pseudoLocalise(catalogs.it) };
}

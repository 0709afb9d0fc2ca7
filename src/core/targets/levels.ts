/**
 * Ordinal levels (Basso < Medio-basso < Medio < Medio-alto < Alto by default, from the settings).
 * "medio alto", "Medio – Alto" and "MEDIO-ALTO" are the same level: case, accents and the kind of
 * separator between the words are ignored.
 */
import { foldText } from "../text/fold";

const SEPARATOR_RUN = /[\s\-\u2010-\u2015_]+/g;
const EDGE_DASHES = /^-+|-+$/g;

/** Comparison key of a level name: folded, words joined by one "-". */
export function levelKey(text: string): string {
  return foldText(text).replace(SEPARATOR_RUN, "-").replace(EDGE_DASHES, "");
}

/** key -> rank (1-based) per settings list; the list object is long-lived, so the map is built once. */
const rankMaps = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

function rankMap(levels: readonly string[]): ReadonlyMap<string, number> {
  let map = rankMaps.get(levels);
  if (!map) {
    const m = new Map<string, number>();
    levels.forEach((name, i) => {
      const key = levelKey(name);
      if (key.length > 0 && !m.has(key)) m.set(key, i + 1);
    });
    map = m;
    rankMaps.set(levels, map);
  }
  return map;
}

/** The rank of `text` in `levels` (1-based, lowest first), or null when it names no level. */
export function levelRank(text: string, levels: readonly string[]): number | null {
  // Level names start with a letter; numbers and dates (most targets) skip the folding.
  const c = text.charCodeAt(0);
  if (c < 65 || (c > 90 && c < 97) || (c > 122 && c < 0xc0)) return null;
  return rankMap(levels).get(levelKey(text)) ?? null;
}

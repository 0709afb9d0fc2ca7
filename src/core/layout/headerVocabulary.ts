/**
 * The header words a run matches: the built-in synonyms (vocabulary.ts) and the words the officers taught in
 * the settings sheet («Intestazioni Indicatore», …), normalised once per run. Taught words win over the
 * built-in ones: an officer who writes «Risultato» under «Intestazioni Target» means it.
 */
import type { HeaderWords, TaughtRole } from "../settings/types";
import { headerKey } from "./text";
import { HEADER_SYNONYMS, type Role } from "./vocabulary";

export interface HeaderVocabulary {
  /** Role of a header key (normalised, trailing year split off: see text.ts headerKey). */
  roleOf: ReadonlyMap<string, Role>;
  /**
   * The keys of the taught indicator headers, for the cheap test that keeps synonym matching off data rows
   * (every plan table has an indicator column).
   */
  indicatorKeys: ReadonlySet<string>;
  /** indicatorKeys as a list, for the letter-by-letter comparison that turns most data cells away. */
  indicatorList: readonly string[];
  /** Their first characters (a-z, 0-9) as char codes: a cell starting with another letter is no such header. */
  indicatorFirstChars: ReadonlySet<number>;
}

const TAUGHT_ORDER: readonly TaughtRole[] = [
  "objective",
  "indicator",
  "target",
  "weight",
  "actual",
  "area",
  "baseline",
];

function builtIn(): Map<string, Role> {
  const roleOf = new Map<string, Role>();
  for (const role of Object.keys(HEADER_SYNONYMS) as Role[]) for (const s of HEADER_SYNONYMS[role]) roleOf.set(s, role);
  return roleOf;
}

export const BUILT_IN_VOCABULARY: HeaderVocabulary = {
  roleOf: builtIn(),
  indicatorKeys: new Set(),
  indicatorList: [],
  indicatorFirstChars: new Set(),
};

/** The key a taught header text is matched by: as a header cell's, so «Valore a consuntivo 2022» = «Valore a consuntivo». */
export function taughtKey(text: string): string {
  return headerKey(text.trim()).key;
}

/**
 * The vocabulary of a run. Without taught words it is the built-in one itself. A text taught for two
 * roles keeps the first in the settings sheet's order (Obiettivo, Indicatore, Target, Peso, Consuntivo,
 * Area, Baseline).
 */
export function headerVocabulary(words: HeaderWords): HeaderVocabulary {
  if (TAUGHT_ORDER.every((role) => words[role].length === 0)) return BUILT_IN_VOCABULARY;
  const roleOf = builtIn();
  const taught = new Set<string>();
  const indicatorKeys = new Set<string>();
  for (const role of TAUGHT_ORDER) {
    for (const text of words[role]) {
      const key = taughtKey(text);
      if (key === "" || taught.has(key)) continue;
      taught.add(key);
      roleOf.set(key, role);
      if (role === "indicator") indicatorKeys.add(key);
    }
  }
  return {
    roleOf,
    indicatorKeys,
    indicatorList: [...indicatorKeys],
    indicatorFirstChars: new Set([...indicatorKeys].map((k) => k.charCodeAt(0))),
  };
}

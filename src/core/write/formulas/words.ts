/**
 * The words a formula must recognise in a Consuntivo as the engine does: «sì» and its kin, «no» and its kin,
 * and «n.d.», «-» for an actual not measured yet. Written once, in a section of the Riepilogo, and named
 * (CP_SI, CP_NO, CP_NON_RILEVATO, CP_LIVELLI, CP_RANGHI): every formula then carries a name instead of the whole list, which would make each a few
 * hundred characters longer. A formula built without the Riepilogo carries the lists as array constants.
 */
import { NO_ACTUAL_WORDS, NOT_AVAILABLE_WORDS, YES_ACTUAL_WORDS } from "../../targets/keywords";
import { textArray } from "./references";
import { levelKey } from "../../targets/levels";

// The engine compares folded words; Excel compares text without case but not without accents.
export const YES_WORDS: readonly string[] = [...YES_ACTUAL_WORDS, "sì"];
export const NO_WORDS: readonly string[] = [...NO_ACTUAL_WORDS];
/** Besides an empty cell: the words for «not available yet», which the engine reads as no actual. */
export const NOT_YET_WORDS: readonly string[] = [...NOT_AVAILABLE_WORDS];

export const WORD_NAMES = {
  yes: "CP_SI",
  no: "CP_NO",
  notYet: "CP_NON_RILEVATO",
  levels: "CP_LIVELLI",
  ranks: "CP_RANGHI",
} as const;

export type WordList = "yes" | "no" | "notYet";
export type WordName = keyof typeof WORD_NAMES;

/**
 * What a formula writes for each list: its name, or the list itself as an array constant. `levels` and
 * `ranks` are the level scale's spellings and the rank of each (see levelSpellings).
 */
export type WordRefs = Readonly<Record<WordName, string>>;

export const NAMED_WORDS: WordRefs = WORD_NAMES;

export function inlineWords(levels: readonly string[]): WordRefs {
  const spelled = levelSpellings(levels);
  return {
    yes: textArray(YES_WORDS),
    no: textArray(NO_WORDS),
    notYet: textArray(NOT_YET_WORDS),
    levels: textArray(spelled.map((s) => s.text)),
    ranks: `{${spelled.map((s) => s.rank).join(";")}}`,
  };
}

/**
 * The ways a level of the scale is typed that the engine reads as that level («Medio-alto», «Medio alto»,
 * «Medio - alto», with an en dash): the engine folds every separator into one, a formula compares whole
 * texts (without case). Each with its rank (1-based, the first spelling of a level name wins, as in the
 * engine's scale).
 */
export function levelSpellings(levels: readonly string[]): Array<{ text: string; rank: number }> {
  const out: Array<{ text: string; rank: number }> = [];
  const seen = new Set<string>();
  levels.forEach((name, i) => {
    const key = levelKey(name);
    if (key.length === 0) return;
    const words = key.split("-");
    for (const sep of ["-", " ", " - ", "–", " – "]) {
      const text = words.join(sep);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, rank: i + 1 });
    }
  });
  return out;
}

export const WORD_LISTS: Readonly<Record<WordList, readonly string[]>> = {
  yes: YES_WORDS,
  no: NO_WORDS,
  notYet: NOT_YET_WORDS,
};

/**
 * How many of the list the cell's trimmed text is (Excel's = ignores case): 0 when none, which IF, AND and OR
 * read as FALSE. SUMPRODUCT evaluates the comparison over the whole list in Excel 2016 and LibreOffice alike,
 * without Ctrl+Shift+Enter, and unlike MATCH or COUNTIF it reads no wildcard in what a person typed.
 */
export function countOf(cell: string, list: string): string {
  return `SUMPRODUCT(--(TRIM(${cell})=${list}))`;
}

/**
 * Whole-word search, accents and case ignored: "Tempi medi" holds the word "tempi", "Attempi" does not.
 * Used for polarity inference, which runs once per bare-valued indicator, so folded word lists and
 * per-indicator answers are cached.
 */
import { foldText, isWordChar } from "./fold";

/** True when `word` occurs in `text` delimited by non-word characters. Both must already be folded. */
export function containsFoldedWord(foldedText: string, foldedWord: string): boolean {
  if (foldedWord.length === 0) return false;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(foldedWord, from);
    if (at < 0) return false;
    const end = at + foldedWord.length;
    const beforeOk = at === 0 || !isWordChar(foldedText.charAt(at - 1));
    const afterOk = end >= foldedText.length || !isWordChar(foldedText.charAt(end));
    if (beforeOk && afterOk) return true;
    from = at + 1;
  }
}

/** Folded copies of word lists, keyed by the list object (settings arrays are long-lived). */
const foldedLists = new WeakMap<readonly string[], string[]>();

function foldedList(words: readonly string[]): string[] {
  let folded = foldedLists.get(words);
  if (!folded) {
    folded = words.map((w) => foldText(w.trim())).filter((w) => w.length > 0);
    foldedLists.set(words, folded);
  }
  return folded;
}

/** The first of `words` found as a whole word in `text` (accents/case ignored), as given in `words`; else null. */
export function findWholeWord(text: string, words: readonly string[]): string | null {
  const folded = foldText(text);
  const list = foldedList(words);
  for (let i = 0; i < list.length; i++) {
    if (containsFoldedWord(folded, list[i])) return list[i];
  }
  return null;
}

/** Answers per (word list, text); bounded so that a long-running pane does not grow without limit. */
const answerCache = new WeakMap<readonly string[], Map<string, boolean>>();
const MAX_CACHED_TEXTS = 10_000;

/** Cached `findWholeWord(text, words) !== null`: transversal indicators repeat in every unit. */
export function hasAnyWholeWord(text: string, words: readonly string[]): boolean {
  let answers = answerCache.get(words);
  if (!answers) {
    answers = new Map();
    answerCache.set(words, answers);
  }
  const known = answers.get(text);
  if (known !== undefined) return known;
  const found = findWholeWord(text, words) !== null;
  if (answers.size >= MAX_CACHED_TEXTS) answers.clear();
  answers.set(text, found);
  return found;
}

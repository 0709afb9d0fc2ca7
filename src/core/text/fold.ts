/**
 * Text folding for comparisons that must ignore case and accents ("Sì" = "si", "MEDIO" = "medio").
 * Officers type the same word with and without accents, so every keyword match goes through here.
 */

/** Combining diacritical marks left by NFD decomposition ("ì" -> "i" + U+0300). Compiled once. */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercase and strip accents. ASCII strings skip the (comparatively slow) Unicode normalisation. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127) return lower.normalize("NFD").replace(COMBINING_MARKS, "");
  }
  return lower;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True for a character that belongs to a word (letters of any script and digits). */
export function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  }
  return LETTER_OR_DIGIT.test(ch);
}

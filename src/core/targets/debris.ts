/**
 * Recognising OCR and copy-paste debris so that it is reported, never guessed into a number.
 * The reasons are codes with the offending text; the catalogs word the {reason} of TARGET_UNREADABLE / ACTUAL_UNREADABLE.
 */
import type { Unreadable } from "./types";

/** HTML tags (<u>, </b>) and entities (&gt;, &#8805;) left by OCR or by pasting from a web page. */
const MARKUP = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/** The first markup fragment in the text, or null. */
export function findMarkup(text: string): string | null {
  if (text.indexOf("<") < 0 && text.indexOf("&") < 0) return null; // the common case, without the regex
  const m = MARKUP.exec(text);
  return m ? m[0] : null;
}

/** Non-ASCII characters an Italian officer plausibly types in a target or a value. */
const TYPED_SYMBOLS: ReadonlySet<number> = new Set([..."≥≤⩾⩽≧≦°ºª€–—−‘’“”«»…·"].map((c) => c.codePointAt(0) as number));

function isExpectedCodePoint(cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp === 0xa0 || cp === 0x202f) return true; // no-break spaces (Excel, French/Italian locales)
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7; // Latin letters, not × ÷
  if (cp >= 0x300 && cp <= 0x36f) return true; // combining accents (decomposed "ì")
  return TYPED_SYMBOLS.has(cp);
}

/** The first character that no officer types in a plan (Cyrillic "м", Bengali "স", "×" …), or null. */
export function firstForeignChar(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) continue; // fast path: ASCII
    const cp = text.codePointAt(i) as number;
    if (!isExpectedCodePoint(cp)) return String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
  }
  return null;
}

const HAS_LETTER = /\p{L}/u;
const HAS_DIGIT = /\d/;
const MAX_SHOWN = 40;

/** The text as shown in a reason: long texts are cut so that the message stays readable. */
export function clip(text: string): string {
  return text.length <= MAX_SHOWN ? text : `${text.slice(0, MAX_SHOWN - 1)}…`;
}

export function hasLetter(text: string): boolean {
  return HAS_LETTER.test(text);
}

/** Why a text could not be read, naming the offending character or text. */
export function describeUnreadable(text: string): Unreadable {
  const debris = debrisReason(text);
  if (debris !== null) return debris;
  if (HAS_LETTER.test(text)) return { code: "unrecognised_text", text: clip(text) };
  if (HAS_DIGIT.test(text)) return { code: "unreadable_number", text: clip(text) };
  return { code: "unrecognised_symbol", text: clip(text) };
}

/** Debris that must stop the reading before any other interpretation is tried; null when the text is clean. */
export function debrisReason(text: string): Unreadable | null {
  const markup = findMarkup(text);
  if (markup !== null) return { code: "html_markup", text: markup };
  const foreign = firstForeignChar(text);
  if (foreign !== null) return { code: "unknown_character", text: foreign };
  return null;
}

const WHITESPACE_RUN = /\s+/g;

function isWhitespace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2007 || code === 0xfeff
  );
}

/** Trim and collapse runs of spaces, tabs, line breaks and no-break spaces into one space. */
export function cleanSpaces(text: string): string {
  // Most cells are already clean: check first, so that they cost no allocation.
  const len = text.length;
  let clean = len === 0 || (!isWhitespace(text.charCodeAt(0)) && !isWhitespace(text.charCodeAt(len - 1)));
  for (let i = 0; clean && i < len; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && isWhitespace(code)) clean = false;
    else if (code === 32 && text.charCodeAt(i + 1) === 32) clean = false;
  }
  return clean ? text : text.replace(WHITESPACE_RUN, " ").trim();
}

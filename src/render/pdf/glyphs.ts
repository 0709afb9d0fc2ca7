/**
 * Characters the embedded font cannot draw (OCR debris such as «м» or «স» quoted in a diagnostic)
 * would print as empty boxes; they are written as [U+043C] instead, which a person can look up and
 * a text extractor keeps. Titillium Web's three weights cover the same characters.
 */
import type { ReportDocument } from "../../core/document/types";

/** pdfkit keeps the current font's fontkit object here; its typings leave it out. */
interface FontInternals {
  _font?: { font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean } };
}

export type GlyphCheck = (codePoint: number) => boolean;

/** The current font's coverage, or null when this pdfkit does not expose it (then nothing is replaced). */
export function currentFontCoverage(doc: PDFKit.PDFDocument): GlyphCheck | null {
  const font = (doc as unknown as FontInternals)._font?.font;
  const has = font?.hasGlyphForCodePoint;
  return font && has ? (cp) => has.call(font, cp) : null;
}

export function printable(text: string, has: GlyphCheck): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp < 0x20 || has(cp) ? ch : `[U+${cp.toString(16).toUpperCase().padStart(4, "0")}]`;
  }
  return out;
}

/** Every string of the model made printable; the model's shape is unchanged. */
export function printableModel(model: ReportDocument, has: GlyphCheck): ReportDocument {
  const seen = new Map<string, string>();
  const fix = (s: string): string => {
    let r = seen.get(s);
    if (r === undefined) {
      r = printable(s, has);
      seen.set(s, r);
    }
    return r;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return fix(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return walk(model) as ReportDocument;
}

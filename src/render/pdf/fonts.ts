/**
 * The fonts are passed in as bytes, not paths: the renderer then runs unchanged in the browser
 * (pdfkit's standalone build) where there is no file system. nodeFonts.ts loads them in Node.
 */
import { FONT } from "./theme";

export interface PdfFonts {
  regular: Uint8Array;
  semibold: Uint8Array;
  bold: Uint8Array;
}

export function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): void {
  doc.registerFont(FONT.regular, toBuffer(fonts.regular));
  doc.registerFont(FONT.semibold, toBuffer(fonts.semibold));
  doc.registerFont(FONT.bold, toBuffer(fonts.bold));
}

/** pdfkit's font loader (fontkit) wants a Buffer; in the browser build Buffer is its bundled polyfill. */
function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

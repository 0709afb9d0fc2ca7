/** PDF rendering of the report document. Browser-safe: no node:fs here (fonts come in as bytes). */
export { renderPdf } from "./render";
export type { PdfFonts } from "./fonts";

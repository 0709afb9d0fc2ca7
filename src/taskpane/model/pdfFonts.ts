/**
 * The report's Titillium faces, fetched from the add-in's own origin (no font CDN): by the pane for
 * "Esporta PDF", and by pdf.html, which must not pull in the rest of the pane to get them. The pane keeps them
 * for the session: about 1 MB, fetched once however many PDFs are exported.
 */
import type { PdfFonts } from "../../render/pdf/fonts";

/** The faces as the build copies them (webpack.config.js): fonts/ beside taskpane.html, same origin. */
export const FONT_FILES = {
  regular: "fonts/TitilliumWeb_400Regular.ttf",
  semibold: "fonts/TitilliumWeb_600SemiBold.ttf",
  bold: "fonts/TitilliumWeb_700Bold.ttf",
} as const;

export async function fetchFonts(baseUrl: string, get: typeof fetch = fetch): Promise<PdfFonts> {
  const one = async (file: string): Promise<Uint8Array> => {
    const res = await get(new URL(file, baseUrl).toString());
    if (!res.ok) throw new Error(`font ${file}: HTTP ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  const [regular, semibold, bold] = await Promise.all([
    one(FONT_FILES.regular),
    one(FONT_FILES.semibold),
    one(FONT_FILES.bold),
  ]);
  return { regular, semibold, bold };
}

/**
 * Fonts fetched once per folder they come from, for as long as the page lives: a second export asks the
 * network for nothing. A failed fetch is forgotten, so that the next export tries again.
 */
export function fontCache(get: typeof fetch = fetch): (baseUrl: string) => Promise<PdfFonts> {
  const byFolder = new Map<string, Promise<PdfFonts>>();
  return (baseUrl) => {
    // The page's address carries a query (?lang=en): the fonts' own address is the key.
    const key = new URL(FONT_FILES.regular, baseUrl).toString();
    const known = byFolder.get(key);
    if (known) return known;
    const loading = fetchFonts(baseUrl, get);
    byFolder.set(key, loading);
    loading.catch(() => byFolder.delete(key));
    return loading;
  };
}

/** The pane's session cache («Esporta PDF»). */
export const sessionFonts = fontCache((input, init) => fetch(input, init));

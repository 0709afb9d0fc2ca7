/**
 * The report's Titillium faces, fetched from the add-in's own origin (no font CDN): by the pane for
 * "Esporta PDF", and by pdf.html, which must not pull in the rest of the pane to get them.
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

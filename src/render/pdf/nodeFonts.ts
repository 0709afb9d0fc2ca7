/** Node only: reads the Titillium Web TTFs from node_modules. Kept apart so the renderer never imports node:fs. */
import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import type { PdfFonts } from "./fonts";

const FILES = {
  regular: "400Regular/TitilliumWeb_400Regular.ttf",
  semibold: "600SemiBold/TitilliumWeb_600SemiBold.ttf",
  bold: "700Bold/TitilliumWeb_700Bold.ttf",
} as const;

export async function loadTitilliumFonts(): Promise<PdfFonts> {
  // Resolved from this file through Node's module lookup, so it works from any working directory.
  const from = typeof __filename === "string" ? __filename : path.join(process.cwd(), "package.json");
  const require = createRequire(from);
  const dir = path.dirname(require.resolve("@expo-google-fonts/titillium-web/package.json"));
  const [regular, semibold, bold] = await Promise.all(
    [FILES.regular, FILES.semibold, FILES.bold].map((f) => fs.readFile(path.join(dir, f))),
  );
  return { regular, semibold, bold };
}

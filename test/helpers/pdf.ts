/** Reading a PDF back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm), as a person's viewer would. */
import { execFileSync, spawnSync } from "node:child_process";

export function havePoppler(): boolean {
  return ["pdftotext", "pdfinfo", "pdffonts", "pdftoppm"].every(
    (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0,
  );
}

export function requirePoppler(): void {
  if (!havePoppler())
    throw new Error(
      "poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) are needed: apt-get install poppler-utils.",
    );
}

/** Collapses runs of whitespace: pdftotext breaks lines where the PDF wraps them. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/**
 * The text of each page (pdftotext separates pages with a form feed), whitespace squashed. Any
 * complaint of pdftotext about the file's syntax (unbalanced marked content, bad objects) fails.
 */
export function pdfPages(file: string): string[] {
  const run = spawnSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0 || run.stderr.trim() !== "")
    throw new Error(`pdftotext on ${file}: ${run.stderr.trim() || run.status}`);
  const text = run.stdout;
  const pages = text.split("\f").map(squash);
  // pdftotext ends the last page with a form feed too.
  if (pages.length > 0 && pages[pages.length - 1] === "") pages.pop();
  return pages;
}

/** pdfinfo's "Key: value" lines; throws when pdfinfo rejects the file. */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" });
  const info: Record<string, string> = {};
  for (const line of out.split("\n")) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1].trim()] = m[2].trim();
  }
  return info;
}

export interface PdfFontRow {
  name: string;
  embedded: boolean;
}

/** pdffonts' table: the font's name (subset tag removed) and whether it is embedded. */
export function pdfFonts(file: string): PdfFontRow[] {
  const out = execFileSync("pdffonts", [file], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim() !== "")
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name … emb sub uni object ID: emb is the fifth column from the end.
      return { name: cols[0].replace(/^[A-Z]{6}\+/, ""), embedded: cols[cols.length - 5] === "yes" };
    });
}

/** PNG renders of pages first..last at `dpi`, named `<prefix>-<n>.png` in `dir`. */
export function renderPngs(file: string, dir: string, prefix: string, first: number, last: number, dpi = 50): void {
  execFileSync("pdftoppm", [
    "-r",
    String(dpi),
    "-f",
    String(first),
    "-l",
    String(last),
    "-png",
    file,
    `${dir}/${prefix}`,
  ]);
}

/** The tagged structure tree as pdfinfo prints it: `-struct-text` with the texts, `-struct` with attributes. */
export function pdfStructure(file: string, withText: boolean): string {
  return execFileSync("pdfinfo", [withText ? "-struct-text" : "-struct", file], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

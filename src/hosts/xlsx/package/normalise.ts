/**
 * The normalising pass: what an .xlsx package goes through before exceljs reads it, in the CLI and in
 * the browser preview alike. It refuses a package whose real content passes the read budget, gives the
 * parts the names exceljs looks for (partNames.ts), and cuts what would make exceljs create cells the
 * sheet does not hold (sheetContent.ts). A package that needs nothing is returned as it came, same
 * bytes: the pass then costs one inflate and a scan of the sheets.
 */
import { planPartNames } from "./partNames";
import { readSheetContent } from "./sheetContent";
import { READ_BUDGET, WorkbookTooCostly, type ReadBudget, type ZipEntry } from "./types";
import { readZipDirectory } from "./zipDirectory";
import { ZipParts } from "./zipParts";
import { inflateEntry, UnreadableEntry } from "./zipEntries";

const SHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const RELS_PART = /(^|\/)_rels\/[^/]*\.rels$/;

export async function normaliseXlsxPackage(bytes: Uint8Array, budget: ReadBudget = READ_BUDGET): Promise<Uint8Array> {
  const directory = readZipDirectory(bytes);
  // No readable directory: not a zip, or a truncated one. exceljs's reader says so in its own words.
  if (!directory) return bytes;
  const unpacked = directory.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unpacked > budget.maxUnpackedBytes)
    throw new WorkbookTooCostly("unpacked_bytes", unpacked, budget.maxUnpackedBytes);
  const entries = new Map<string, ZipEntry>(directory.map((e: ZipEntry) => [e.name.replace(/^\/+/, ""), e]));
  const utf8 = new TextDecoder("utf-8");
  const read = async (part: string, keep = true): Promise<Uint8Array> => {
    const entry = entries.get(part);
    if (!entry) throw new Error(`The package has no part ${part}.`);
    return inflateEntry(bytes, entry, keep);
  };
  const text = async (part: string): Promise<string> => utf8.decode(await read(part));

  try {
    const names = [...entries.keys()].filter((n) => !n.endsWith("/"));
    const rels = new Map<string, string>();
    for (const part of names.filter((n) => RELS_PART.test(n))) rels.set(part, await text(part));
    const plan = planPartNames(names, (part) => rels.get(part));
    const renamed = (part: string): string => plan.renames.get(part) ?? part;

    const sheets = new Map<string, string>();
    let cells = 0;
    const checked = new Set<string>(rels.keys());
    for (const part of names.filter((n) => SHEET_PART.test(renamed(n)))) {
      const content = readSheetContent(await text(part));
      checked.add(part);
      cells += content.cells;
      if (cells > budget.maxCells) throw new WorkbookTooCostly("cells", cells, budget.maxCells);
      if (content.xml !== null) sheets.set(part, content.xml);
    }
    // Every other part is unpacked once, counted and dropped: exceljs will unpack it whole.
    for (const part of names.filter((n) => !checked.has(n))) await read(part, false);

    if (plan.renames.size === 0 && plan.rels.size === 0 && sheets.size === 0) return bytes;
    const zip = await ZipParts.open(bytes);
    for (const [part, xml] of sheets) zip.write(part, xml);
    for (const [from, to] of plan.renames) zip.rename(from, to);
    for (const [part, xml] of plan.rels) zip.write(part, xml);
    return zip.bytes();
  } catch (err) {
    // A part this reader cannot unpack is left to exceljs's reader, which says the file is damaged.
    if (err instanceof UnreadableEntry) return bytes;
    throw err;
  }
}

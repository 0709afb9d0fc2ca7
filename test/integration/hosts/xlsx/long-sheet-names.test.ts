/**
 * A sheet name over Excel's 31 characters, as some programs write it: the workbook is read (exceljs alone
 * refuses it, calling the cut name a duplicate of itself), the name is cut to 31 characters as Excel does,
 * two long names that share their first 31 characters stay distinct, and no library warning is printed.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { loadXlsxBuffer, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { fitSheetNames } from "../../../../src/hosts/xlsx/package/sheetNames";

const EXAMPLE = path.resolve(__dirname, "..", "..", "..", "..", "examples", "piano-performance-2022.xlsx");
const LONG = "Servizio Promozione e Sviluppo Economico del territorio";

async function withSheetNames(rename: (names: string[]) => string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(EXAMPLE));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const names = [...xml.matchAll(/<sheet\b[^>]*?name="([^"]*)"/g)].map((m) => m[1]);
  const wanted = rename(names);
  let i = 0;
  zip.file(
    "xl/workbook.xml",
    xml.replace(/(<sheet\b[^>]*?name=")([^"]*)(")/g, (_w, a: string, _n: string, b: string) => a + wanted[i++] + b),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("sheet names over 31 characters", () => {
  test("exceljs alone refuses the file; the host reads it with the names cut, silently", async () => {
    const bytes = await withSheetNames((names) =>
      names.map((n, i) => (i === names.length - 1 ? `${LONG} 1` : i === names.length - 2 ? `${LONG} 2` : n)),
    );
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer)).rejects.toThrow(
      /already exists/,
    );
    expect(warn).toHaveBeenCalled();
    warn.mockClear();

    const wb = await loadXlsxBuffer(bytes);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const names = readWorkbookGrid(wb).sheets.map((s) => s.name);
    expect(names.every((n) => n.length <= 31)).toBe(true);
    const cut = names.filter((n) => n.startsWith(LONG.slice(0, 20)));
    expect(cut).toEqual([LONG.slice(0, 31), `${LONG.slice(0, 29)}~2`]);
  });

  test("defined names that point at a cut sheet follow it; short names are left as written", () => {
    const xml =
      `<workbook><sheets><sheet name="Piano" sheetId="1"/><sheet name="${LONG}" sheetId="2"/></sheets>` +
      `<definedNames><definedName name="Zona">'${LONG}'!$A$1:$B$2</definedName><definedName name="Altro">Piano!$A$1</definedName></definedNames></workbook>`;
    const out = fitSheetNames(xml) ?? "";
    expect(out).toContain(`<sheet name="${LONG.slice(0, 31)}" sheetId="2"/>`);
    expect(out).toContain(`<definedName name="Zona">'${LONG.slice(0, 31)}'!$A$1:$B$2</definedName>`);
    expect(out).toContain(`<definedName name="Altro">Piano!$A$1</definedName>`);
    expect(fitSheetNames(`<workbook><sheets><sheet name="Piano" sheetId="1"/></sheets></workbook>`)).toBeNull();
  });
});

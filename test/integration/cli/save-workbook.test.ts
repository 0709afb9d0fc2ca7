/**
 * The CLI packs the workbook itself (Node's zlib) from the parts exceljs renders: an independent reader (JSZip,
 * checking every CRC) finds the same parts with the same contents as in the file exceljs writes alone.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as zlib from "node:zlib";
import { tableCrc32, ZipArchive } from "../../../src/cli/zipArchive";
import { packsItself, saveWorkbook } from "../../../src/cli/saveWorkbook";

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "cruscotto-save-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  // JSZip lists the folders of the parts it wrote as entries of their own: only the parts count.
  for (const name of Object.keys(zip.files).sort())
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("base64"));
  return out;
}

function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Servizio Città «A»");
  ws.getCell("A1").value = "Obiettivo – più di 255 caratteri? No: «testo» con accenti è ≥ 90%";
  ws.getCell("B2").value = 0.85;
  ws.getCell("B2").numFmt = "0.0%";
  ws.getCell("C2").value = { formula: 'IF(B2>=0.9,"Raggiunto","Non raggiunto")', result: "Non raggiunto" };
  ws.mergeCells("A3:C3");
  wb.definedNames.add("'Servizio Città «A»'!$B$2", "CP_TEST");
  // The parts a person's workbook may bring: an image, a cell's note, a list of allowed values.
  const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
  ws.addImage(wb.addImage({ base64: png, extension: "png" }), "E5:F8");
  ws.getCell("B2").note = "Nota del Dirigente: «dato provvisorio»";
  ws.getCell("D2").dataValidation = { type: "list", allowBlank: true, formulae: ['"sì,no"'] };
  const hidden = wb.addWorksheet("Log");
  hidden.state = "veryHidden";
  hidden.getCell("A1").value = 42;
  return wb;
}

describe("ZipArchive", () => {
  test("an independent reader finds each entry whole, names and bytes, every CRC right", async () => {
    const zip = new ZipArchive(new Date(2026, 11, 2, 10, 30, 4));
    const binary = Buffer.from([0, 1, 2, 250, 251, 255]);
    zip.append("<a>ciao</a>", { name: "a.xml" });
    zip.append("«città» ≥ 90%", { name: "dir/città.txt" });
    zip.append(binary.toString("base64"), { name: "media/image1.bin", base64: true });
    zip.append(new Uint8Array(0), { name: "empty" });
    const read = await JSZip.loadAsync(zip.bytes(), { checkCRC32: true });
    expect(Object.keys(read.files)).toEqual(["a.xml", "dir/città.txt", "media/image1.bin", "empty"]);
    expect(await read.files["a.xml"].async("string")).toBe("<a>ciao</a>");
    expect(await read.files["dir/città.txt"].async("string")).toBe("«città» ≥ 90%");
    expect(Buffer.from(await read.files["media/image1.bin"].async("uint8array"))).toEqual(binary);
    expect((await read.files["empty"].async("uint8array")).length).toBe(0);
    // The moment as written (local time, even seconds); JSZip reads an MS-DOS time as UTC.
    const d = read.files["a.xml"].date;
    expect([
      d.getUTCFullYear(),
      d.getUTCMonth(),
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
    ]).toEqual([2026, 11, 2, 10, 30, 4]);
  });
});

test("the CRC-32 computed without zlib's is zlib's", () => {
  const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256));
  for (const b of [Buffer.alloc(0), Buffer.from("a"), Buffer.from("«città» ≥ 90%"), bytes])
    expect(tableCrc32(b)).toBe(zlib.crc32(b));
});

describe("saveWorkbook", () => {
  test("writes the parts exceljs writes, with the same contents", async () => {
    const wb = sampleWorkbook();
    expect(packsItself(wb)).toBe(true);
    const ours = path.join(dir, "ours.xlsx");
    await saveWorkbook(wb, ours);
    const theirs = Buffer.from(await wb.xlsx.writeBuffer());
    const [a, b] = [await parts(readFileSync(ours)), await parts(theirs)];
    expect([...a.keys()]).toEqual([...b.keys()]);
    // docProps/core.xml holds the moment of writing; every other part is byte for byte exceljs's.
    for (const [name, content] of a)
      if (name !== "docProps/core.xml") expect([name, content]).toEqual([name, b.get(name)]);
  });

  test("the file it writes reads back with its values, formulas, merges, names and a very hidden sheet", async () => {
    const file = path.join(dir, "back.xlsx");
    await saveWorkbook(sampleWorkbook(), file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const ws = back.getWorksheet("Servizio Città «A»")!;
    expect(ws.getCell("A1").value).toBe("Obiettivo – più di 255 caratteri? No: «testo» con accenti è ≥ 90%");
    expect(ws.getCell("B2").numFmt).toBe("0.0%");
    expect(ws.getCell("C2").formula).toBe('IF(B2>=0.9,"Raggiunto","Non raggiunto")');
    expect(ws.getCell("C3").isMerged).toBe(true);
    expect(back.definedNames.getRanges("CP_TEST").ranges).toEqual(["'Servizio Città «A»'!$B$2"]);
    expect(back.getWorksheet("Log")!.state).toBe("veryHidden");
    expect(ws.getImages()).toHaveLength(1);
    expect(ws.getCell("B2").note).toBe("Nota del Dirigente: «dato provvisorio»");
    expect(ws.getCell("D2").dataValidation.formulae).toEqual(['"sì,no"']);
  });

  test("an exceljs without the steps it packs from is left to write the file itself", async () => {
    const wb = sampleWorkbook();
    // An exceljs whose XLSX object offers only its documented writers.
    const real = wb.xlsx;
    Object.defineProperty(wb, "xlsx", { get: () => ({ writeFile: (file: string) => real.writeFile(file) }) });
    expect(packsItself(wb)).toBe(false);
    const file = path.join(dir, "fallback.xlsx");
    await saveWorkbook(wb, file);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    expect(back.getWorksheet("Log")!.getCell("A1").value).toBe(42);
  });
});

/**
 * A workbook whose headers are the officers' own words («Descrizione attività | Misura | Valore obiettivo |
 * Ponderazione | Valore a consuntivo»), through `cruscotto score` in process:
 * - without a settings sheet no plan table is found: exit 2 and one sentence that says how to declare the
 *   headers (the settings sheet, its keys, an example) and names the sheet laid out as a table;
 * - with a settings sheet a person typed (only the Intestazioni keys, no defined name) the tables are read,
 *   scored as computed here by hand, written back, and the person's settings sheet is left as typed;
 * - a draft with ordinary headers beside the officers' sheet is scored, and the officers' sheet is named in
 *   a warning, so the draft never decides the Ente's score without a word;
 * - «Fogli esclusi»: the excluded sheet is byte for byte the same after a run and adds nothing to the report.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cli } from "../../helpers/cli";
import { formulaOf, shownValue } from "../../helpers/cell-value";
import { loadSnapshot } from "../../helpers/snapshot";
import type { Report } from "../../../src/core/report/types";

const dir = mkdtempSync(path.join(tmpdir(), "cp-taught-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ["Descrizione attività", "Misura", "Valore obiettivo", "Ponderazione", "Valore a consuntivo", "Area"];

/** Two units in the officers' words. Weights and actuals as % cells, targets as typed text. */
function addPlan(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Piano");
  const rows: (string | number | null)[][] = [
    ["SERVIZIO PROMOZIONE"],
    HEADER,
    ["Digitalizzazione", "Pratiche telematiche", "≥ 80%", 0.6, 0.68, "AREA I"],
    ["Formazione", "Corsi erogati", "10", 0.4, 8, "AREA I"],
    [],
    ["UFFICIO LEGALE"],
    HEADER,
    ["Pareri", "Pareri resi nei termini", "100%", 1, 0.95, "AREA II"],
  ];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (typeof v === "number" && (c === 3 || (c === 4 && v < 1))) cell.numFmt = "0%";
    }),
  );
}

/** The settings sheet as a person types it: no header, no description, only the keys they need. */
const TYPED_SETTINGS: [string, string][] = [
  ["Intestazioni Obiettivo", "Descrizione attività"],
  ["Intestazioni Indicatore", "Misura"],
  ["Intestazioni Target", "Valore obiettivo"],
  ["intestazioni peso", "Ponderazione"],
  ["Intestazioni Consuntivo", "Valore a consuntivo; Valore raggiunto al 31/12"],
];

function addTypedSettings(wb: ExcelJS.Workbook, extra: [string, string][] = []): void {
  const ws = wb.addWorksheet("Impostazioni Cruscotto");
  [...TYPED_SETTINGS, ...extra].forEach(([k, v], r) => {
    ws.getCell(r + 1, 1).value = k;
    ws.getCell(r + 1, 2).value = v;
  });
  ws.getCell("D1").value = "scritto dall'ufficio Staff";
}

function addDraft(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Bozza");
  [
    ["SERVIZIO BOZZA"],
    ["Obiettivo", "Indicatore", "Target", "Peso", "Consuntivo"],
    ["Prova", "Indicatore di prova", "≥ 50%", "100%", "10%"],
  ].forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
}

async function save(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = path.join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const readReport = (file: string): Report => JSON.parse(readFileSync(file, "utf8")) as Report;

/**
 * The sheet's XML part with each shared-string index replaced by its text: the string table is the
 * workbook's, renumbered whenever another sheet gains a string, so an index alone says nothing of a cell.
 */
async function sheetXml(file: string, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = async (name: string): Promise<string> => {
    const f = zip.file(name);
    if (!f) throw new Error(`no part ${name} in ${file}`);
    return f.async("string");
  };
  const workbook = await part("xl/workbook.xml");
  const rels = await part("xl/_rels/workbook.xml.rels");
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!rid || !target) throw new Error(`no sheet ${sheet} in ${file}`);
  const strings = [...(await part("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  const xml = await part(`xl/${target.replace(/^\/?xl\//, "")}`);
  return xml.replace(
    /(<c [^>]*t="s"[^>]*>)<v>(\d+)<\/v>/g,
    (_, open: string, n: string) => `${open}<v>${strings[Number(n)]}</v>`,
  );
}

/** The workbook read and written by exceljs with nothing run: what exceljs alone changes in a sheet's XML. */
async function roundTripped(input: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const file = input.replace(/\.xlsx$/, "-rt.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("headers only the settings explain", () => {
  test("without the settings sheet: exit 2 and one sentence on how to declare the headers", async () => {
    const input = await save("senza-impostazioni", addPlan);
    const out = path.join(dir, "senza-out.xlsx");
    const run = await cli(["score", input, "-o", out]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Nessuna tabella del piano trovata nella cartella di lavoro");
    expect(lines[0]).toContain(
      "dichiararle in un foglio «Impostazioni Cruscotto» con le colonne Impostazione e Valore, una chiave per riga (Intestazioni Obiettivo, Intestazioni Indicatore, Intestazioni Target, Intestazioni Peso, Intestazioni Consuntivo; più intestazioni separate da «;»), ad esempio Intestazioni Indicatore con il valore «Misura»",
    );
    expect(lines[0]).toContain(
      "Il foglio «Piano» sembra contenere una tabella con le intestazioni «Descrizione attività | Misura | Valore obiettivo | Ponderazione | Valore a consuntivo | Area» in A2",
    );
    const en = await cli(["check", input, "--lang", "en"]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain("declare them in a sheet «Impostazioni Cruscotto»");
  });

  describe("with a settings sheet a person typed", () => {
    let input: string;
    let out: string;
    let report: Report;
    let status: number | null;
    beforeAll(async () => {
      input = await save("con-impostazioni", (wb) => {
        addPlan(wb);
        addTypedSettings(wb);
      });
      out = path.join(dir, "con-out.xlsx");
      const json = path.join(dir, "con.json");
      status = (await cli(["score", input, "-o", out, "--json", json])).status;
      report = readReport(json);
    });

    test("the scores are those computed by hand", () => {
      expect(status).toBe(0);
      // Promozione: 0.68 / 0.80 = 0.85 (weight 60 %), 8 / 10 = 0.80 (40 %): 0.6·0.85 + 0.4·0.80 = 0.83.
      // Legale: 0.95 / 1 = 0.95. Areas: I = 0.83, II = 0.95; no cruscotto: the Ente is their mean, 0.89.
      const ach = report.indicators.map((i) => [i.sheet, i.row, i.indicator, i.achievement, i.status]);
      expect(ach).toEqual([
        ["Piano", 3, "Pratiche telematiche", expect.closeTo(0.85, 12), "parzialmente_raggiunto"],
        ["Piano", 4, "Corsi erogati", expect.closeTo(0.8, 12), "parzialmente_raggiunto"],
        ["Piano", 8, "Pareri resi nei termini", expect.closeTo(0.95, 12), "raggiunto"],
      ]);
      expect(report.units.map((u) => [u.name, u.area, u.score, u.coverage, u.weightSum])).toEqual([
        ["SERVIZIO PROMOZIONE", "Area I", expect.closeTo(0.83, 12), 1, expect.closeTo(1, 12)],
        ["UFFICIO LEGALE", "Area II", expect.closeTo(0.95, 12), 1, 1],
      ]);
      expect(report.ente).toEqual({ score: expect.closeTo(0.89, 12), method: "aree" });
      expect(report.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    });

    test("the written workbook reads back: achievement and status beside each row, a Riepilogo", async () => {
      const { wb } = await loadSnapshot(out);
      const ws = wb.getWorksheet("Piano") as ExcelJS.Worksheet;
      const header = (ws.getRow(2).values as ExcelJS.CellValue[]).slice(1).map(String);
      expect(header.slice(0, 6)).toEqual(HEADER);
      const ragg = header.indexOf("Raggiungimento") + 1;
      const stato = header.indexOf("Stato") + 1;
      // Rows 3 and 4 are below Raggiunto: their table gets a Motivazione scostamento column (G) right of it;
      // the other table of the sheet leaves that column empty, its owned columns aligned with the first's.
      expect(header[6]).toBe("Motivazione scostamento");
      expect([ragg, stato]).toEqual([8, 9]);
      expect(shownValue(ws.getCell(3, ragg)) as number).toBeCloseTo(0.85, 12);
      expect(shownValue(ws.getCell(4, ragg)) as number).toBeCloseTo(0.8, 12);
      expect(shownValue(ws.getCell(8, ragg)) as number).toBeCloseTo(0.95, 12);
      // Live: the achievement reads the Consuntivo the taught header named (E).
      expect(formulaOf(ws.getCell(3, ragg))).toContain("$E3");
      expect([3, 4, 8].map((r) => shownValue(ws.getCell(r, stato)))).toEqual([
        "Parzialmente raggiunto",
        "Parzialmente raggiunto",
        "Raggiunto",
      ]);
      expect(wb.getWorksheet("Riepilogo 2022")).toBeDefined();
    });

    test("the person's settings sheet is left exactly as typed: no key added, no name, no second sheet", async () => {
      const before = await loadSnapshot(input);
      const after = await loadSnapshot(out);
      const cells = (s: typeof before.cells): [string, unknown][] =>
        [...s].filter(([k]) => k.startsWith("Impostazioni Cruscotto!"));
      expect(cells(after.cells)).toEqual(cells(before.cells));
      expect(after.wb.worksheets.map((w) => w.name)).toEqual([
        "Piano",
        "Impostazioni Cruscotto",
        "Cruscotto Annulla",
        "Riepilogo 2022",
      ]);
      const names = (after.wb.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
      expect(names).not.toContain("CP_SETTINGS");
      // A rerun reads the same settings and gives the same scores.
      const json = path.join(dir, "con-2.json");
      expect((await cli(["check", out, "--json", json])).status).toBe(0);
      expect(readReport(json).ente).toEqual(report.ente);
    });
  });

  test("a draft with ordinary headers beside the officers' sheet: scored, and the officers' sheet named in a warning", async () => {
    const input = await save("bozza-accanto", (wb) => {
      addPlan(wb);
      addDraft(wb);
    });
    const json = path.join(dir, "bozza.json");
    const run = await cli(["check", input, "--json", json]);
    expect(run.status).toBe(0);
    const report = readReport(json);
    expect(report.units.map((u) => u.sheet)).toEqual(["Bozza"]);
    const warned = report.diagnostics.filter((d) => d.code === "HEADER_NOT_RECOGNISED");
    expect(warned.map((d) => [d.severity, d.sheet, d.cell])).toEqual([["warning", "Piano", "A2"]]);
    expect(warned[0].message).toContain("Intestazioni Indicatore con il valore «Descrizione attività»");
    expect(run.stdout).toMatch(/1 avvis/);
  });

  test("Fogli esclusi: the excluded sheet is byte for byte the same and adds nothing to the report", async () => {
    const input = await save("esclusa", (wb) => {
      addPlan(wb);
      addDraft(wb);
      addTypedSettings(wb, [["Fogli esclusi", "bozza"]]);
    });
    const out = path.join(dir, "esclusa-out.xlsx");
    const json = path.join(dir, "esclusa.json");
    expect((await cli(["score", input, "-o", out, "--json", json])).status).toBe(0);
    // exceljs rewrites every part it saves (a read page setup gains its defaults): the sheet after the run is
    // the sheet exceljs writes when nothing is run, byte for byte, and its cells are the input's.
    const untouched = await sheetXml(await roundTripped(input), "Bozza");
    expect(await sheetXml(out, "Bozza")).toBe(untouched);
    expect(untouched).toContain("<t>Indicatore di prova</t>");
    const cellsOf = async (file: string): Promise<[string, unknown][]> =>
      [...(await loadSnapshot(file)).cells].filter(([k]) => k.startsWith("Bozza!"));
    expect(await cellsOf(out)).toEqual(await cellsOf(input));
    const report = readReport(json);
    expect(report.units.map((u) => u.name)).toEqual(["SERVIZIO PROMOZIONE", "UFFICIO LEGALE"]);
    expect(report.indicators.filter((i) => i.sheet === "Bozza")).toEqual([]);
    expect(report.diagnostics.filter((d) => d.sheet === "Bozza" || d.message.includes("Bozza"))).toEqual([]);
    const { wb } = await loadSnapshot(out);
    const riepilogo = wb.getWorksheet("Riepilogo 2022") as ExcelJS.Worksheet;
    const texts: string[] = [];
    // What it shows and what its formulas read: neither names the excluded sheet.
    riepilogo.eachRow((row) => row.eachCell((c) => texts.push(String(shownValue(c)), formulaOf(c) ?? "")));
    expect(texts.some((t) => /bozza/i.test(t))).toBe(false);
    const owned = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model
      .flatMap((n) => n.ranges)
      .filter((r) => r.includes("Bozza"));
    expect(owned).toEqual([]);
  });

  test("a sheet excluded after a run keeps the columns that run wrote, untouched; undo still gives back the input", async () => {
    const input = await save("esclusa-dopo", (wb) => {
      addPlan(wb);
      addDraft(wb);
      addTypedSettings(wb);
    });
    const first = path.join(dir, "esclusa-dopo-1.xlsx");
    expect((await cli(["score", input, "-o", first])).status).toBe(0);
    const scored = await loadSnapshot(first);
    expect([...scored.cells.values()].some((c) => c.value === "string:Raggiungimento")).toBe(true);
    // The officer now lists the draft in «Fogli esclusi», below the keys they typed.
    const edited = path.join(dir, "esclusa-dopo-1b.xlsx");
    const ws = scored.wb.getWorksheet("Impostazioni Cruscotto") as ExcelJS.Worksheet;
    ws.getCell(TYPED_SETTINGS.length + 1, 1).value = "Fogli esclusi";
    ws.getCell(TYPED_SETTINGS.length + 1, 2).value = "Bozza";
    await scored.wb.xlsx.writeFile(edited);
    const second = path.join(dir, "esclusa-dopo-2.xlsx");
    const json = path.join(dir, "esclusa-dopo-2.json");
    expect((await cli(["score", edited, "-o", second, "--json", json])).status).toBe(0);
    const bozza = async (file: string): Promise<[string, unknown][]> =>
      [...(await loadSnapshot(file)).cells].filter(([k]) => k.startsWith("Bozza!"));
    expect(await bozza(second)).toEqual(await bozza(edited));
    expect(readReport(json).indicators.filter((i) => i.sheet === "Bozza")).toEqual([]);
    const undone = path.join(dir, "esclusa-dopo-annullato.xlsx");
    expect((await cli(["undo", second, "-o", undone])).status).toBe(0);
    const back = await loadSnapshot(undone);
    const before = await loadSnapshot(edited);
    const visible = (c: typeof back.cells): [string, unknown][] =>
      [...c].filter(([k]) => !k.startsWith("Cruscotto Annulla"));
    expect(visible(back.cells)).toEqual(visible(before.cells));
  });
});

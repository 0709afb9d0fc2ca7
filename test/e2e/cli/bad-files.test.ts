/**
 * Files that are not what they claim, or push the limits: each gives a sensible result or exit 2 with
 * one Italian sentence, and the input's bytes never change.
 */
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { execFileSync, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cli } from "../../helpers/cli";
import { loadSnapshot, ownedRanges } from "../../helpers/snapshot";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-badfiles-"));
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/** A small, valid plan: one unit, three indicators. */
async function smallPlan(file: string, sheetName = "Servizio Prova"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(["SERVIZIO PROVA"]);
  ws.addRow(["Obiettivo", "Indicatore", "Target", "Peso", "Consuntivo"]);
  ws.addRow(["Pratiche", "Pratiche evase / ricevute", "≥ 90%", "50%", "95%"]);
  ws.addRow(["Tempi", "Tempo medio di evasione", "<= 10 gg", "30%", 12]);
  ws.addRow(["Regolamento", "Approvazione del regolamento", "30/06/2022", "20%", "sì"]);
  await wb.xlsx.writeFile(file);
  return file;
}

async function refused(args: string[], pattern: RegExp): Promise<void> {
  const r = await cli(args);
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

function convertWithLibreOffice(file: string, to: "xls" | "ods"): string {
  if (spawnSync("sh", ["-c", "command -v soffice"]).status !== 0) {
    throw new Error(
      "LibreOffice (soffice) is needed to make the .xls and .ods files: apt-get install libreoffice-calc (.ci/run does it).",
    );
  }
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${path.join(dir, "lo-profile")}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      dir,
      file,
    ],
    {
      stdio: "pipe",
      timeout: 120_000,
    },
  );
  const made = path.join(dir, `${path.parse(file).name}.${to}`);
  expect(existsSync(made)).toBe(true);
  return made;
}

describe("cruscotto on files that are not what they claim", () => {
  let plan: string;
  beforeAll(async () => {
    plan = await smallPlan(path.join(dir, "piano.xlsx"));
  });

  test.each(["xls", "ods"] as const)(
    "a real .%s renamed .xlsx is refused with the reason, bytes unchanged",
    async (to) => {
      const made = convertWithLibreOffice(plan, to);
      const renamed = path.join(dir, `rinominato-${to}.xlsx`);
      renameSync(made, renamed);
      const before = sha(renamed);
      await refused(
        ["score", renamed, "-o", path.join(dir, `out-${to}.xlsx`)],
        to === "xls" ? /vecchio formato \.xls/ : /OpenDocument/,
      );
      expect(sha(renamed)).toBe(before);
    },
    180_000,
  );

  test("a .csv renamed .xlsx", async () => {
    const file = path.join(dir, "dati.xlsx");
    writeFileSync(file, "Obiettivo;Indicatore;Target;Peso\nPratiche;Evase;≥ 90%;100%\n");
    await refused(["check", file], /non è una cartella di lavoro \.xlsx/);
  });

  test("an empty workbook", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Foglio1");
    const file = path.join(dir, "vuoto.xlsx");
    await wb.xlsx.writeFile(file);
    await refused(["score", file], /Nessuna tabella del piano/);
  });
});

describe("cruscotto on workbooks at the edges", () => {
  test("odd sheet names: quotes, spaces, accents, 31 characters — owned ranges recorded and found again", async () => {
    const odd = "L'Ufficio «Più» — n° 1 (2022)!";
    expect(odd.length).toBeLessThanOrEqual(31);
    const input = await smallPlan(path.join(dir, "nomi.xlsx"), odd);
    const out = path.join(dir, "nomi-out.xlsx");
    const r = await cli(["score", input, "-o", out]);
    expect([0, 1]).toContain(r.status);
    const { wb } = await loadSnapshot(out);
    expect(ownedRanges(wb).map((x) => x.sheet)).toContain(odd);
    const again = path.join(dir, "nomi-out-2.xlsx");
    expect((await cli(["score", out, "-o", again])).status).toBe(r.status);
    const second = await loadSnapshot(again);
    expect(ownedRanges(second.wb)).toEqual(ownedRanges(wb));
  });

  test("a sheet of 200,000 rows is read and scored", async () => {
    const file = path.join(dir, "grande.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
    const ws = writer.addWorksheet("Servizio Grande");
    ws.addRow(["Obiettivo", "Indicatore", "Target", "Peso", "Consuntivo"]).commit();
    for (let i = 0; i < 200_000; i++)
      ws.addRow([`Obiettivo ${i}`, `Pratiche evase ${i}`, "≥ 90%", 0.000005, i % 2 ? "95%" : "80%"]).commit();
    ws.commit();
    await writer.commit();
    const json = path.join(dir, "grande.json");
    const before = sha(file);
    const r = await cli(["check", file, "--json", json]);
    expect([0, 1]).toContain(r.status);
    const report = JSON.parse(readFileSync(json, "utf8")) as { indicators: unknown[]; units: { score: number }[] };
    expect(report.indicators).toHaveLength(200_000);
    // Half the rows at 95/90 (capped to 1), half at 80/90: the unit's score is their mean.
    expect(report.units[0].score).toBeCloseTo((1 + 80 / 90) / 2, 9);
    expect(sha(file)).toBe(before);
  }, 300_000);

  test("--in-place rewrites the input itself, and only with the flag", async () => {
    const input = await smallPlan(path.join(dir, "inplace.xlsx"));
    const copy = path.join(dir, "inplace-copy.xlsx");
    copyFileSync(input, copy);
    await refused(["score", input, "-o", input], /--in-place/);
    expect(sha(input)).toBe(sha(copy));
    const r = await cli(["score", input, "--in-place"]);
    expect([0, 1]).toContain(r.status);
    expect(sha(input)).not.toBe(sha(copy));
    const { wb } = await loadSnapshot(input);
    expect(wb.getWorksheet("Riepilogo 2022")).toBeDefined();
  });
});

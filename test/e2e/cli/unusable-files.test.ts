/** The CLI on files it cannot use: exit 2, one Italian sentence on stderr, no stack trace, input untouched. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { runCliBinary, REPO } from "../../helpers/cli";

const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-bad-"));
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

function expectOneLineRefusal(args: string[], pattern: RegExp): void {
  const r = runCliBinary(args);
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

describe("cruscotto on unusable input", () => {
  test("a missing file", () => {
    expectOneLineRefusal(["score", path.join(dir, "manca.xlsx")], /non esiste/);
  });

  test("a text file named .xlsx is refused and left unchanged", () => {
    const file = path.join(dir, "testo.xlsx");
    writeFileSync(file, "Obiettivo;Indicatore;Target\n");
    const before = sha(file);
    expectOneLineRefusal(["score", file, "-o", path.join(dir, "out.xlsx")], /non è una cartella di lavoro \.xlsx/);
    expect(sha(file)).toBe(before);
  });

  test("a truncated xlsx is reported as damaged", () => {
    const whole = readFileSync(path.join(REPO, "examples", "piano-performance-2022.xlsx"));
    const file = path.join(dir, "troncato.xlsx");
    writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
    expectOneLineRefusal(["check", file], /danneggiato o illeggibile/);
  });

  test("an OLE file (legacy .xls or password-protected .xlsx) is named as such", () => {
    const file = path.join(dir, "protetto.xlsx");
    writeFileSync(
      file,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
    );
    expectOneLineRefusal(["score", file], /protetto da password/);
  });

  test("a workbook with no plan table", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Appunti");
    ws.getCell("A1").value = "Promemoria per la riunione";
    ws.getCell("A2").value = "Portare il bilancio";
    const file = path.join(dir, "appunti.xlsx");
    await wb.xlsx.writeFile(file);
    const before = sha(file);
    expectOneLineRefusal(["score", file, "-o", path.join(dir, "appunti-out.xlsx")], /Nessuna tabella del piano/);
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir)).not.toContain("appunti-out.xlsx");
  });

  test("an output path that cannot be written", () => {
    const blocker = path.join(dir, "un-file");
    writeFileSync(blocker, "x");
    expectOneLineRefusal(
      ["score", path.join(REPO, "examples", "piano-performance-2022.xlsx"), "-o", path.join(blocker, "out.xlsx")],
      /Impossibile scrivere/,
    );
  });

  test("check writes nothing and the input is unchanged", () => {
    const example = path.join(REPO, "examples", "piano-performance-2022.xlsx");
    const before = sha(example);
    const listing = readdirSync(path.dirname(example)).sort();
    const r = runCliBinary(["check", example]);
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toContain("Ente");
    expect(sha(example)).toBe(before);
    expect(readdirSync(path.dirname(example)).sort()).toEqual(listing);
  });
});

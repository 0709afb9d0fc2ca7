/**
 * The Relazione's «Andamento» after two monitoring points (test/fixtures/monitoring-plan.ts, figures by
 * hand there): the real PDF read back with pdftotext shows both dates, every score at each and the change
 * between them, and the cruscotto's KPI year by year. PNG renders of its pages go to test-artifacts/pdf/.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { cli, REPO } from "../../helpers/cli";
import { pdfPages, renderPngs, requirePoppler, squash } from "../../helpers/pdf";
import { DECEMBER_ACTUALS, monitoringPlan } from "../../fixtures/monitoring-plan";

const ARTIFACTS = path.join(REPO, "test-artifacts", "pdf");
const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-andamento-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string): string => path.join(dir, name);

/** A page's lines as pdftotext lays them out (a table's row stays on one line), whitespace squashed. */
function layoutLines(pdf: string, page: number): string[] {
  const out = spawnSync("pdftotext", ["-layout", "-enc", "UTF-8", "-f", String(page), "-l", String(page), pdf, "-"], {
    encoding: "utf8",
  });
  expect(out.status).toBe(0);
  return out.stdout
    .split("\n")
    .map(squash)
    .filter((l) => l !== "");
}

async function run(args: string[]): Promise<void> {
  const r = await cli(args);
  expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
}

describe("the Relazione after points recorded at 30/06 and 31/12", () => {
  let trend: string;
  let lines: string[];

  beforeAll(async () => {
    requirePoppler();
    mkdirSync(ARTIFACTS, { recursive: true });
    await monitoringPlan().xlsx.writeFile(file("piano.xlsx"));
    const year = ["--year", "2024"];
    await run(["score", file("piano.xlsx"), "-o", file("giugno.xlsx"), ...year, "--rilevazione", "2024-06-30"]);
    await run([
      "score",
      file("giugno.xlsx"),
      "-o",
      file("g2.xlsx"),
      ...year,
      "--rilevazione",
      "2024-06-30",
      "--etichetta",
      "Monitoraggio semestrale",
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("g2.xlsx"));
    for (const a of DECEMBER_ACTUALS) wb.getWorksheet(a.sheet)!.getCell(a.cell).value = a.value;
    await wb.xlsx.writeFile(file("digitato.xlsx"));
    await run(["score", file("digitato.xlsx"), "-o", file("dicembre.xlsx"), ...year, "--rilevazione", "2024-12-31"]);
    await run(["report", file("dicembre.xlsx"), "-o", file("relazione.pdf"), "--date", "2025-01-15"]);
    const pages = pdfPages(file("relazione.pdf"));
    const at = pages.findIndex((p) => p.startsWith("Andamento"));
    expect(at).toBeGreaterThan(0);
    const end = pages.findIndex((p, i) => i > at && p.startsWith("Appendice"));
    trend = pages.slice(at, end).join(" ");
    lines = [];
    for (let page = at + 1; page <= end; page++) lines.push(...layoutLines(file("relazione.pdf"), page));
    renderPngs(file("relazione.pdf"), ARTIFACTS, "andamento", at + 1, at + 2);
  }, 120_000);

  test("lists both points, the first with the label it was recorded again with", () => {
    expect(trend).toContain(
      "Rilevazioni registrate nel foglio «Storico monitoraggi»: 30/06/2024 (Monitoraggio semestrale); 31/12/2024.",
    );
  });

  test("the table gives each score at both dates and the change in percentage points", () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^Ente, Area o unità 30\/06\/2024 31\/12\/2024 Variazione dal$/),
    );
    expect(trend).toContain("30/06/2024 al");
    expect(lines).toContain("Ente 75,0% 100,0% +25,0 pp");
    expect(lines).toContain("Area I 75,0% 91,7% +16,7 pp");
    expect(lines).toContain("SERVIZIO STAFF 75,0% 91,7% +16,7 pp");
  });

  test("the chart writes each bar's date, score, status and change beside it", () => {
    expect(lines).toContain("31/12/2024 100,0% Raggiunto · +25,0 pp");
    expect(lines).toContain("31/12/2024 91,7% Raggiunto · +16,7 pp");
    expect(lines).toContain("30/06/2024 75,0% Parzialmente raggiunto");
  });

  test("the cruscotto's KPI year by year: target against actual, with the achievement", () => {
    expect(trend).toContain("Obiettivi strategici: target e consuntivi negli anni");
    expect(lines).toContain("Servizi digitali 2023 ≥ 70% 72% 100,0% Raggiunto");
    expect(lines).toContain("2024 ≥ 80% 84% 100,0% Raggiunto");
    expect(lines).toContain("2023 100,0% Raggiunto · target ≥ 70%,");
  });
});

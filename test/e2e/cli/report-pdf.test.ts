/**
 * `cruscotto report` end to end on the example workbook: the real CLI writes the PDF, poppler reads it
 * back. The figures are checked against the JSON report of `cruscotto check` on the same workbook.
 * PNG renders of the first pages go to test-artifacts/pdf/ for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { cli, REPO } from "../../helpers/cli";
import { pdfFonts, pdfInfo, pdfPages, pdfStructure, renderPngs, requirePoppler } from "../../helpers/pdf";
import { grid, unitSheetRows, cruscottoRows, workbookFromGrids } from "../../helpers/write-fixtures";
import { formatPercent } from "../../../src/core/format";
import { STATUS_LABELS, UNIT_KIND_LABELS } from "../../../src/i18n/labels";
import type { Report } from "../../../src/core/report/types";
import { definition, term } from "../../../src/i18n/glossary";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const ARTIFACTS = path.join(REPO, "test-artifacts", "pdf");
const DATE = "2023-03-31";
const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-pdf-"));

let report: Report;
let reportEn: Report;

beforeAll(async () => {
  requirePoppler();
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [lang, file] of [
    ["it", "report-it.json"],
    ["en", "report-en.json"],
  ] as const) {
    const run = await cli(["check", EXAMPLE, "--json", path.join(dir, file), "--lang", lang]);
    expect([0, 1]).toContain(run.status);
  }
  report = JSON.parse(readFileSync(path.join(dir, "report-it.json"), "utf8")) as Report;
  reportEn = JSON.parse(readFileSync(path.join(dir, "report-en.json"), "utf8")) as Report;
});

/** The page that starts a unit's scheda: the part's label, then the unit's name as the heading. */
function schedaPage(pages: string[], name: string, part: string): number {
  return pages.findIndex((p) => p.startsWith(`${part} ${name} `));
}

describe("cruscotto report on the example workbook (Italian)", () => {
  const out = path.join(dir, "relazione.pdf");
  let pages: string[];
  let status: number | null;
  let stdout: string;

  beforeAll(async () => {
    const run = await cli(["report", EXAMPLE, "-o", out, "--date", DATE]);
    status = run.status;
    stdout = run.stdout;
    pages = pdfPages(out);
    renderPngs(out, ARTIFACTS, "relazione", 1, 3);
  });

  test("exits 0 (no error diagnostics in the example) and names the file it wrote", async () => {
    expect(report.diagnostics.some((d) => d.severity === "error")).toBe(false);
    expect(status).toBe(0);
    expect(stdout).toContain(`Relazione PDF scritta: ${out}`);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("pdfinfo accepts it: title, author, subject, tagged, PDF 1.7, A4, the run date", async () => {
    const info = pdfInfo(out);
    expect(info.Title).toBe(`Risultati della performance ${report.year}`);
    expect(info.Author).toBe("Cruscotto Performance");
    expect(info.Subject).toContain("Piano della Performance");
    expect(info.Tagged).toBe("yes");
    expect(info["PDF version"]).toBe("1.7");
    expect(info["Page size"]).toContain("(A4)");
    expect(info.CreationDate).toContain("Mar 31");
    expect(info.CreationDate).toContain("2023");
    expect(Number(info.Pages)).toBe(pages.length);
  });

  test("Titillium Web is embedded, and no other font is used", async () => {
    const fonts = pdfFonts(out);
    expect(fonts.map((f) => f.name).sort()).toEqual([
      "TitilliumWeb-Bold",
      "TitilliumWeb-Regular",
      "TitilliumWeb-SemiBold",
    ]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  test("the page count fits: cover, summary, one scheda at least per unit, strategic objectives, appendix", async () => {
    expect(pages.length).toBeGreaterThanOrEqual(2 + report.units.length + 2);
    // Each scheda starts a page of its own, in order: Servizi, PO and Uffici, then the Dirigenti.
    const starts = report.units.map((u) =>
      schedaPage(pages, u.name, u.kind === "dirigente" ? "Schede dei Dirigenti" : "Schede delle unità organizzative"),
    );
    expect(starts.every((s) => s >= 2)).toBe(true);
    expect(new Set(starts).size).toBe(report.units.length);
  });

  test("every page has its footer: «Pagina n di N»", async () => {
    pages.forEach((page, i) => expect(page).toContain(`Pagina ${i + 1} di ${pages.length}`));
  });

  test("the cover has the year, the date of the run and the settings used", async () => {
    const cover = pages[0];
    expect(cover).toContain("Ente");
    expect(cover).toContain(`Risultati della performance ${report.year}`);
    expect(cover).toContain("Data di elaborazione: 31/03/2023");
    expect(cover).toContain("Raggiunto da 90%; Parzialmente raggiunto da 70%");
    expect(cover).toContain("Limite massimo 100%");
    expect(pages.join(" ")).not.toMatch(/\bcap\b|\bpool\b|grado di raggiungimento/i);
    expect(cover).toContain("Soglia minima 0%");
    expect(cover).toContain("Consuntivi mancanti contati come zero no");
    expect(cover).toContain("Confronti stretti");
  });

  test("the summary shows the Ente, its method, the Areas and every unit's bar label with score and status", async () => {
    const summary = pages[1];
    expect(summary.startsWith("Sintesi")).toBe(true);
    expect(summary).toContain(formatPercent(report.ente.score, "it"));
    expect(summary).toContain("media degli obiettivi strategici del cruscotto");
    for (const area of report.areas) expect(summary).toContain(`${area.name} ${formatPercent(area.score, "it")}`);
    for (const unit of report.units) {
      expect(summary).toContain(`${formatPercent(unit.score, "it")} ${STATUS_LABELS.it[unit.status]}`);
      // Long names wrap inside the label column: their first words at least are on the page.
      expect(summary).toContain(unit.name.split(" ").slice(0, 3).join(" "));
    }
  });

  test("each unit's scheda shows its name, kind, Area, score, status and coverage as in the JSON report", async () => {
    for (const unit of report.units) {
      const part = unit.kind === "dirigente" ? "Schede dei Dirigenti" : "Schede delle unità organizzative";
      const page = pages[schedaPage(pages, unit.name, part)];
      expect(page).toContain(`Tipo ${UNIT_KIND_LABELS.it[unit.kind]}`);
      expect(page).toContain(`Area ${unit.area ?? "nessuna"}`);
      expect(page).toContain(`Punteggio ${formatPercent(unit.score, "it")}`);
      expect(page).toContain(`Stato ${STATUS_LABELS.it[unit.status]}`);
      expect(page).toContain(`Copertura ${formatPercent(unit.coverage, "it")}`);
      // What Copertura is, in the glossary's words, under the figures that show it.
      expect(page.replace(/\s+/g, " ")).toContain(`${term("it", "copertura")}: ${definition("it", "copertura")}`);
      // pdftotext reads the header row in pieces; its first cells are together.
      expect(page).toContain("Obiettivo Indicatore Target");
    }
  });

  test("every indicator of a unit is in its scheda, with its achievement", async () => {
    const unit = report.units.find((u) => u.name === "SERVIZIO STAFF");
    expect(unit).toBeDefined();
    const first = schedaPage(pages, "SERVIZIO STAFF", "Schede delle unità organizzative");
    const next = pages.findIndex((p, i) => i > first && p.startsWith("Schede "));
    const text = pages.slice(first, next).join(" ");
    const rows = report.indicators.filter((r) => r.unit === "SERVIZIO STAFF");
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) {
      // Indicator texts wrap inside their column; the first words are on one line.
      expect(text).toContain(row.indicator.replace(/\s+/g, " ").trim().split(" ").slice(0, 2).join(" "));
    }
    const achieved = rows.filter((r) => r.achievement !== null).map((r) => formatPercent(r.achievement, "it"));
    for (const a of achieved) expect(text).toContain(a);
    // A table running over a page repeats its header on the next one.
    for (const page of pages.slice(first + 1, next)) expect(page.startsWith("Obiettivo Indicatore Target")).toBe(true);
  });

  test("the strategic objectives appear with their number, name and score", async () => {
    const text = pages.join(" ");
    for (const o of report.strategicObjectives) {
      expect(text).toContain(`${o.number}. ${o.name}`);
      const score = o.score === null ? "Punteggio: —" : `Punteggio: ${formatPercent(o.score, "it")}`;
      expect(text).toContain(score);
    }
  });

  test("the appendix lists the diagnostics grouped by severity, with sheet, cell and message", async () => {
    const start = pages.findIndex((p) => p.startsWith("Appendice: segnalazioni"));
    expect(start).toBeGreaterThan(1);
    const text = pages.slice(start).join(" ");
    const warnings = report.diagnostics.filter((d) => d.severity === "warning");
    const infos = report.diagnostics.filter((d) => d.severity === "info");
    expect(text).toContain(`Avvisi (${warnings.length})`);
    expect(text).toContain(`Informazioni (${infos.length})`);
    expect(text.indexOf("Avvisi (")).toBeLessThan(text.indexOf("Informazioni ("));
    for (const d of warnings) expect(text).toContain(`${d.sheet} ${d.cell ?? "—"} ${d.message.replace(/\s+/g, " ")}`);
  });

  test("PNG renders of the first pages are kept as artifacts", async () => {
    for (const n of ["1", "2", "3"]) {
      const file = readdirSync(ARTIFACTS).find((f) => new RegExp(`^relazione-0*${n}\\.png$`).test(f));
      expect(file).toBeDefined();
      expect(statSync(path.join(ARTIFACTS, file ?? "")).size).toBeGreaterThan(5000);
    }
  });

  test("the same workbook and date give the same bytes", async () => {
    const again = path.join(dir, "relazione-again.pdf");
    expect((await cli(["report", EXAMPLE, "-o", again, "--date", DATE])).status).toBe(0);
    expect(Buffer.compare(readFileSync(again), readFileSync(out))).toBe(0);
  });
});

describe("cruscotto report --lang en", () => {
  const out = path.join(dir, "report-en.pdf");
  let pages: string[];

  beforeAll(async () => {
    expect((await cli(["report", EXAMPLE, "-o", out, "--lang", "en", "--date", DATE])).status).toBe(0);
    pages = pdfPages(out);
    renderPngs(out, ARTIFACTS, "report-en", 1, 2);
  });

  test("English headings, statuses, footers and document info", async () => {
    expect(pdfInfo(out).Title).toBe(`Performance results ${reportEn.year}`);
    expect(pages[0]).toContain("Date of the run: 31/03/2023");
    expect(pages[0]).toContain("Scoring rules applied");
    expect(pages[1].startsWith("Summary")).toBe(true);
    expect(pages.some((p) => p.startsWith("Strategic objectives"))).toBe(true);
    expect(pages.some((p) => p.startsWith("Appendix: diagnostics"))).toBe(true);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    const text = pages.join(" ");
    expect(text).not.toContain("Pagina ");
    for (const unit of reportEn.units) {
      const part = unit.kind === "dirigente" ? "Scorecards of the Directors" : "Scorecards of the organisational units";
      const page = pages[schedaPage(pages, unit.name, part)];
      expect(page).toContain(`Score ${formatPercent(unit.score, "en")}`);
      expect(page).toContain(`Status ${STATUS_LABELS.en[unit.status]}`);
    }
  });
});

describe("cruscotto report --unit", () => {
  test("only the cover, the summary and that unit's scheda; the name is matched regardless of case", async () => {
    const out = path.join(dir, "staff.pdf");
    const run = await cli(["report", EXAMPLE, "-o", out, "--unit", "servizio staff", "--date", DATE]);
    expect(run.status).toBe(0);
    const pages = pdfPages(out);
    const staff = report.units.find((u) => u.name === "SERVIZIO STAFF");
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.length).toBeLessThanOrEqual(5);
    expect(pdfInfo(out).Title).toBe(`Scheda obiettivi ${report.year} — SERVIZIO STAFF`);
    const scheda = schedaPage(pages, "SERVIZIO STAFF", "Schede delle unità organizzative");
    expect(scheda).toBe(2);
    expect(pages[scheda]).toContain(`Punteggio ${formatPercent(staff?.score ?? null, "it")}`);
    // No other scheda, no strategic objectives, no appendix.
    expect(pages.filter((p) => p.startsWith("Schede "))).toHaveLength(1);
    expect(pages.some((p) => p.startsWith("Obiettivi strategici") || p.startsWith("Appendice"))).toBe(false);
    renderPngs(out, ARTIFACTS, "unit-staff", 1, 3);

    // Tagged: headings, paragraphs, tables with header cells and column scope, the chart as a Figure.
    const tree = pdfStructure(out, true);
    expect(tree.startsWith("Document")).toBe(true);
    expect(tree).toMatch(/H1 \(block\)\s+"SERVIZIO STAFF"/);
    expect(tree).toMatch(new RegExp(`TH\\s+"Punteggio"\\s+TD\\s+"${formatPercent(staff?.score ?? null, "it")}"`));
    expect(tree).toContain("Figure");
    const attributes = pdfStructure(out, false);
    expect(attributes).toContain("/Scope /Column");
    expect(attributes).toMatch(/\/ColSpan 7\s+\/Scope \/Row/);
  });

  test("an unknown unit: exit 2, one Italian line pointing at `cruscotto check`, no file", async () => {
    const out = path.join(dir, "nobody.pdf");
    const run = await cli(["report", EXAMPLE, "-o", out, "--unit", "Ufficio Inesistente"]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("Unità «Ufficio Inesistente» non trovata");
    expect(run.stderr).toContain("cruscotto check");
    expect(existsSync(out)).toBe(false);
  });
});

describe("cruscotto report: exit codes and the Ente's name", () => {
  test("error diagnostics: exit 1, the PDF is still written, the Ente's name comes from the workbook", async () => {
    const input = path.join(dir, "with-errors.xlsx");
    const wb = workbookFromGrids({
      sheets: [
        grid("Copertina", [["Piano della Performance 2022-2024 - Camera di Commercio di Esempio"]]),
        grid("S. Staff", unitSheetRows()),
        grid("Cruscotto strategico", cruscottoRows()),
      ],
      names: [],
    });
    await wb.xlsx.writeFile(input);
    const out = path.join(dir, "with-errors.pdf");
    const run = await cli(["report", input, "-o", out, "--date", DATE]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/Diagnostica: [1-9]\d* errori/);
    const pages = pdfPages(out);
    expect(pages[0].startsWith("Camera di Commercio di Esempio Risultati della performance 2022")).toBe(true);
    expect(pages[0]).toContain("Cartella di lavoro: with-errors.xlsx");
    expect(pdfInfo(out).Title).toBe("Risultati della performance 2022 — Camera di Commercio di Esempio");
    const appendix = pages.slice(pages.findIndex((p) => p.startsWith("Appendice"))).join(" ");
    expect(appendix).toMatch(/Errori \([1-9]\d*\) Foglio Cella Messaggio S\. Staff C6 /);
  });

  test("unusable output or input: exit 2 with one line", async () => {
    const blocked = path.join(dir, "a-file");
    writeFileSync(blocked, "not a folder");
    const intoFile = await cli(["report", EXAMPLE, "-o", path.join(blocked, "relazione.pdf")]);
    expect(intoFile.status).toBe(2);
    expect(intoFile.stderr).toContain("Impossibile scrivere");
    expect(intoFile.stderr.trim().split("\n")).toHaveLength(1);

    const same = await cli(["report", EXAMPLE, "-o", EXAMPLE]);
    expect(same.status).toBe(2);
    const missing = await cli(["report", path.join(dir, "missing.xlsx"), "-o", path.join(dir, "x.pdf")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("non esiste");
    const badDate = await cli(["report", EXAMPLE, "--date", "31/03/2023"]);
    expect(badDate.status).toBe(2);
  });
});

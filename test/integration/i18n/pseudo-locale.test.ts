/**
 * Pseudo-localisation: rendered with the "qps" catalogs (every Italian catalog string wrapped in ⟦…⟧),
 * every text a person reads — CLI output and help, JSON report messages, cells the add-in writes, the
 * PDF's document model, the pane's texts — must be made of marked segments, the person's own text
 * (quoted or as a name), numbers and punctuation. Anything else bypassed the catalogs.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runPipeline } from "../../../src/core/pipeline";
import { buildReportDocument, buildSchedaDocument, findEnteName } from "../../../src/core/document";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { cellsOf } from "../../../src/core/write/steps";
import { createdHeader } from "../../../src/core/write/labels";
import { captureIo } from "../../../src/cli/io";
import { runCli } from "../../../src/cli/runner";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { EXPORT_TEXTS } from "../../../src/i18n/paneExport";
import { SCHEDA_TEXTS } from "../../../src/i18n/paneScheda";
import { PDF_PAGE_TEXTS } from "../../../src/i18n/pdfPage";
import { PSEUDO_CLOSE, PSEUDO_OPEN } from "../../../src/i18n/pseudo";
import { REPO } from "../../helpers/cli";
import { applyToGrids } from "../../helpers/write-fixtures";
import { levelSpellings, WORD_LISTS } from "../../../src/core/write/formulas/words";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const SETTINGS_SHEET = "Impostazioni Cruscotto";
/** The settings sheet's header, Italian in every language like its keys: the reader looks for them. */
const SETTINGS_HEADER = ["Impostazione", "Valore", "Descrizione"];

/** The person's own texts in the workbook: names and cell strings, shown as typed. */
function userTexts(
  values: readonly (readonly unknown[])[][],
  sheetNames: readonly string[],
  extra: readonly string[],
): string[] {
  const all = new Set<string>([...sheetNames, ...extra]);
  for (const sheet of values)
    for (const row of sheet) for (const v of row) if (typeof v === "string" && v.trim()) all.add(v.trim());
  for (const s of [...all]) all.add(s.replace(/\s+/g, " "));
  return [...all].filter((s) => /\p{L}/u.test(s)).sort((a, b) => b.length - a.length);
}

/** What is left of a text once marked segments, quoted text, the person's texts and cell addresses are removed. */
function unmarked(text: string, user: readonly string[]): string {
  let rest = text;
  // Innermost first: a catalog function's result may hold other marked text.
  const innermost = new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, "gu");
  for (let before = ""; before !== rest;) {
    before = rest;
    rest = rest.replace(innermost, " ");
  }
  rest = rest.replace(/«[^«»]*»/gu, " ");
  // A marked label or a name cut to a column's width ends in "…".
  rest = rest.replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*…`, "gu"), " ");
  for (const u of user) {
    if (rest.includes(u))
      rest = rest.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(u)}(?![\\p{L}\\p{N}])`, "gu"), " ");
    for (let k = u.length - 1; k >= 8 && rest.includes("…"); k--)
      if (rest.includes(u.slice(0, k) + "…")) rest = rest.split(u.slice(0, k) + "…").join(" ");
  }
  rest = rest.replace(/\b[A-Z][A-Z_]+[A-Z]\b/g, " "); // diagnostic codes: identifiers, like the JSON's
  rest = rest.replace(/\b\$?[A-Z]{1,3}\$?\d+\b/g, " "); // A1 addresses
  rest = rest.replace(/(?:\/|\.\.?\/)?[\w./-]*\.(?:xlsx|json|pdf)\b/g, " "); // file paths
  return /\p{L}/u.test(rest) ? rest.replace(/\s+/g, " ").trim() : "";
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function leaks(texts: readonly string[], user: readonly string[]): string[] {
  return [...new Set(texts.map((t) => unmarked(t, user)).filter((r) => r !== ""))];
}

/** Keys of the document model that hold codes, not text. */
const CODE_KEYS = new Set(["kind", "align", "status", "style", "language", "lang"]);

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "function") {
    // Catalog functions: called with sample arguments; their output must be marked as well.
    const fn = value as (...args: unknown[]) => unknown;
    strings(fn(...Array.from({ length: fn.length }, (_, i) => `«arg${i}»`)), out);
  } else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) if (!CODE_KEYS.has(k)) strings(v, out);
  }
  return out;
}

describe("pseudo-locale qps", () => {
  let user: string[] = [];
  let dir = "";
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "qps-"));
    const grid = readWorkbookGrid(await loadXlsx(EXAMPLE));
    const run = runPipeline(grid, { lang: "qps" });
    const names = [
      ...run.plan.units.map((u) => u.name),
      ...run.report.areas.map((a) => a.name),
      ...run.report.strategicObjectives.map((o) => o.name),
    ];
    // The settings' scale and words are the SMVP's own vocabulary, kept as the workbook writes them; so are the
    // headers of the officers' columns a run creates, Italian in every language for the next run to read them.
    const created = (["consuntivo", "motivazione", "neutralizzato"] as const).map((c) =>
      createdHeader("obiettivi", c, run.settings.year),
    );
    // The words the formulas read in a Consuntivo (the Riepilogo lists them for the formulas) are what officers
    // type, the engine's own vocabulary in every language, like the level scale.
    const formulaWords = [
      ...WORD_LISTS.yes,
      ...WORD_LISTS.no,
      ...WORD_LISTS.notYet,
      ...levelSpellings(run.settings.levels).map((l) => l.text),
    ];
    const vocabulary = [
      ...run.settings.levels,
      ...run.settings.lowerIsBetterWords,
      ...SETTINGS_HEADER,
      ...created,
      ...formulaWords,
    ];
    user = userTexts(
      grid.sheets.map((s) => s.values),
      grid.sheets.map((s) => s.name),
      [...names, ...vocabulary, "Cruscotto Performance", SETTINGS_SHEET],
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the checker catches a text that bypasses the catalogs", async () => {
    expect(leaks(["⟦Punteggio⟧: 89,9% «da verificare» E9"], user)).toEqual([]);
    expect(leaks(["⟦Punteggio⟧ Totale: 89,9%"], user)).toEqual(["Totale: 89,9%"]);
    expect(leaks(["it was read as higher is better"], user)).not.toEqual([]);
  });

  test("CLI: check output, help and errors", async () => {
    const lines: string[] = [];
    for (const argv of [
      ["check", EXAMPLE, "--lang", "qps", "--json", path.join(dir, "r.json")],
      ["help", "--lang", "qps"],
      ["report", "--help", "--lang", "qps"],
      ["check", path.join(dir, "missing.xlsx"), "--lang", "qps"],
      ["check", EXAMPLE, "--bogus", "--lang", "qps"],
      ["frob", "--lang", "qps"],
      ["undo", EXAMPLE, "-o", path.join(dir, "u.xlsx"), "--lang", "qps"],
    ]) {
      const io = captureIo();
      await runCli({ argv, io });
      lines.push(...io.stdout, ...io.stderr);
    }
    // Commander's own syntax stays: option names and placeholders are the program's interface.
    const syntax = lines.map((l) =>
      l.replace(/(?:^|\s)(?:-\w|--[\w-]+|score|check|report|undo|help|cruscotto)\b/g, " "),
    );
    expect(leaks(syntax, user)).toEqual([]);
  });

  test("JSON report: every diagnostic message", async () => {
    const report = JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8")) as {
      diagnostics: { message: string }[];
    };
    expect(report.diagnostics.length).toBeGreaterThan(100);
    expect(
      leaks(
        report.diagnostics.map((d) => d.message),
        user,
      ),
    ).toEqual([]);
  });

  test("workbook: every text the write plan puts into cells (the settings keys are data vocabulary)", async () => {
    const grid = readWorkbookGrid(await loadXlsx(EXAMPLE));
    const run = runPipeline(grid, { lang: "qps" });
    const texts = cellsOf(run.writePlan)
      .filter((c) => typeof c.value === "string" && !(c.sheet === SETTINGS_SHEET && c.col < 2))
      .map((c) => c.value as string);
    expect(texts.length).toBeGreaterThan(50);
    expect(leaks(texts, user)).toEqual([]);
  });

  test("PDF document model", async () => {
    const grid = readWorkbookGrid(await loadXlsx(EXAMPLE));
    const run = runPipeline(grid, { lang: "qps" });
    const model = buildReportDocument({
      plan: run.plan,
      scorecard: run.scorecard,
      report: run.report,
      settings: run.settings,
      enteName: findEnteName(grid),
      runDate: "2023-03-31",
      sourceName: "piano.xlsx",
      unitId: null,
    });
    expect(leaks(strings(model), user)).toEqual([]);
  });

  test("monitoring points: the history sheet, the Riepilogo's trend, the Andamento and the messages", async () => {
    const grid = readWorkbookGrid(await loadXlsx(EXAMPLE));
    const label = "Monitoraggio semestrale";
    const first = runPipeline(grid, { lang: "qps", monitoring: { date: "2022-06-30", label } });
    const run = runPipeline(applyToGrids(grid, first.writePlan), { lang: "qps", monitoring: { date: "2022-12-31" } });
    const texts = cellsOf(run.writePlan)
      .filter((c) => typeof c.value === "string" && c.sheet !== SETTINGS_SHEET)
      .map((c) => c.value as string);
    expect(texts.some((t) => t.includes("pp"))).toBe(true);
    const model = buildReportDocument({
      plan: run.plan,
      scorecard: run.scorecard,
      report: run.report,
      settings: run.settings,
      enteName: findEnteName(grid),
      runDate: "2023-03-31",
      unitId: null,
      monitoring: run.monitoring,
    });
    const messages = run.report.diagnostics.filter((d) => d.code.startsWith("MONITORING_")).map((d) => d.message);
    expect(messages).toHaveLength(1);
    // A unit's scheda on its own (the pane's «Esporta la scheda in PDF»), with its score at the previous point.
    const scheda = buildSchedaDocument({
      plan: run.plan,
      scorecard: run.scorecard,
      report: run.report,
      settings: run.settings,
      enteName: findEnteName(grid),
      runDate: "2023-03-31",
      sourceName: "piano.xlsx",
      unitId: run.plan.units[0].id,
      monitoring: run.monitoring,
      previous: run.monitoring.previous,
    });
    expect(run.monitoring.previous?.date).toBe("2022-06-30");
    const all = [...texts, ...strings(model), ...strings(scheda), ...messages];
    // The add-in's sheets are named in the appendix's Sheet column, like the person's sheets.
    expect(leaks(all, [...user, "Storico monitoraggi", label])).toEqual([]);
  });

  test("pane, PDF export and pdf.html texts", async () => {
    expect(leaks(strings(PANE_TEXTS.qps), user)).toEqual([]);
    expect(leaks(strings(EXPORT_TEXTS.qps), user)).toEqual([]);
    expect(leaks(strings(SCHEDA_TEXTS.qps), user)).toEqual([]);
    expect(leaks(strings(PDF_PAGE_TEXTS.qps), user)).toEqual([]);
  });
});

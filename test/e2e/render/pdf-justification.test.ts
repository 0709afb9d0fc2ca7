/**
 * The Relazione prints the motivazione dello scostamento under each indicator below Raggiunto (and says
 * when there is none), the reason of a neutralised one, and the Ente's name from the settings on its cover:
 * through the document model, then in the PDF read back with pdftotext.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { CellValue } from "../../../src/core/grid/types";
import { runPipeline, type RunResult } from "../../../src/core/pipeline";
import {
  buildReportDocument,
  type CoverBlock,
  type ReportDocument,
  type TableBlock,
  type TableDataRow,
} from "../../../src/core/document";
import { renderPdf } from "../../../src/render/pdf";
import { loadTitilliumFonts } from "../../../src/render/pdf/nodeFonts";
import { pdfPages, requirePoppler } from "../../helpers/pdf";
import { gridFromRows, workbook } from "../../helpers/grid-builder";

const ENTE = "Camera di Commercio di Prova";
const MOTIVAZIONE = "Organico ridotto per due pensionamenti";
const REASON = "Bando annullato dalla Regione";

const HEADER: CellValue[] = [
  "Obiettivo Operativo",
  "Indicatore",
  "Target",
  "Peso",
  "Area",
  "Consuntivo",
  "Motivazione scostamento",
  "Neutralizzato",
];

function run(settings: CellValue[][]): RunResult {
  return runPipeline(
    workbook([
      // A title naming another body: the setting wins over it.
      gridFromRows("S. Staff", [
        ["Piano della Performance 2022 - Comune di Altrove"],
        ["SERVIZIO STAFF"],
        HEADER,
        ["Ob A", "Pratiche evase", "≥ 80%", "40%", "Area I", "90%", null, null],
        ["Ob A", "Tempi di risposta", "<= 10", "30%", "Area I", 20, MOTIVAZIONE, null],
        ["Ob B", "Corsi erogati", "≥ 10", "20%", "Area I", 3, REASON, "sì"],
        ["Ob B", "Pareri resi", "≥ 90%", "10%", "Area I", "72%", null, null],
      ]),
      gridFromRows("Impostazioni Cruscotto", [["Impostazione", "Valore"], ...settings]),
    ]),
    { writes: false },
  );
}

function documentOf(result: RunResult, enteName: string | null = "Comune di Altrove"): ReportDocument {
  return buildReportDocument({
    plan: result.plan,
    scorecard: result.scorecard,
    report: result.report,
    settings: result.settings,
    enteName,
    runDate: "2023-03-31",
  });
}

const schedaRows = (doc: ReportDocument): TableDataRow[] =>
  doc.sections
    .filter((s) => s.kind === "unit")
    .flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === "table"))
    .flatMap((t) => t.rows.filter((r): r is TableDataRow => r.kind === "row"));

describe("the document model", () => {
  const doc = documentOf(run([["Nome dell'Ente", ENTE]]));

  test("prints the motivazione under each indicator below Raggiunto, and says when there is none", () => {
    const notes = schedaRows(doc).map((r) => [r.cells[1], r.cells[6], r.note ?? null]);
    expect(notes).toEqual([
      ["Pratiche evase", "Raggiunto", null],
      ["Tempi di risposta", "Non raggiunto", `Motivazione dello scostamento: ${MOTIVAZIONE}`],
      ["Corsi erogati", "Neutralizzato", `Indicatore neutralizzato, escluso da tutti i totali. Motivazione: ${REASON}`],
      ["Pareri resi", "Parzialmente raggiunto", "Motivazione dello scostamento: non indicata"],
    ]);
  });

  test("puts the settings' Ente name on the cover, in the title and in the footer, over the title cell's", () => {
    const cover = doc.sections[0].blocks.find((b): b is CoverBlock => b.kind === "cover")!;
    expect(cover.ente).toBe(ENTE);
    expect(doc.meta.title.endsWith(`— ${ENTE}`)).toBe(true);
    expect(doc.footerText.startsWith(`${ENTE} · `)).toBe(true);
  });

  test("without the setting, keeps the name found in the workbook", () => {
    const plain = documentOf(run([]));
    expect(plain.sections[0].blocks.find((b): b is CoverBlock => b.kind === "cover")!.ente).toBe("Comune di Altrove");
  });
});

describe("the PDF", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-pdf-motivazione-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let pages: string[];

  beforeAll(async () => {
    requirePoppler();
    const bytes = await renderPdf(documentOf(run([["Nome dell'Ente", ENTE]])), await loadTitilliumFonts());
    const file = path.join(dir, "relazione.pdf");
    writeFileSync(file, bytes);
    pages = pdfPages(file);
  }, 60_000);

  test("reads the motivazione beside its indicator, and the Ente's name on the cover", () => {
    expect(pages[0]).toContain(ENTE);
    const all = pages.join(" ");
    const at = all.indexOf("Tempi di risposta");
    expect(at).toBeGreaterThan(-1);
    expect(all.indexOf(`Motivazione dello scostamento: ${MOTIVAZIONE}`)).toBeGreaterThan(at);
    expect(all).toContain("Motivazione dello scostamento: non indicata");
    expect(all).toContain(`Motivazione: ${REASON}`);
  });
});

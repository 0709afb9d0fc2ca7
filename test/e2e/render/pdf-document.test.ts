/**
 * The report's document model (pure) and the pdfkit renderer, in process: what the model holds for
 * the example workbook, the Ente's name, the unit lookup, and how the renderer flows a long table
 * (header repeated, no row lost or duplicated), deterministically.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { REPO } from "../../helpers/cli";
import { pdfInfo, pdfPages, requirePoppler } from "../../helpers/pdf";
import { grid } from "../../helpers/write-fixtures";
import { readWorkbookGrid } from "../../../src/hosts/xlsx";
import { runPipeline, type RunResult } from "../../../src/core/pipeline";
import {
  buildReportDocument,
  enteNameIn,
  findEnteName,
  findUnit,
  type ReportDocument,
  type TableBlock,
  type TableDataRow,
} from "../../../src/core/document";
import { renderPdf } from "../../../src/render/pdf";
import { loadTitilliumFonts } from "../../../src/render/pdf/nodeFonts";
import type { PdfFonts } from "../../../src/render/pdf";
import { STATUS_LABELS } from "../../../src/i18n/labels";
import { formatPercent } from "../../../src/core/format";
import type { WorkbookGrid } from "../../../src/core/grid/types";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-pdfdoc-"));

let workbook: WorkbookGrid;
let result: RunResult;
let fonts: PdfFonts;

beforeAll(async () => {
  requirePoppler();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  workbook = readWorkbookGrid(wb);
  result = runPipeline(workbook, {});
  fonts = await loadTitilliumFonts();
});

const build = (extra: { unitId?: string | null; enteName?: string | null } = {}): ReportDocument =>
  buildReportDocument({
    plan: result.plan,
    scorecard: result.scorecard,
    report: result.report,
    settings: result.settings,
    enteName: extra.enteName ?? null,
    runDate: "2023-03-31",
    unitId: extra.unitId ?? null,
  });

const tables = (doc: ReportDocument, kind: string): TableBlock[] =>
  doc.sections
    .filter((s) => s.kind === kind)
    .flatMap((s) => s.blocks.filter((b): b is TableBlock => b.kind === "table"));

describe("the Ente's name", () => {
  test.each([
    ["Piano della Performance 2022-2024 - Camera di Commercio di Esempio", "Camera di Commercio di Esempio"],
    ["CAMERA DI COMMERCIO DELLA MAREMMA E DEL TIRRENO", "CAMERA DI COMMERCIO DELLA MAREMMA E DEL TIRRENO"],
    ["Camera di Commercio della Maremma e del Tirreno 2022", "Camera di Commercio della Maremma e del Tirreno"],
    ["Comune di Grosseto (Settore Personale)", "Comune di Grosseto"],
    ["CCIAA Maremma e Tirreno\nPiano 2022", "CCIAA Maremma e Tirreno"],
  ])("is read from a title cell: %j", (text, expected) => {
    expect(enteNameIn(text)).toBe(expected);
  });

  test.each([
    "10. Consolidamento del modello organizzativo del nuovo Ente per l'Innovazione e la Transizione Digitale",
    "Interventi di valorizzazione del patrimonio bibliografico camerale",
    "Comune di",
  ])("is not guessed from ordinary text: %j", (text) => {
    expect(enteNameIn(text)).toBeNull();
  });

  test("the example workbook names no Ente; only the top-left corner of a sheet is looked at", () => {
    expect(findEnteName(workbook)).toBeNull();
    const deep: (string | null)[][] = Array.from({ length: 20 }, () => [null]);
    deep[19] = ["Camera di Commercio di Esempio"];
    expect(findEnteName({ sheets: [grid("A", deep)], names: [] })).toBeNull();
    const top = grid("A", [[null], [null, "Piano 2022 - Camera di Commercio di Esempio"]]);
    expect(findEnteName({ sheets: [top], names: [] })).toBe("Camera di Commercio di Esempio");
  });

  test("the cover and the document title carry it; without it the cover says «Ente»", () => {
    const named = build({ enteName: "Camera di Commercio di Esempio" });
    expect(named.meta.title).toBe("Risultati della performance 2022 — Camera di Commercio di Esempio");
    expect(named.sections[0].blocks[0]).toMatchObject({ kind: "cover", ente: "Camera di Commercio di Esempio" });
    const plain = build();
    expect(plain.meta.title).toBe("Risultati della performance 2022");
    expect(plain.sections[0].blocks[0]).toMatchObject({ kind: "cover", ente: "Ente" });
  });
});

describe("findUnit", () => {
  test("by name, whatever the case, accents and spacing; unknown names give null", () => {
    expect(findUnit(result.plan, "servizio  staff")?.name).toBe("SERVIZIO STAFF");
    expect(findUnit(result.plan, "PO SERVIZIO STAFF")?.name).toBe("PO SERVIZIO STAFF");
    expect(findUnit(result.plan, "Obiettivi 2022 DIR AI")?.kind).toBe("dirigente");
    expect(findUnit(result.plan, "Ufficio che non c'è")).toBeNull();
    expect(findUnit(result.plan, "   ")).toBeNull();
  });
});

describe("the document model of the example", () => {
  test("sections: cover, summary, the units' schede, the Dirigenti's schede, strategic objectives, Andamento, appendix", () => {
    const doc = build();
    const kinds = doc.sections.map((s) => s.kind);
    const units = result.scorecard.units;
    const ordinary = units.filter((u) => u.kind !== "dirigente").length;
    const dirigenti = units.filter((u) => u.kind === "dirigente").length;
    expect(kinds).toEqual([
      "cover",
      "summary",
      ...Array<string>(ordinary).fill("unit"),
      ...Array<string>(dirigenti).fill("dirigente"),
      "strategic",
      "trend",
      "diagnostics",
    ]);
    expect(doc.sections.slice(1).every((s) => s.newPage)).toBe(true);
    expect(doc.sections.filter((s) => s.kind === "dirigente").map((s) => s.outline.parent)).toEqual(
      Array<string>(dirigenti).fill("Schede dei Dirigenti"),
    );
  });

  test("the Andamento without a recorded point says how to record one, and gives every KPI year by year", () => {
    const trend = build().sections.find((s) => s.kind === "trend")!;
    const texts = trend.blocks.map((b) => ("text" in b ? b.text : ""));
    expect(texts).toContain(
      "Nessuna rilevazione registrata nella cartella di lavoro. Una rilevazione si registra con «cruscotto score --rilevazione aaaa-mm-gg» o dal riquadro del Cruscotto, con «Registra come rilevazione».",
    );
    const kpiTables = trend.blocks.filter((b): b is TableBlock => b.kind === "table");
    expect(kpiTables).toHaveLength(result.plan.strategicObjectives.length);
    // The first KPI of the example: «Annuale» from 2022 to 2026, its 2022 Consuntivo «sì».
    const first = kpiTables[0].rows.filter(
      (r) => r.kind === "row" && r.cells[0] === result.plan.strategicObjectives[0].kpis[0].indicator,
    );
    expect(first.map((r) => (r.kind === "row" ? r.cells.slice(1, 4) : []))).toEqual([
      ["2022", "Annuale", "sì"],
      ["2023", "Annuale", "—"],
      ["2024", "Annuale", "—"],
      ["2025", "Annuale", "—"],
      ["2026", "Annuale", "—"],
    ]);
  });

  test("each scheda's table has one row per indicator of the unit, with the status as text", () => {
    const doc = build();
    const statusOf = new Map(result.scorecard.indicators.map((r) => [r.key, r.status]));
    const schede = doc.sections.filter((s) => s.kind === "unit" || s.kind === "dirigente");
    for (const section of schede) {
      const heading = section.blocks.find((b) => b.kind === "heading");
      const unit = result.plan.units.find((u) => heading?.kind === "heading" && u.name === heading.text);
      expect(unit).toBeDefined();
      const table = section.blocks.find((b): b is TableBlock => b.kind === "table");
      const rows = (table?.rows ?? []).filter((r): r is TableDataRow => r.kind === "row");
      expect(rows).toHaveLength(unit?.indicators.length ?? -1);
      rows.forEach((row, i) => {
        const indicator = unit?.indicators[i];
        expect(row.cells[1]).toBe(indicator?.indicator);
        expect(row.cells[6]).toBe(STATUS_LABELS.it[statusOf.get(indicator?.key ?? "") ?? "non_valutabile"]);
        expect(row.status).toBe(statusOf.get(indicator?.key ?? ""));
      });
    }
  });

  test("targets and actuals are shown as typed; a Dirigente's synthetic indicator shows the computed synthesis", () => {
    const doc = build();
    const rows = tables(doc, "unit")
      .flatMap((t) => t.rows)
      .filter((r): r is TableDataRow => r.kind === "row");
    expect(rows.some((r) => r.cells[2] === "≥ 80%" || r.cells[2] === "100%")).toBe(true);
    expect(rows.some((r) => /^\d{2}\/\d{2}\/\d{4}$/.test(r.cells[2]))).toBe(true);
    const dirRows = tables(doc, "dirigente")
      .flatMap((t) => t.rows)
      .filter((r): r is TableDataRow => r.kind === "row");
    const derived = dirRows.filter((r) => r.cells[3].endsWith("(calcolato)"));
    expect(derived.length).toBeGreaterThan(0);
    const ente = derived.find((r) => /Ente/.test(r.cells[1]));
    expect(ente?.cells[3]).toBe(`${formatPercent(result.scorecard.ente.score, "it")} (calcolato)`);
  });

  test("a group row each time the strategic objective changes", () => {
    const doc = build();
    const staff = doc.sections.find((s) => s.blocks.some((b) => b.kind === "heading" && b.text === "SERVIZIO STAFF"));
    const table = staff?.blocks.find((b): b is TableBlock => b.kind === "table");
    const unit = result.plan.units.find((u) => u.name === "SERVIZIO STAFF");
    const changes = (unit?.indicators ?? []).filter(
      (row, i, all) => i === 0 || row.strategicObjective?.name !== all[i - 1].strategicObjective?.name,
    ).length;
    expect(table?.rows.filter((r) => r.kind === "group")).toHaveLength(changes);
    expect(table?.rows[0]).toMatchObject({ kind: "group" });
  });

  test("--unit: cover, summary and that scheda only", () => {
    const unit = findUnit(result.plan, "UFFICIO LEGALE");
    const doc = build({ unitId: unit?.id ?? null });
    expect(doc.sections.map((s) => s.kind)).toEqual(["cover", "summary", "unit"]);
    expect(doc.meta.title).toBe("Scheda obiettivi 2022 — UFFICIO LEGALE");
  });

  test("the chart has a bar per unit with the JSON report's score text and an alternate text naming them all", () => {
    const doc = build();
    const chart = doc.sections[1].blocks.find((b) => b.kind === "barChart");
    expect(chart?.kind).toBe("barChart");
    if (chart?.kind !== "barChart") return;
    expect(chart.bars.map((b) => b.label)).toEqual(result.report.units.map((u) => u.name));
    expect(chart.bars.map((b) => b.value)).toEqual(result.report.units.map((u) => u.score));
    for (const u of result.report.units) expect(chart.altText).toContain(u.name);
    expect(chart.thresholds.map((t) => t.label)).toEqual(["70%", "90%"]);
  });
});

/** A model with one long table: 150 rows, objectives spanning 10 rows each, one enormous cell. */
function longTableDoc(runDate: string): ReportDocument {
  const rows: TableDataRow[] = Array.from({ length: 150 }, (_, i) => ({
    kind: "row",
    cells: [
      `Obiettivo ${Math.floor(i / 10) + 1}`,
      `riga${String(i + 1).padStart(3, "0")} indicatore`,
      i % 3 === 0 ? "Raggiunto" : "Non rilevato",
    ],
    status: i % 3 === 0 ? "raggiunto" : "non_rilevato",
  }));
  rows[40].cells[1] = `riga041 ${"testo molto lungo ".repeat(400)}`;
  return {
    lang: "it",
    meta: { title: "Prova", author: "Cruscotto Performance", subject: "s", keywords: "k", language: "it-IT", runDate },
    footerText: "Prova",
    pageTemplate: "Pagina {n} di {N}",
    sections: [
      {
        kind: "summary",
        newPage: false,
        outline: { title: "Prova" },
        blocks: [
          { kind: "heading", level: 1, text: "Tabella lunga" },
          {
            kind: "table",
            columns: [
              { header: "Colonna obiettivo", width: 2, align: "left" },
              { header: "Colonna indicatore", width: 5, align: "left" },
              { header: "Colonna stato", width: 2, align: "left" },
            ],
            rows,
            statusColumn: 2,
            mergeRepeated: [0],
          },
        ],
      },
    ],
  };
}

describe("the pdfkit renderer", () => {
  let pages: string[];
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await renderPdf(longTableDoc("2023-03-31"), fonts);
    const file = path.join(dir, "long.pdf");
    writeFileSync(file, bytes);
    pages = pdfPages(file);
  });

  test("a long table flows over pages with its header repeated and every row printed once", () => {
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages.slice(1))
      expect(page.startsWith("Colonna obiettivo Colonna indicatore Colonna stato")).toBe(true);
    const text = pages.join(" ");
    for (let i = 1; i <= 150; i++) {
      const id = `riga${String(i).padStart(3, "0")}`;
      expect(text.split(id).length - 1).toBe(1);
    }
  });

  test("an objective spanning rows is printed once, and again at the top of a page it continues on", () => {
    for (let o = 1; o <= 15; o++) {
      const onPages = pages.map((p) => p.split(new RegExp(`Obiettivo ${o}(?!\\d)`)).length - 1);
      expect(onPages.every((n) => n <= 1)).toBe(true);
      expect(onPages.reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(1);
    }
  });

  test("an enormous cell is cut to one page instead of breaking the layout", () => {
    const page = pages.find((p) => p.includes("riga041"));
    expect(page).toBeDefined();
    expect(page?.includes("riga042")).toBe(false);
    expect((page ?? "").split("testo molto lungo").length - 1).toBeLessThan(400);
  });

  test("the same model gives the same bytes; another run date changes the dates inside", async () => {
    const again = await renderPdf(longTableDoc("2023-03-31"), fonts);
    expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
    const later = await renderPdf(longTableDoc("2024-01-15"), fonts);
    const file = path.join(dir, "later.pdf");
    writeFileSync(file, later);
    expect(pdfInfo(file).CreationDate).toContain("2024");
  });
});

describe("the chart and characters the font lacks", () => {
  test("a chart taller than a page flows on, every bar labelled once; debris characters print as code points", async () => {
    const bars = Array.from({ length: 70 }, (_, i) => ({
      label: `Unità ${String(i + 1).padStart(2, "0")}`,
      value: i % 7 === 0 ? null : (i % 10) / 10 + 0.05,
      valueText: i % 7 === 0 ? "—" : `${i}x`,
      status: (i % 7 === 0 ? "non_rilevato" : "raggiunto") as "non_rilevato" | "raggiunto",
      statusText: i % 7 === 0 ? "Non rilevato" : "Raggiunto",
    }));
    const model = longTableDoc("2023-03-31");
    model.sections[0].blocks = [
      { kind: "paragraph", text: "Target illeggibile «м» e «স» nella cella D7" },
      {
        kind: "barChart",
        altText: "grafico",
        bars,
        max: 1,
        thresholds: [
          { value: 0.7, label: "70%" },
          { value: 0.9, label: "90%" },
        ],
        axisLabels: ["0%", "100%"],
      },
    ];
    const file = path.join(dir, "chart.pdf");
    writeFileSync(file, await renderPdf(model, fonts));
    const chartPages = pdfPages(file);
    expect(chartPages.length).toBeGreaterThan(1);
    const text = chartPages.join(" ");
    for (const bar of bars) expect(text.split(`${bar.label} `).length - 1).toBe(1);
    // The band edges are named at the top of the chart on every page it runs over.
    for (const page of chartPages) expect(page).toMatch(/70% 90%/);
    expect(chartPages[0]).toContain("Target illeggibile «[U+043C]» e «[U+09B8]» nella cella D7");
  });
});

describe("the renderer can run in the browser", () => {
  test("no module of the document model or of the renderer (fonts loader aside) imports Node's file system", () => {
    const files = [
      ...readdirSync(path.join(REPO, "src", "core", "document")).map((f) => path.join("src", "core", "document", f)),
      ...readdirSync(path.join(REPO, "src", "render", "pdf"))
        .filter((f) => f !== "nodeFonts.ts")
        .map((f) => path.join("src", "render", "pdf", f)),
    ];
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const source = readFileSync(path.join(REPO, file), "utf8");
      expect({ file, node: /from "(node:)?(fs|path|os|child_process)"/.test(source) }).toEqual({ file, node: false });
      if (file.includes(path.join("core", "document")))
        expect({ file, pdfkit: source.includes('"pdfkit"') }).toEqual({ file, pdfkit: false });
    }
  });
});

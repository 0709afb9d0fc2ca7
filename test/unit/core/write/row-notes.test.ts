/** What the Note column carries for a row, from the row's diagnostics. */
import { RowNotes } from "../../../../src/core/write/notes";
import type { Diagnostic } from "../../../../src/core/diagnostics/types";
import type { Polarity } from "../../../../src/core/targets/types";
import type { CellValue, Grid, WorkbookGrid } from "../../../../src/core/grid/types";
import { runPipeline } from "../../../../src/core/pipeline";
import { planParts } from "../../../../src/core/write/steps";
import { WRITE_TEXTS } from "../../../../src/core/write/labels";
import { SETTINGS_SHEET_NAME } from "../../../../src/core/settings/types";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const polarity = (cell: string, basis: "percent" | "indicator", direction: Polarity): Diagnostic => ({
  severity: "info",
  code: "TARGET_POLARITY_INFERRED",
  sheet: "S. Staff",
  cell,
  params: { raw: "5", polarity: { kind: "polarity", polarity: direction }, basis: { kind: "inferenceBasis", basis } },
});

describe("the Note column", () => {
  test("leaves out a percentage read as higher-is-better, keeps a polarity read from the indicator's words", () => {
    const notes = new RowNotes(
      [
        polarity("C4", "percent", "higher"),
        polarity("C5", "indicator", "lower"),
        {
          severity: "warning",
          code: "ACTUAL_UNREADABLE",
          sheet: "S. Staff",
          cell: "I4",
          params: {
            raw: "da verificare",
            reason: { kind: "unreadable", reason: { code: "unrecognised_text", text: "da verificare" } },
          },
        },
      ],
      "it",
    );
    expect(notes.note("S. Staff", 3)).toBe(
      "Il consuntivo «da verificare» non è leggibile (testo non riconosciuto «da verificare»). Scrivere un numero, una percentuale, una data, «sì»/«no» o un livello.",
    );
    expect(notes.note("S. Staff", 4)).toContain("minore è meglio");
    expect(notes.note("S. Staff", 5)).toBeNull();
  });

  test("writes a repeated message once and in English on request", () => {
    const d: Diagnostic = {
      severity: "warning",
      code: "TARGET_MISSING",
      sheet: "X",
      cell: "C9",
      params: { cell: "C9" },
    };
    expect(new RowNotes([d, d], "en").note("X", 8)).toBe(
      "The row has a weight but no target. Enter the target in cell C9.",
    );
  });
});

describe("«Note: solo avvisi» in the settings sheet", () => {
  /** A unit whose row 4 has only an information (polarity read from «giorni»), row 5 a warning (actual unreadable). */
  const unitSheet = (): Grid =>
    gridFromRows("Servizio Staff", [
      ["SERVIZIO STAFF"],
      ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Consuntivo"],
      ["Tempestività", "Tempo medio di risposta in giorni", "5", "50%", 4],
      ["Qualità", "Pratiche evase", "≥ 80%", "50%", "da verificare"],
    ]);
  const settingsSheet = (value: string): Grid =>
    gridFromRows(SETTINGS_SHEET_NAME, [
      ["Impostazione", "Valore"],
      ["Anno di valutazione", 2022],
      ["Note: solo avvisi", value],
    ]);
  /** The Note cells the run writes on the unit's sheet, by 1-based row. */
  function notes(wb: WorkbookGrid): Map<number, CellValue> {
    const run = runPipeline(wb);
    const cells = planParts(run.writePlan).cells.filter((c) => c.sheet === "Servizio Staff");
    const header = cells.find((c) => c.value === WRITE_TEXTS.it.note);
    expect(header).toBeDefined();
    return new Map(
      cells.filter((c) => c.col === header?.col && c.row > (header?.row ?? 0)).map((c) => [c.row + 1, c.value]),
    );
  }

  test("by default the Note carries the information and the warning", () => {
    const written = notes(workbook([unitSheet()]));
    expect(String(written.get(3))).toContain("minore è meglio");
    expect(String(written.get(4))).toContain("da verificare");
  });

  test("«sì»: the information leaves the Note, the warning stays; «no» is the default", () => {
    const only = notes(workbook([unitSheet(), settingsSheet("sì")]));
    expect(only.get(3) ?? null).toBeNull();
    expect(String(only.get(4))).toContain("da verificare");
    expect(notes(workbook([unitSheet(), settingsSheet("no")]))).toEqual(notes(workbook([unitSheet()])));
  });

  test("the information is still in the diagnostics (report, Riepilogo counts)", () => {
    const run = runPipeline(workbook([unitSheet(), settingsSheet("sì")]));
    expect(run.diagnostics.some((d) => d.code === "TARGET_POLARITY_INFERRED" && d.cell === "C3")).toBe(true);
  });
});

/**
 * What a unit table tells about relative targets and other bodies' readings: which column holds the
 * baseline (Baseline, Valore di partenza …, or last year's Consuntivo), and the diagnostics on a target
 * not set and on a deliverable.
 */
import { recognise } from "../../../../src/core/layout";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";
import type { CellValue } from "../../../../src/core/grid/types";
import type { Plan } from "../../../../src/core/model/types";
import { formatMessage } from "../../../../src/i18n/messages";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const S = DEFAULT_SETTINGS; // evaluation year 2022

function unitTable(header: CellValue[], row: CellValue[]): Plan {
  return recognise(workbook([gridFromRows("Unità", [["SERVIZIO PROVA"], header, row])]), S);
}

describe("the baseline column", () => {
  it.each([
    "Baseline",
    "Valore di partenza",
    "Valore base",
    "Valore iniziale",
    "Valore anno precedente",
    "BASELINE 2021",
  ])("a header «%s»", (header) => {
    const p = unitTable(
      ["Obiettivo", "Indicatore", "Target", "Peso", header, "Consuntivo"],
      ["Ob", "Pratiche", "Incremento del 10% rispetto al 2021", "100%", 1200, 1254],
    );
    expect(p.tables[0].columns).toMatchObject({ target: 2, weight: 3, baseline: 4, actual: 5 });
    expect(p.indicators[0].baseline).toEqual({
      col: 4,
      raw: 1200,
      numberFormat: "General",
      value: { kind: "number", raw: 1200, value: 1200, percent: false },
    });
  });

  it("Consuntivo of the year before the evaluation year is the baseline; this year's stays the actual", () => {
    const p = unitTable(
      ["Obiettivo", "Indicatore", "Target", "Peso", "Consuntivo 2021", "Consuntivo 2022"],
      ["Ob", "Pratiche", "+10% rispetto al 2021", "100%", 1200, 1254],
    );
    expect(p.tables[0].columns).toMatchObject({ baseline: 4, actual: 5 });
    expect(p.indicators[0].actual.raw).toBe(1254);
    expect(p.indicators[0].baseline?.raw).toBe(1200);
  });

  it("a Baseline column wins over last year's Consuntivo", () => {
    const p = unitTable(
      ["Indicatore", "Target", "Peso", "Consuntivo 2021", "Valore di partenza", "Consuntivo 2022"],
      ["Pratiche", "+10% rispetto al 2021", "100%", 1100, 1200, 1254],
    );
    expect(p.tables[0].columns).toMatchObject({ baseline: 4, actual: 5 });
  });

  it("other years' Consuntivo columns are not a baseline, and a table without any has none", () => {
    const older = unitTable(
      ["Indicatore", "Target", "Peso", "Consuntivo 2020", "Consuntivo 2022"],
      ["Pratiche", "≥ 5", "100%", 3, 6],
    );
    expect(older.tables[0].columns.baseline).toBeUndefined();
    expect(older.indicators[0].baseline).toBeUndefined();
  });
});

describe("diagnostics of other bodies' targets, at the target cell", () => {
  const p = recognise(
    workbook([
      gridFromRows("Unità", [
        ["SERVIZIO PROVA"],
        ["Obiettivo", "Indicatore", "Target", "Peso"],
        ["Ob", "Ind a", "n.d.", "50%"],
        ["Ob", "Ind b", "-", null],
        ["Ob", "Ind c", "Redazione delle Linee guida", "50%"],
        ["Ob", "Ind d", "Kpi non definito", "0%"],
      ]),
    ]),
    S,
  );
  const codes = (code: string) => p.diagnostics.filter((d) => d.code === code);

  it("TARGET_NOT_SET: a warning on a weighted row only", () => {
    expect(codes("TARGET_NOT_SET").map((d) => [d.severity, d.cell, d.params.raw])).toEqual([["warning", "C3", "n.d."]]);
    expect(formatMessage("TARGET_NOT_SET", { cell: "C3", ...codes("TARGET_NOT_SET")[0].params }, "it")).toBe(
      "Il target «n.d.» dice che per questo periodo non è stato fissato: la riga ha un peso ma non viene valutata. Inserire il target nella cella C3 o togliere il peso.",
    );
    expect(p.indicators.map((r) => r.target.value?.kind)).toEqual(["not_set", "not_set", "boolean", "not_set"]);
    expect(codes("TARGET_UNREADABLE")).toEqual([]);
  });

  it("TARGET_DELIVERABLE: info, saying how the row will be read", () => {
    expect(codes("TARGET_DELIVERABLE").map((d) => [d.severity, d.cell, d.params.raw])).toEqual([
      ["info", "C5", "Redazione delle Linee guida"],
    ]);
    expect(formatMessage("TARGET_DELIVERABLE", codes("TARGET_DELIVERABLE")[0].params, "en")).toContain(
      "Target «Redazione delle Linee guida» is read as something to deliver",
    );
  });
});

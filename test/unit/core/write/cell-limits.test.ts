/**
 * Excel refuses a cell text over 32,767 characters. A Note quoting a person's very long target is cut with
 * "…" in the sheet, and the JSON report keeps the whole message.
 */
import { runPipeline } from "../../../../src/core/pipeline";
import { cellsOf } from "../../../../src/core/write/steps";
import { fitCellText, MAX_CELL_TEXT } from "../../../../src/core/write/cellLimits";
import { grid, UNIT_HEADER } from "../../../helpers/write-fixtures";

describe("cell texts within Excel's limit", () => {
  test("a Note quoting a 32,700-character target is cut to 32,767 characters ending in …", () => {
    const target = "м" + "x".repeat(32_700);
    const sheet = grid("Servizio Staff", [
      ["SERVIZIO STAFF"],
      [...UNIT_HEADER],
      ["Trasparenza", "Pubblicazione dati", target, "100%", "Segreteria Generale", "X", "X"],
    ]);
    const run = runPipeline({ sheets: [sheet], names: [] });
    const texts = cellsOf(run.writePlan).flatMap((c) => (typeof c.value === "string" ? [c.value] : []));
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(MAX_CELL_TEXT);
    const note = texts.find((t) => t.length === MAX_CELL_TEXT);
    expect(note?.endsWith("…")).toBe(true);
    const whole = run.report.diagnostics.find((d) => d.code === "TARGET_UNREADABLE");
    expect(whole?.message.length).toBeGreaterThan(MAX_CELL_TEXT);
  });

  test("a text at the limit is kept whole; one character more is cut", () => {
    const atLimit = "a".repeat(MAX_CELL_TEXT);
    expect(fitCellText(atLimit)).toBe(atLimit);
    const over = fitCellText(atLimit + "b");
    expect(over).toHaveLength(MAX_CELL_TEXT);
    expect(over.endsWith("…")).toBe(true);
  });
});

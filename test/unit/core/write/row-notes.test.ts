/** What the Note column carries for a row, from the row's diagnostics. */
import { RowNotes } from "../../../../src/core/write/notes";
import type { Diagnostic } from "../../../../src/core/diagnostics/types";
import type { Polarity } from "../../../../src/core/targets/types";

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

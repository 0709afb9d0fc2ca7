/**
 * The add-in's own columns are recognised by their headers: every header it has ever written, not only
 * today's, so that renaming one (the glossary's words) keeps the columns of workbooks scored before as the
 * add-in's — cleared and rewritten, not read as a person's data.
 */
import { isOwnedRange, readOwnership } from "../../../../src/core/layout/owned";
import { WRITE_TEXTS, WRITTEN_HEADERS, type OwnedColumn } from "../../../../src/core/write/labels";
import type { CellValue } from "../../../../src/core/grid/types";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const COLUMNS: OwnedColumn[] = ["raggiungimento", "stato", "note"];
const RECT = { top: 0, left: 0, bottom: 2, right: 2 };

const owned = (headers: CellValue[]): boolean =>
  isOwnedRange(gridFromRows("Servizio", [headers, [0.9, "Raggiunto", null], [null, "Non rilevato", "x"]]), RECT);

describe("headers of the add-in's columns", () => {
  test.each(["it", "en"] as const)("today's headers (%s) are among those ever written", (lang) => {
    for (const column of COLUMNS) expect(WRITTEN_HEADERS[column]).toContain(WRITE_TEXTS[lang][column]);
  });

  test.each([
    ["Raggiungimento", "Stato", "Note"],
    ["Achievement", "Status", "Notes"],
    ["Raggiungimento 2022", "Stato 2022", "Note"],
    ["Achievement 2023", "Status 2023", "Notes"],
    ["  raggiungimento ", "STATO", "note"],
  ])("%s | %s | %s: the add-in's", (...headers) => {
    expect(owned(headers)).toBe(true);
  });

  test.each([
    ["Punteggio", "Stato", "Note"],
    ["Raggiungimento", "Stato", "Note del responsabile"],
    ["Raggiungimento 22", "Stato", "Note"],
  ])("%s | %s | %s: a person's", (...headers) => {
    expect(owned(headers)).toBe(false);
  });

  test("a header renamed today: a workbook written with the old one is still the add-in's", () => {
    const today = { ...WRITE_TEXTS.it };
    try {
      // As if the glossary's term changed: the written header follows it, the old one must still count.
      WRITE_TEXTS.it.raggiungimento = "Grado";
      WRITE_TEXTS.en.raggiungimento = "Grade";
      const wb = workbook(
        [
          gridFromRows("Servizio", [
            ["Raggiungimento", "Stato", "Note"],
            [0.9, "Raggiunto", null],
          ]),
        ],
        [{ name: "CP_OWN_1", sheet: "Servizio", range: "$A$1:$C$2" }],
      );
      const ownership = readOwnership(wb);
      expect(ownership.ranges.map((r) => r.name)).toEqual(["CP_OWN_1"]);
      expect(ownership.foreign).toEqual([]);
      expect(owned(["Grado", "Stato", "Note"])).toBe(true);
    } finally {
      WRITE_TEXTS.it.raggiungimento = today.raggiungimento;
      WRITE_TEXTS.en.raggiungimento = "Achievement";
    }
    expect(owned(["Grado", "Stato", "Note"])).toBe(false);
  });
});

/**
 * «Nome dell'Ente» in the settings sheet: the print header of every sheet written names it, over a name
 * found in a title cell; empty, the title's name (or the neutral «Ente») stays.
 */
import type { CellValue, Grid } from "../../../../src/core/grid/types";
import { enteNameOf } from "../../../../src/core/document";
import { runPipeline } from "../../../../src/core/pipeline";
import { planParts } from "../../../../src/core/write/steps";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const UNIT = (title: string | null): Grid =>
  gridFromRows("S. Staff", [
    [title],
    ["SERVIZIO STAFF"],
    ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Consuntivo"],
    ["Ob A", "Pratiche evase", "≥ 80%", "100%", "90%"],
  ]);

const settings = (rows: CellValue[][]): Grid =>
  gridFromRows("Impostazioni Cruscotto", [["Impostazione", "Valore"], ...rows]);

function headerLefts(sheets: Grid[]): string[] {
  const { pageSetups } = planParts(runPipeline(workbook(sheets)).writePlan);
  return [...new Set(pageSetups.map((p) => p.header.left))];
}

describe("the Ente's name in the print header", () => {
  test("the setting wins over the title cell, escaped for Excel's header codes", () => {
    const lefts = headerLefts([
      UNIT("Piano della Performance 2022 - Camera di Commercio di Altrove"),
      settings([["Nome dell'Ente", "CCIAA Prova & Tirreno"]]),
    ]);
    expect(lefts).toEqual(["CCIAA Prova && Tirreno"]);
  });

  test("an empty setting leaves the title's name", () => {
    const lefts = headerLefts([
      UNIT("Piano della Performance 2022 - Camera di Commercio di Altrove"),
      settings([["Nome dell'Ente", null]]),
    ]);
    expect(lefts).toEqual(["Camera di Commercio di Altrove"]);
  });

  test("neither: the neutral «Ente»", () => {
    expect(headerLefts([UNIT(null)])).toEqual(["Ente"]);
  });
});

describe("enteNameOf", () => {
  const wb = workbook([UNIT("Comune di Esempio (Settore Personale)")]);
  test.each([
    ["Camera di Commercio di Prova", "Camera di Commercio di Prova"],
    ["  Camera di Commercio di Prova ", "Camera di Commercio di Prova"],
    ["", "Comune di Esempio"],
    ["   ", "Comune di Esempio"],
  ])("setting %j gives %j", (setting, expected) => {
    expect(enteNameOf(wb, setting)).toBe(expected);
  });
});

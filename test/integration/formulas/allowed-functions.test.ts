/**
 * The formulas the add-in writes call only functions that Excel 2016 and LibreOffice both have
 * (test/helpers/formulaFunctions.ts says which and why), in the write plan and in the file the exceljs
 * host writes; and with «Calcolo nel foglio» at its default (formule) every sheet the run annotates — each
 * unit sheet, the cruscotto — and the Riepilogo hold formulas. Walks the example, the fixtures, the
 * every-kind fixture and one foreign file of each kind.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { planParts } from "../../../src/core/write/steps";
import { disallowedFunctions } from "../../helpers/formulaFunctions";
import { formulaOf, readXlsx } from "../../helpers/libreofficeRecalc";
import { formulaCases, riepilogoSheet, scoreToFile } from "../../helpers/liveFormulas";
import { a1 } from "../../../src/core/grid/address";

/** Every formula of a workbook, keyed "Sheet!A1". */
function formulas(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const f = formulaOf(cell);
        if (f !== null) out.set(`${ws.name}!${a1(r - 1, c - 1)}`, f);
      }),
    ),
  );
  return out;
}

describe("the functions of the written formulas", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-functions-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let cases: [string, string][] = [];
  beforeAll(async () => {
    cases = await formulaCases(dir);
  });

  test("are all in Excel 2016 and LibreOffice, and every annotated sheet has formulas", async () => {
    const problems: string[] = [];
    for (const [label, input] of cases) {
      const out = path.join(dir, `${label.replace(/[^a-z0-9]+/gi, "-")}-valutato.xlsx`);
      const run = await scoreToFile(input, out);
      if (run.settings.calculation !== "formule") problems.push(`${label}: calculation is ${run.settings.calculation}`);

      const planned = planParts(run.writePlan).cells.filter((c) => c.formula !== undefined);
      for (const c of planned) {
        const formula = c.formula as string;
        const where = `${label}: plan ${c.sheet}!${a1(c.row, c.col)}`;
        if (formula.startsWith("=")) problems.push(`${where}: formula starts with "=": ${formula}`);
        const bad = disallowedFunctions(formula);
        if (bad.length > 0) problems.push(`${where}: ${bad.join(", ")} in ${formula}`);
      }

      // Only what the run added: a person's own formulas in the input are theirs to choose.
      const before = formulas(await readXlsx(input));
      const written = formulas(await readXlsx(out));
      const added = [...written].filter(([k, f]) => before.get(k) !== f);
      for (const [k, f] of added) {
        const bad = disallowedFunctions(f);
        if (bad.length > 0) problems.push(`${label}: file ${k}: ${bad.join(", ")} in ${f}`);
      }

      const annotated = new Set(run.plan.indicators.map((i) => i.sheet));
      const summary = riepilogoSheet(await readXlsx(out), run.plan.year)?.name;
      if (summary) annotated.add(summary);
      for (const sheet of annotated) {
        if (!added.some(([k]) => k.startsWith(`${sheet}!`))) problems.push(`${label}: no formula on ${sheet}`);
        if (!planned.some((c) => c.sheet === sheet)) problems.push(`${label}: no formula planned on ${sheet}`);
      }
    }
    const shown = problems.length > 80 ? [...problems.slice(0, 80), `… and ${problems.length - 80} more`] : problems;
    expect(shown).toEqual([]);
  });
});

/**
 * «Da completare»: the worklist built from a pipeline run — on a small workbook whose every row is known,
 * and on the example, where it must agree with the statuses the scorecard gives.
 */
import * as path from "node:path";
import { runPipeline, type RunResult } from "../../../src/core/pipeline";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { buildWorklist, type WorkItem } from "../../../src/taskpane/model/worklist";
import { gridFromRows, workbook } from "../../helpers/grid-builder";

const HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Consuntivo"];

/** Two units; rows 3.. are Excel's rows (the header is row 2). */
function smallRun(): RunResult {
  return runPipeline(
    workbook([
      gridFromRows("S. Staff", [
        ["SERVIZIO STAFF"],
        HEADER,
        ["Digitalizzare", "Pratiche evase", "≥ 80%", "40%", "85%"], // 3: raggiunto
        [null, "Tempi medi", "<= 30 gg", "30%", null], // 4: non rilevato
        [null, "Carta dei servizi", "м", "20%", "sì"], // 5: non valutabile, target unreadable
        [null, "Soddisfazione", "≥ 90%", "10%", "50%"], // 6: non raggiunto
        [null, "Customer", "Anno di rilevazione", null, "80%"], // 7: baseline, nothing to do
        [null, "Relazione", "31/12/2022", null, "boh"], // 8: non valutabile, actual unreadable
        [null, "Nuovo servizio", null, null, null], // 9: non valutabile, no target
      ]),
      gridFromRows("S. Legale", [["UFFICIO LEGALE"], HEADER, ["Contenzioso", "Pareri resi", "≥ 10", "100%", null]]),
    ]),
    { writes: false },
  );
}

const brief = (i: WorkItem): [string, string | null, string] => [
  i.kind,
  i.cell,
  i.reason.kind === "diagnostic" ? i.reason.diagnostic.code : i.reason.kind,
];

describe("worklist on a small workbook", () => {
  const run = smallRun();
  const list = buildWorklist(run.plan, run.scorecard, run.diagnostics);

  test("units in workbook order, with their counts", () => {
    expect(list.toComplete.map((g) => [g.name, g.sheet, g.counts.missing, g.counts.unscorable])).toEqual([
      ["SERVIZIO STAFF", "S. Staff", 1, 3],
      ["UFFICIO LEGALE", "S. Legale", 1, 0],
    ]);
    expect(list.totals).toEqual({ missing: 2, unscorable: 3, notAchieved: 1 });
  });

  test("Non rilevato points at the Consuntivo cell to fill", () => {
    expect(list.toComplete[0].items.filter((i) => i.kind === "missing").map(brief)).toEqual([
      ["missing", "E4", "actual"],
    ]);
    expect(list.toComplete[1].items.map(brief)).toEqual([["missing", "E3", "actual"]]);
  });

  test("Non valutabile points at the cell its diagnostic names, else at the empty target", () => {
    expect(list.toComplete[0].items.filter((i) => i.kind === "unscorable").map(brief)).toEqual([
      ["unscorable", "C5", "TARGET_UNREADABLE"],
      ["unscorable", "E8", "ACTUAL_UNREADABLE"],
      ["unscorable", "C9", "target"],
    ]);
  });

  test("a baseline year is left out (nothing to do) and counted apart", () => {
    expect(list.baselines).toBe(1);
    expect(list.toComplete.flatMap((g) => g.items).map((i) => i.key)).not.toContain("S. Staff!7");
  });

  test("Non raggiunto is listed apart, at its Consuntivo", () => {
    expect(list.notAchieved.map((g) => [g.name, g.counts.notAchieved])).toEqual([["SERVIZIO STAFF", 1]]);
    expect(list.notAchieved[0].items.map(brief)).toEqual([["notAchieved", "E6", "actual"]]);
    expect(list.notAchieved[0].items[0].indicator).toBe("Soddisfazione");
    expect(list.notAchieved[0].items[0].objective).toBe("Digitalizzare");
  });

  test("missing items come before unscorable ones within a unit", () => {
    expect(list.toComplete[0].items.map((i) => i.kind)).toEqual(["missing", "unscorable", "unscorable", "unscorable"]);
  });
});

describe("worklist on the example", () => {
  let run: RunResult;
  beforeAll(async () => {
    const grid = readWorkbookGrid(
      await loadXlsx(path.join(__dirname, "../../../examples/piano-performance-2022.xlsx")),
    );
    run = runPipeline(grid, { writes: false });
  });

  test("every Non rilevato, Non valutabile (but baselines) and Non raggiunto indicator is listed once, under its unit", () => {
    const list = buildWorklist(run.plan, run.scorecard, run.diagnostics);
    const expected = new Map<string, string>();
    run.plan.indicators.forEach((row, i) => {
      const status = run.scorecard.indicators[i].status;
      if (status === "non_valutabile" && row.target.value?.kind === "baseline") return;
      const kind = { non_rilevato: "missing", non_valutabile: "unscorable", non_raggiunto: "notAchieved" }[
        status as string
      ];
      const unit = run.plan.units.find((u) => u.id === row.unitId);
      if (kind) expected.set(row.key, `${kind}|${unit ? unit.name : row.sheet}`);
    });
    const listed = new Map<string, string>();
    for (const g of [...list.toComplete, ...list.notAchieved])
      for (const item of g.items) {
        expect(listed.has(item.key)).toBe(false);
        listed.set(item.key, `${item.kind}|${g.name}`);
      }
    expect(listed).toEqual(expected);
    expect(expected.size).toBeGreaterThan(20);
  });

  test("each group's counts are its items'; every item has a cell on its own row", () => {
    const list = buildWorklist(run.plan, run.scorecard, run.diagnostics);
    for (const g of [...list.toComplete, ...list.notAchieved]) {
      for (const kind of ["missing", "unscorable", "notAchieved"] as const)
        expect(g.counts[kind]).toBe(g.items.filter((i) => i.kind === kind).length);
      for (const item of g.items) {
        const row = run.plan.indicators.find((r) => r.key === item.key);
        expect(item.cell).toMatch(new RegExp(`^[A-Z]+${(row?.row ?? -2) + 1}$`));
      }
    }
  });
});

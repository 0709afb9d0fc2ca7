/**
 * The Dirigente's scheda in the pane (model/scheda.ts): its rows from a pipeline run, the previous monitoring
 * point and the change (on the monitoring fixture, whose figures are worked out by hand), «le mie unità»
 * by the Owner / Responsabile text, the name remembered where storage allows; «Calcola»'s choices through
 * the year (model/runChoices.ts); the scheda alone as a PDF document.
 */
import { runPipeline, type RunResult } from "../../../src/core/pipeline";
import type { WorkbookGrid } from "../../../src/core/grid/types";
import { buildSchedaDocument } from "../../../src/core/document";
import type { FactsBlock } from "../../../src/core/document/types";
import { changeText } from "../../../src/core/monitoring/trend";
import { parseRange } from "../../../src/core/grid/address";
import { readWorkbookGrid } from "../../../src/hosts/xlsx";
import {
  buildScheda,
  OWNER_KEY,
  ownerMatches,
  rememberedOwner,
  rememberOwner,
  unitsOwnedBy,
} from "../../../src/taskpane/model/scheda";
import { initialChoices, runChoicesOf } from "../../../src/taskpane/model/runChoices";
import { readTypedDate, todayIso } from "../../../src/taskpane/model/dates";
import type { KeyValueStore } from "../../../src/taskpane/model/guide";
import { gridFromRows, workbook } from "../../helpers/grid-builder";
import { applyToGrids } from "../../helpers/write-fixtures";
import { BY_HAND, DECEMBER_ACTUALS, monitoringPlan } from "../../fixtures/monitoring-plan";

const HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Consuntivo", "Motivazione", "Owner"];

/** Two units on one sheet (rows are Excel's: the first heading is row 1), owners as officers type them. */
function ownedRun(): RunResult {
  return runPipeline(
    workbook([
      gridFromRows("Servizi", [
        ["SERVIZIO REGOLAZIONE MERCATO"],
        HEADER,
        ["Vigilanza", "Ispezioni svolte", "≥ 80%", "60%", "85%", null, "Bartoli/DIR AIII/SG"], // 3
        [null, "Tempi medi di sanzione (giorni)", "<= 30 gg", "40%", 60, "Organico ridotto", "Trasversale"], // 4
        [],
        ["SERVIZI ANAGRAFICI CERTIFICATIVI"],
        HEADER,
        ["Registro", "Pratiche evase", "≥ 90%", "100%", null, null, "Di Carlo"], // 8
      ]),
    ]),
    { writes: false, runDate: "2022-12-31" },
  );
}

describe("the scheda of a unit", () => {
  const run = ownedRun();
  const scheda = buildScheda(run, "SERVIZIO REGOLAZIONE MERCATO", "it");

  test("one row per indicator of the unit, as the report gives them, each with its Consuntivo cell", () => {
    expect(scheda).not.toBeNull();
    if (!scheda) return;
    const reported = run.report.indicators.filter((i) => i.unit === scheda.name);
    expect(scheda.rows.map((r) => [r.sheet, r.row, r.indicator, r.achievement, r.status, r.justification])).toEqual(
      reported.map((i) => [i.sheet, i.row, i.indicator, i.achievement, i.status, i.justification]),
    );
    expect(scheda.rows.map((r) => [r.cell, r.objective, r.target, r.actual, r.weight])).toEqual([
      ["E3", "Vigilanza", "≥ 80%", { kind: "typed", text: "85%" }, 0.6],
      ["E4", "Vigilanza", "<= 30 gg", { kind: "typed", text: "60" }, 0.4],
    ]);
    // 85 % of 80 % is capped at 1; 30 days against 60 is 0.5, Non raggiunto, with its motivazione.
    expect(scheda.rows.map((r) => [r.achievement, r.status])).toEqual([
      [1, "raggiunto"],
      [0.5, "non_raggiunto"],
    ]);
    expect(scheda.rows[1].justification).toBe("Organico ridotto");
    const unit = run.report.units.find((u) => u.name === scheda.name);
    expect([scheda.score, scheda.coverage, scheda.status]).toEqual([unit?.score, unit?.coverage, unit?.status]);
    expect(scheda.score).toBeCloseTo(0.6 * 1 + 0.4 * 0.5, 12);
  });

  test("an empty Consuntivo shows as none; without a monitoring point there is no previous score nor change", () => {
    const other = buildScheda(run, "SERVIZI ANAGRAFICI CERTIFICATIVI", "it");
    expect(other?.rows.map((r) => [r.cell, r.actual, r.status])).toEqual([["E8", null, "non_rilevato"]]);
    expect(other?.previous).toBeNull();
    expect(other?.change).toBeNull();
    expect(other?.rows[0].change).toBeNull();
    expect(buildScheda(run, "NESSUNA UNITÀ", "it")).toBeNull();
  });
});

describe("«le mie unità»: the Owner / Responsabile text names the person", () => {
  test.each<[string | null, string, boolean]>([
    ["Bartoli/DIR AIII/SG", "Bartoli", true],
    ["Bartoli/DIR AIII/SG", "bartoli", true],
    ["Bartoli/DIR AIII/SG", "DIR AIII", true],
    ["Bartoli/DIR AIII/SG", "Bart", false],
    ["Bartoli/DIR AIII/SG", "DIR AII", false],
    ["Di Carlo", "di  carlo", true],
    ["Di Carlo", "Carlo", true],
    ["Nicolò Rossi", "Nicolo", true],
    ["Nicolo Rossi", "NICOLÒ", true],
    ["Mancusi", "M", false],
    ["Mancusi", "  ", false],
    [null, "Mancusi", false],
  ])("%j names %j: %s", (owner, name, expected) => {
    expect(ownerMatches(owner, name)).toBe(expected);
  });

  test("units with at least one row owned, in plan order", () => {
    const { plan } = ownedRun();
    expect(unitsOwnedBy(plan, "bartoli").map((u) => u.name)).toEqual(["SERVIZIO REGOLAZIONE MERCATO"]);
    expect(unitsOwnedBy(plan, "Di Carlo").map((u) => u.name)).toEqual(["SERVIZI ANAGRAFICI CERTIFICATIVI"]);
    expect(unitsOwnedBy(plan, "Trasversale").map((u) => u.name)).toEqual(["SERVIZIO REGOLAZIONE MERCATO"]);
    expect(unitsOwnedBy(plan, "Rossi")).toEqual([]);
    expect(unitsOwnedBy(plan, "")).toEqual([]);
  });

  test("the name is remembered, and storage refused or absent costs nothing", () => {
    const kept = new Map<string, string>();
    const store: KeyValueStore = {
      getItem: (k) => kept.get(k) ?? null,
      setItem: (k, v) => void kept.set(k, v),
    };
    expect(rememberedOwner(store)).toBe("");
    expect(rememberOwner(store, "  Bartoli ")).toBe(true);
    expect(kept.get(OWNER_KEY)).toBe("Bartoli");
    expect(rememberedOwner(store)).toBe("Bartoli");
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
      setItem: () => {
        throw new DOMException("denied", "SecurityError");
      },
    };
    expect(rememberedOwner(refusing)).toBe("");
    expect(rememberOwner(refusing, "Bartoli")).toBe(false);
    expect(rememberedOwner(null)).toBe("");
    expect(rememberOwner(null, "Bartoli")).toBe(false);
  });
});

describe("the scheda through the year: the previous point and the change (figures by hand)", () => {
  const grid = readWorkbookGrid(monitoringPlan());
  const june = runPipeline(grid, {
    year: 2024,
    monitoring: { date: "2024-06-30", label: "Monitoraggio semestrale" },
  });
  const typed = withActuals(applyToGrids(grid, june.writePlan));
  const december = runPipeline(typed, { year: 2024, runDate: "2025-01-15", writes: false });
  const scheda = buildScheda(december, "SERVIZIO STAFF", "it");

  test("the unit's score at 30/06 and its change since, in percentage points", () => {
    expect(scheda?.previous).toEqual({
      date: "2024-06-30",
      label: "Monitoraggio semestrale",
      score: BY_HAND.june.unit,
    });
    expect(scheda?.score).toBeCloseTo(BY_HAND.december.unit, 12);
    expect(scheda?.change).toBeCloseTo((BY_HAND.december.unit - BY_HAND.june.unit) * 100, 9);
    expect(changeText(scheda?.change ?? null, "it")).toBe("▲ 16,7 pp");
    // The same figure as the report's previousScore.
    expect(december.report.units.find((u) => u.name === "SERVIZIO STAFF")?.previousScore).toBe(scheda?.previous?.score);
  });

  test("each indicator's achievement then and its change: 0,75 → 1 and 0,75 → 30/36", () => {
    expect(scheda?.rows.map((r) => r.indicator)).toEqual(["Pratiche evase", "Tempi medi di risposta (giorni)"]);
    expect(scheda?.rows[0].previousAchievement).toBeCloseTo(0.75, 12);
    expect(scheda?.rows[1].previousAchievement).toBeCloseTo(0.75, 12);
    expect(scheda?.rows[0].change).toBeCloseTo(25, 9);
    expect(scheda?.rows[1].change).toBeCloseTo((30 / 36 - 0.75) * 100, 9);
    expect(scheda?.rows.map((r) => changeText(r.change, "it"))).toEqual(["▲ 25,0 pp", "▲ 8,3 pp"]);
  });

  test("a run dated on or before the only point has nothing to compare with", () => {
    const same = runPipeline(typed, { year: 2024, runDate: "2024-06-30", writes: false });
    const s = buildScheda(same, "SERVIZIO STAFF", "it");
    expect(s?.previous).toBeNull();
    expect(s?.rows.every((r) => r.previousAchievement === null && r.change === null)).toBe(true);
  });

  test("the scheda as a PDF document of its own: the unit's figures with its score at 30/06 and the change", () => {
    const input = {
      plan: december.plan,
      scorecard: december.scorecard,
      report: december.report,
      settings: december.settings,
      enteName: null,
      runDate: "2025-01-15",
      unitId: "SERVIZIO STAFF",
      monitoring: december.monitoring,
      previous: december.monitoring.previous,
    };
    const doc = buildSchedaDocument(input);
    expect(doc?.sections).toHaveLength(1);
    const blocks = doc?.sections[0].blocks ?? [];
    expect(blocks.some((b) => b.kind === "heading" && b.text === "SERVIZIO STAFF")).toBe(true);
    const facts = blocks.find((b): b is FactsBlock => b.kind === "facts");
    expect(facts?.items).toEqual(
      expect.arrayContaining([
        { label: "Punteggio al 30/06/2024", value: "75,0%" },
        { label: "Variazione", value: "+16,7 pp" },
      ]),
    );
    const table = blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.filter((r) => r.kind === "row")).toHaveLength(2);
    expect(doc?.meta.title).toBe("Scheda obiettivi 2024 — SERVIZIO STAFF");
    expect(buildSchedaDocument({ ...input, unitId: "NESSUNA UNITÀ" })).toBeNull();
  });
});

/** The 31/12 actuals typed into the Consuntivo cells of a grid. */
function withActuals(wg: WorkbookGrid): WorkbookGrid {
  return {
    ...wg,
    sheets: wg.sheets.map((g) => {
      const typed = DECEMBER_ACTUALS.filter((a) => a.sheet === g.name);
      if (typed.length === 0) return g;
      const values = g.values.map((r) => [...r]);
      for (const a of typed) {
        const at = parseRange(a.cell);
        if (at) values[at.top][at.left] = a.value;
      }
      return { ...g, values };
    }),
  };
}

describe("«Calcola»'s choices through the year", () => {
  const now = new Date(2024, 6, 15, 10, 30);

  test("by default: the run dated today, no point recorded, no Neutralizzato column", () => {
    const form = initialChoices(now);
    expect(form).toEqual({ record: false, date: "15/07/2024", label: "", neutralisedColumn: false });
    expect(runChoicesOf(form, now)).toEqual({ ok: true, choices: { runDate: "2024-07-15" } });
    expect(todayIso(now)).toBe("2024-07-15");
  });

  test("«Registra come rilevazione al 30/06/2024» with a label, and the Neutralizzato column", () => {
    const form = { record: true, date: " 30/06/2024 ", label: " Monitoraggio semestrale ", neutralisedColumn: true };
    expect(runChoicesOf(form, now)).toEqual({
      ok: true,
      choices: {
        runDate: "2024-07-15",
        monitoring: { date: "2024-06-30", label: "Monitoraggio semestrale" },
        createNeutralisedColumn: true,
      },
    });
    expect(runChoicesOf({ ...form, label: "  ", neutralisedColumn: false }, now)).toEqual({
      ok: true,
      choices: { runDate: "2024-07-15", monitoring: { date: "2024-06-30", label: null } },
    });
  });

  test.each([
    ["31/12/2024", "2024-12-31"],
    ["1/7/2024", "2024-07-01"],
    ["30.06.2024", "2024-06-30"],
    ["2024-06-30", "2024-06-30"],
    ["31/02/2024", null],
    ["30 giugno", null],
    ["", null],
  ])("the date typed %j reads as %j", (typedDate, iso) => {
    expect(readTypedDate(typedDate)).toBe(iso);
    const asked = runChoicesOf({ record: true, date: typedDate, label: "", neutralisedColumn: false }, now);
    expect(asked.ok).toBe(iso !== null);
  });

  test("a date refused only matters when a point is asked for", () => {
    expect(runChoicesOf({ record: false, date: "31/02/2024", label: "", neutralisedColumn: false }, now).ok).toBe(true);
  });
});

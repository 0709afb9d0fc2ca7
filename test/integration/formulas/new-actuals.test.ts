/**
 * The actuals changer of the live-formula tests (changeActuals in test/helpers/liveFormulas.ts), on the
 * written example and the every-kind fixture: the same seed types the same actuals; the engine reads each
 * new actual as the kind it was meant to be (a % cell as a percentage, 85 as a plain number, a date cell as
 * a date, «boh» as unreadable); no other cell changes, formats included; and together the two workbooks
 * get every sort of actual the recalculation test promises.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import type { Actual } from "../../../src/core/targets/types";
import type { WorkbookGrid } from "../../../src/core/grid/types";
import { readWorkbookGrid } from "../../../src/hosts/xlsx";
import { buildEveryTargetKind } from "../../fixtures/every-target-kind";
import {
  EXAMPLE,
  changeActuals,
  engineOn,
  scoreToFile,
  seedOf,
  typeActualsLive,
  valueOnPurpose,
  type ActualChange,
  type NewActual,
} from "../../helpers/liveFormulas";

/** Why the engine's reading of a cell is not the actual the changer meant; null when it is. */
function misread(meant: NewActual, got: Actual | null): string | null {
  const say = (what: string): string => `meant ${what}, engine read ${JSON.stringify(got)}`;
  switch (meant.kind) {
    case "empty":
      return got === null ? null : say("empty");
    case "logical":
      return got?.kind === "boolean" && got.value === meant.value ? null : say(String(meant.value));
    case "number":
      return got?.kind === "number" && !got.percent && Math.abs(got.value - meant.value) < 1e-12
        ? null
        : say(`plain ${meant.value}`);
    case "percent":
      return got?.kind === "number" && got.percent && Math.abs(got.value - meant.value) < 1e-12
        ? null
        : say(`${meant.value} as %`);
    case "date":
      return got?.kind === "date" && got.dates.join() === meant.iso ? null : say(`date ${meant.iso}`);
    case "text": {
      if (meant.text === "boh") return got?.kind === "invalid" ? null : say("unreadable");
      if (meant.text === "n.d.") return got === null ? null : say("no actual yet");
      const yes = ["sì", "si", "x", "fatto", "realizzato"];
      const no = ["no", "in corso"];
      const t = meant.text.trim().toLowerCase();
      if (yes.includes(t)) return got?.kind === "boolean" && got.value ? null : say("yes");
      if (no.includes(t)) return got?.kind === "boolean" && !got.value ? null : say("no");
      const rank = ["basso", "medio-basso", "medio", "medio-alto", "alto"].indexOf(t.replace(/[\s–]+/g, "-")) + 1;
      return got?.kind === "level" && got.level === rank ? null : say(`level ${rank}`);
    }
  }
}

/** Every cell's value and format, keyed "Sheet!r,c" (0-based). */
function cellsOf(grid: WorkbookGrid): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of grid.sheets) {
    g.values.forEach((row, r) =>
      (row ?? []).forEach((v, c) => {
        if (v === null) return;
        out.set(`${g.name}!${r},${c}`, `${JSON.stringify(v)} ${g.formats[r]?.[c] ?? ""}`);
      }),
    );
  }
  return out;
}

describe("new actuals typed into a written workbook", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-actuals-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const all: ActualChange[] = [];

  test.each([
    ["the example", async (): Promise<string> => EXAMPLE],
    ["every target kind", (): Promise<string> => buildEveryTargetKind(path.join(dir, "ogni-tipo.xlsx"))],
  ])("%s: seeded, read by the engine as meant, nothing else touched", async (label, build) => {
    const written = path.join(dir, `${label.replace(/\W+/g, "-")}.xlsx`);
    await scoreToFile(await build(), written);

    const first = await engineOn(written);
    const before = cellsOf(readWorkbookGrid(first.wb));
    const { changes, unchanged } = changeActuals(first.wb, first.run, seedOf(label));
    const again = await engineOn(written);
    expect(changeActuals(again.wb, again.run, seedOf(label)).changes).toEqual(changes);
    expect(changes.length).toBeGreaterThan(first.run.plan.indicators.length / 2);
    expect(unchanged.every((u) => u.reason !== "")).toBe(true);

    const file = path.join(dir, `${label.replace(/\W+/g, "-")}-nuovi.xlsx`);
    await first.wb.xlsx.writeFile(file);
    const changed = await engineOn(file);
    const byKey = new Map(changed.run.plan.indicators.map((r) => [r.key, r]));
    const wrong = changes
      .map((c) => ({ c, why: misread(c.value, byKey.get(c.key)?.actual.value ?? null) }))
      .filter((x) => x.why !== null)
      .map((x) => `${x.c.cell} [${x.c.target}] ${x.c.after}: ${x.why}`);
    expect(wrong).toEqual([]);

    // Only the changed cells differ: exceljs shares styles between cells, a format set carelessly spreads.
    const after = cellsOf(readWorkbookGrid(changed.wb));
    const changedCells = new Set(
      changes.map((c) => {
        const row = first.run.plan.indicators.find((r) => r.key === c.key);
        return `${row?.sheet}!${row?.row},${row?.actual.col}`;
      }),
    );
    const elsewhere = [...new Set([...before.keys(), ...after.keys()])].filter(
      (k) => !changedCells.has(k) && before.get(k) !== after.get(k),
    );
    expect(elsewhere).toEqual([]);
    all.push(...changes);
  });

  test("the example's actuals typed as text, retyped as their Notes ask, are read the same and leave no row a value", async () => {
    const { wb, run } = await engineOn(EXAMPLE);
    const before = run.plan.indicators.filter((r) => valueOnPurpose(r) !== null);
    expect(before.length).toBeGreaterThan(5);
    const retyped = typeActualsLive(wb, run);
    expect(retyped.length).toBe(before.filter((r) => !r.derived && r.actual.col !== null).length);
    const file = path.join(dir, "esempio-come-da-nota.xlsx");
    await wb.xlsx.writeFile(file);
    const after = await engineOn(file);
    expect(after.run.plan.indicators.filter((r) => valueOnPurpose(r) !== null).map((r) => r.key)).toEqual([]);
    // A number, a percentage or a ratio keeps its value; several dates become the last one.
    const byKey = new Map(after.run.plan.indicators.map((r) => [r.key, r.actual.value]));
    for (const r of before) {
      const a = r.actual.value;
      const b = byKey.get(r.key);
      if (a?.kind === "number" || a?.kind === "ratio")
        expect([r.key, b?.kind === "number" && b.value]).toEqual([r.key, a.value]);
      if (a?.kind === "date") expect([r.key, b?.kind === "date" && b.dates]).toEqual([r.key, a.dates.slice(-1)]);
    }
  });

  test("between them, every sort of actual the recalculation test promises is typed", () => {
    const sorts = new Set(all.map((c) => `${c.targetKind}: ${c.label}`));
    const promised = [
      "comparison: % below target",
      "comparison: % above 100%",
      "comparison: percentage points below",
      "comparison: percentage points above",
      "comparison: above target",
      "comparison: below target",
      "comparison: below T<=0",
      "comparison: above T<=0",
      "comparison: empty",
      "comparison: unreadable text",
      "relative: above the relative threshold",
      "relative: below the relative threshold",
      "deadline: before every deadline",
      "deadline: after every deadline",
      "deadline: between the deadlines",
      "deadline: sì",
      "deadline: no",
      "qualitative: level",
      "qualitative: unreadable text",
      "boolean: yes",
      "boolean: no",
      "boolean: empty",
      "not_set: number, no scorable target",
      "baseline: number, no scorable target",
      "invalid: number, no scorable target",
      "comparison: n.d.",
      "comparison: exactly 1 (a fraction: 100%)",
      "comparison: TRUE against a number",
      "deadline: TRUE",
      "deadline: n.d.",
      "qualitative: level, en dash",
      "qualitative: level, space for the dash",
    ];
    expect(promised.filter((p) => !sorts.has(p))).toEqual([]);
  });
});

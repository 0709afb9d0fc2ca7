/**
 * The illustrative actuals cover what the brief asks for: every target kind, every status, every form
 * of actual, mostly achieved, about 10 % empty. The hand-computed statuses of the simple % rows are
 * re-checked here, so that a slip in a comment is caught.
 */
import { EXAMPLE_ACTUALS, type ExampleActual } from "../../../scripts/lib/example-actuals";
import {
  SHEET_OF_FILE,
  PLAN_FILES,
  classifyRows,
  roleOfFile,
  targetColumn,
  indicatorColumn,
} from "../../../scripts/lib/example-layout";
import { DEFAULT_PLAN_DIR, readTsv } from "../../../scripts/lib/plan-data";
import { STATUSES, type Status } from "../../../src/core/scoring/types";

interface Row {
  sheet: string;
  entry: ExampleActual;
  target: string;
  indicator: string;
}

const FILE_OF_SHEET = Object.fromEntries(Object.entries(SHEET_OF_FILE).map(([f, s]) => [s, f]));

function rows(): Row[] {
  const out: Row[] = [];
  for (const [sheet, entries] of Object.entries(EXAMPLE_ACTUALS)) {
    const file = FILE_OF_SHEET[sheet];
    const role = roleOfFile(file);
    const tsv = readTsv(DEFAULT_PLAN_DIR, file);
    const tc = targetColumn(role);
    const ic = indicatorColumn(role);
    if (tc === null || ic === null) throw new Error(sheet);
    for (const entry of entries)
      out.push({ sheet, entry, target: tsv[entry.row - 1][tc], indicator: tsv[entry.row - 1][ic] });
  }
  return out;
}

/** A deliberately small reading of the target notations, enough to tell the kinds apart. */
function targetKind(t: string): string {
  if (/^Anno di rilevazione/.test(t)) return "baseline";
  if (/^\d{2}\/\d{2}\/\d{4} \d{2}\/\d{2}\/\d{4}$/.test(t)) return "deadline-double";
  if (/^\d{2}\/\d{2}\/\d{4}$/.test(t)) return "deadline";
  if (/medio/i.test(t)) return "qualitative";
  if (/^Annuale$|sì\/no/.test(t)) return "boolean";
  if (/^[A-Za-z]+\s*[<>]=?\s*-\d/.test(t)) return "comparison-negative-label";
  if (/^(≥|≤|>=|<=|>|<)\s*-?\d/.test(t)) return "comparison";
  if (/^\d+(,\d+)?%$/.test(t)) return "bare-percent";
  if (/^\d+(,\d+)?$/.test(t)) return "bare-plain";
  return "other";
}

const LOWER_WORDS =
  /\b(tempo|tempi|tempistica|giorni|gg|ritardo|ritardi|errore|errori|costo|costi|riduzione|sospensione|segnalazione|segnalazioni)\b/i;

test("every sheet with a Consuntivo column has actuals, on distinct data rows", () => {
  for (const [sheet, entries] of Object.entries(EXAMPLE_ACTUALS)) {
    const file = FILE_OF_SHEET[sheet];
    expect(PLAN_FILES).toContain(file);
    const kinds = classifyRows(roleOfFile(file), readTsv(DEFAULT_PLAN_DIR, file));
    const seen = new Set<number>();
    for (const e of entries) {
      expect(`${sheet}!${e.row}:${kinds[e.row - 1]}`).toBe(`${sheet}!${e.row}:data`);
      expect(seen.has(e.row)).toBe(false);
      seen.add(e.row);
    }
    // Every data row of the sheet is listed (filled or deliberately empty).
    const dataRows = kinds.map((k, i) => (k === "data" ? i + 1 : 0)).filter((r) => r > 0);
    expect([...seen].sort((a, b) => a - b)).toEqual(dataRows);
  }
  expect(Object.keys(EXAMPLE_ACTUALS).length).toBe(15);
});

test("every status occurs, mostly achieved, about 10 % of rows empty", () => {
  const all = rows();
  const count = new Map<Status, number>();
  for (const r of all) if (r.entry.status) count.set(r.entry.status, (count.get(r.entry.status) ?? 0) + 1);
  // Neutralisation is the OIV's exception, not an actual: the example has none (its own tests build one).
  for (const s of STATUSES.filter((x) => x !== "neutralizzato"))
    expect([s, (count.get(s) ?? 0) > 0]).toEqual([s, true]);
  const empty = all.filter((r) => r.entry.actual === null).length;
  expect(empty / all.length).toBeGreaterThan(0.06);
  expect(empty / all.length).toBeLessThan(0.14);
  expect((count.get("raggiunto") ?? 0) / all.length).toBeGreaterThan(0.6);
  // An empty actual is non_rilevato (or not asserted); a filled one never is.
  for (const r of all) {
    if (r.entry.actual === null) expect(["non_rilevato", null]).toContain(r.entry.status);
    else expect(r.entry.status).not.toBe("non_rilevato");
  }
});

test("every target kind has a filled actual", () => {
  const kinds = new Set(
    rows()
      .filter((r) => r.entry.actual !== null)
      .map((r) => targetKind(r.target)),
  );
  for (const k of [
    "comparison",
    "bare-percent",
    "bare-plain",
    "comparison-negative-label",
    "deadline",
    "deadline-double",
    "qualitative",
    "boolean",
    "baseline",
  ]) {
    expect([k, kinds.has(k)]).toEqual([k, true]);
  }
  // A bare plain value whose indicator makes it lower-is-better, with an actual.
  expect(
    rows().some((r) => r.entry.actual && targetKind(r.target) === "bare-plain" && LOWER_WORDS.test(r.indicator)),
  ).toBe(true);
});

test("every form of actual occurs", () => {
  const texts = rows().flatMap((r) => (r.entry.actual?.form === "text" ? [r.entry.actual.text] : []));
  const forms = new Set(rows().map((r) => r.entry.actual?.form));
  for (const f of ["number", "percent", "date", "text"]) expect(forms.has(f as "text")).toBe(true);
  const has = (re: RegExp): boolean => texts.some((t) => re.test(t));
  expect(has(/^\d+%$/)).toBe(true); // "85%"
  expect(has(/^\d+\/\d+$/)).toBe(true); // "45/50"
  expect(texts).toContain("45/50");
  expect(has(/^\d+,\d+$/)).toBe(true); // "1,2"
  expect(has(/^\d{2}\/\d{2}\/\d{4}$/)).toBe(true); // a date as text
  expect(has(/^\d{2}\/\d{2}\/\d{4}[ ;]+\d{2}\/\d{2}\/\d{4}$/)).toBe(true); // two dates
  for (const t of ["sì", "no", "Alto", "Medio-basso", "da verificare", "28/06/2022 20/12/2022"])
    expect(texts).toContain(t);
});

test("non_valutabile rows are baselines or unreadable actuals", () => {
  for (const r of rows().filter((x) => x.entry.status === "non_valutabile")) {
    const unreadable = r.entry.actual?.form === "text" && /^[a-z]+ [a-z]+$/.test(r.entry.actual.text);
    expect([r.sheet, r.entry.row, targetKind(r.target) === "baseline" || unreadable]).toEqual([
      r.sheet,
      r.entry.row,
      true,
    ]);
  }
});

test("hand-computed statuses of % targets with % actuals follow the bands", () => {
  let checked = 0;
  for (const r of rows()) {
    const m = /^(?:≥|>=)?\s*(\d+)(?:,(\d+))?%$/.exec(r.target);
    const a = r.entry.actual;
    if (!m || !a || a.form !== "percent") continue;
    const t = Number(`${m[1]}.${m[2] ?? "0"}`) / 100;
    const ach = Math.min(1, a.value / t);
    const expected: Status = ach >= 0.9 ? "raggiunto" : ach >= 0.7 ? "parzialmente_raggiunto" : "non_raggiunto";
    expect(`${r.sheet}!${r.entry.row} ${r.entry.status}`).toBe(`${r.sheet}!${r.entry.row} ${expected}`);
    checked++;
  }
  expect(checked).toBeGreaterThan(80);
});

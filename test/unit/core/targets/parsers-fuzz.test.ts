/**
 * Fuzz: the target, actual and weight parsers over 100,000 generated strings and numbers, plus every
 * real cell of plan-2022. They never throw, never give NaN or Infinity, and always answer with a typed
 * value (a known kind), a typed error (kind "invalid" or ok:false) or null for an empty cell.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { parseActual, parseTarget, parseWeight } from "../../../../src/core/targets";
import type { ParseContext } from "../../../../src/core/targets/types";
import type { CellValue } from "../../../../src/core/grid/types";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";
import { PLAN_2022_DIR } from "../../../helpers/grid-builder";

const TARGET_KINDS = new Set([
  "comparison",
  "deadline",
  "qualitative",
  "boolean",
  "baseline",
  "not_set",
  "relative",
  "invalid",
]);
const ACTUAL_KINDS = new Set(["number", "ratio", "date", "boolean", "level", "invalid"]);
const FORMATS = ["General", "0%", "0.00%", "dd/mm/yyyy", "@", "#,##0.00"];

const ctx = (numberFormat: string, indicator: string, strict: boolean): ParseContext => ({
  numberFormat,
  indicator,
  strictComparisons: strict,
  levels: DEFAULT_SETTINGS.levels,
  lowerIsBetterWords: DEFAULT_SETTINGS.lowerIsBetterWords,
});

/** Numbers anywhere in a result (the raw echo of the input excepted) that are not finite. */
function nonFinite(value: unknown): boolean {
  if (typeof value === "number") return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(nonFinite);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).some(([k, v]) => k !== "raw" && nonFinite(v));
  }
  return false;
}

/** Checks one input through the three parsers; returns a description of the first fault, or null. */
function fault(raw: CellValue, format: string, indicator: string, strict: boolean): string | null {
  const c = ctx(format, indicator, strict);
  try {
    const t = parseTarget(raw, c);
    if (t !== null && (!TARGET_KINDS.has(t.kind) || nonFinite(t))) return `target ${JSON.stringify(t)}`;
    const a = parseActual(raw, c);
    if (a !== null && (!ACTUAL_KINDS.has(a.kind) || nonFinite(a))) return `actual ${JSON.stringify(a)}`;
    const w = parseWeight(raw, format);
    if (w !== null && (typeof w.ok !== "boolean" || (w.ok && !Number.isFinite(w.value))))
      return `weight ${JSON.stringify(w)}`;
    return null;
  } catch (err) {
    return `threw ${String(err)}`;
  }
}

/** Pieces officers and OCR produce, glued at random: hits the grammar's paths far more than plain random text. */
const PIECES = [
  "≥",
  "≤",
  ">=",
  "<=",
  "=>",
  "=<",
  ">",
  "<",
  "=",
  " ",
  "  ",
  "%",
  "gg",
  "giorni",
  "€",
  "ITP",
  "-",
  "−",
  "+",
  "0",
  "1",
  "2,5",
  "1.234",
  "2.355",
  "80",
  "100",
  "0,00",
  "1,45",
  "30/06/2022",
  "31/12/2022",
  "28/02/22",
  "2022-06-30",
  "Medio",
  "medio-alto",
  "Alto",
  "Basso",
  "Annuale",
  "Sì",
  "si",
  "no",
  "Realizzato",
  "Anno di rilevazione",
  "n.d.",
  "45/50",
  "/",
  ";",
  ":",
  "(",
  ")",
  "<u>",
  "</u>",
  "&gt;",
  "м",
  "স",
  "×",
  "\u00a0",
  "\t",
  "e",
  "x",
  "X",
  "º",
  "°",
  "1e9",
  "Infinity",
  "NaN",
  "9".repeat(40),
  "0.",
  ".5",
  ",5",
  "--",
  "%%",
];
const piecesString = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join(""));
const input = fc.record({
  raw: fc.oneof(
    { weight: 6, arbitrary: piecesString },
    { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
    { weight: 1, arbitrary: fc.boolean() },
  ),
  format: fc.constantFrom(...FORMATS),
  indicator: fc.constantFrom(
    "",
    "Tempo medio di lavorazione",
    "Percentuale di pratiche evase",
    "Assenza di segnalazioni",
  ),
  strict: fc.boolean(),
});

const RUNS = 100_000;

describe("fuzzing the parsers", () => {
  test(`${RUNS} generated inputs: no throw, no NaN/Infinity, always a typed answer`, () => {
    let tried = 0;
    fc.assert(
      fc.property(input, ({ raw, format, indicator, strict }) => {
        tried++;
        return fault(raw, format, indicator, strict) === null;
      }),
      { numRuns: RUNS, seed: 20221231 },
    );
    console.log(`fuzz: ${tried} input generate provati (target, consuntivo, peso)`);
    expect(tried).toBeGreaterThanOrEqual(RUNS);
  }, 300_000);

  test("every real cell of plan-2022, as text and in every number format", () => {
    const dir = PLAN_2022_DIR;
    const cells = new Set<string>();
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".tsv"))) {
      for (const line of readFileSync(path.join(dir, f), "utf8").split("\n"))
        for (const c of line.split("\t")) cells.add(c);
    }
    const faults: string[] = [];
    for (const c of cells) {
      for (const format of FORMATS) {
        const found = fault(c, format, "Tempo medio", false);
        if (found) faults.push(`«${c}» ${format}: ${found}`);
      }
    }
    console.log(`fuzz: ${cells.size} celle reali di plan-2022 provate in ${FORMATS.length} formati`);
    expect(cells.size).toBeGreaterThan(500);
    expect(faults).toEqual([]);
  });
});

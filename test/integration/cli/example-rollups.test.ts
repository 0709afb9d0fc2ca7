/**
 * The example's roll-ups, pinned to figures worked out by hand: `cruscotto check --json` on
 * examples/piano-performance-2022.xlsx, in process, must give the Ente, every strategic objective, every
 * Area and every unit (score and coverage) written below as literals. None of them comes from the engine.
 *
 * How they were computed, with the SMVP defaults (cap 100 %, `>` read as `≥`, no rounding):
 * - each row's achievement a is the hand-worked reading of scripts/lib/example-actuals.ts ("why" of each
 *   row), clipped to [0, 1]; the weights (Peso) are those of examples/plan-2022/*.tsv, whose lines are
 *   the sheets' rows;
 * - unit: score = Σ peso·a / Σ peso measured; coverage = Σ peso measured / Σ peso of the weighted rows.
 *   A row not yet measured (NR) or whose actual cannot be read (NV) stays in the coverage denominator;
 *   rows with an empty Peso (customer satisfaction) are informational and left out;
 * - Area: plain mean of its units' scores, the Dirigenti left out;
 * - strategic objective (the Cruscotto has no Peso column): plain mean of its measured KPIs, baselines
 *   ("Anno di rilevazione") and unmeasured KPIs left out; an objective with none has no score;
 * - Ente: mean of the strategic objectives that have a score (method "strategico");
 * - a Dirigente's derived rows take the Ente or its Area as actual against their target.
 * Weights are written in % below (the report gives fractions: 6 % = 0.06).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { checkCommand, type Io } from "../../../src/cli/commands";
import type { Report } from "../../../src/core/report/types";
import { REPO } from "../../helpers/cli";

const EXAMPLE = path.join(REPO, "examples", "piano-performance-2022.xlsx");

/** Four decimals of a fraction: a hundredth of a percentage point. */
const DIGITS = 4;

interface Expected {
  score: number;
  coverage: number;
}

/**
 * Units, by the name in their sheet's title row. Each comment: `row: peso × a`, then the sums.
 */
const UNITS: Record<string, Expected> = {
  // S. Segreteria Generale: r4 6×1, r5 6×1, r8 5×1, r9 8×0.95, r12 3×1, r13 6×1 (2 of 2 deadlines), r14 3×1,
  // r15 3×1, r18 5×1, r20 6×(0.75/0.90), r23 5×0.5 (1 of 2 deadlines), r24 5×1, r25 5×1, r26 8×1, r27 8×NR,
  // r30 3×1, r31 5×1, r32 5×1, r33 5×(0.88/0.90). Σ peso 100, measured 92; Σ peso·a 87.988889.
  // 87.988889 / 92 = 0.956401; coverage 92 / 100.
  "SERVIZIO SEGRETERIA GENERALE": { score: 0.956401, coverage: 0.92 },
  // PO Staff: r4 30×1, r5 30×0 (20/05 after 30/04), r8 20×1, r9 20×1. 70 / 100.
  "PO SERVIZIO STAFF": { score: 0.7, coverage: 1 },
  // S. Staff: r4 3×1, r5 3×1, r6 3×1, r9 6×1, r10 6×1, r11 5×1, r13 10×1, r14 10×(0.05/0.07) (lower is
  // better), r15 10×1, r16 6×0.80 (80 read as points), r19 5×1, r22 3×1, r23 5×1, r24 5×1, r25 5×NR, r26 5×1,
  // r27 5×NR, r28 5×0 ("no"). Σ peso 100, measured 90; Σ peso·a 80.942857. 80.942857 / 90 = 0.899365.
  "SERVIZIO STAFF": { score: 0.899365, coverage: 0.9 },
  // S. Ufficio Legale: r4 3×1, r5 17×1, r8 8×(2/3), r9 2×1, r10 10×1, r11 10×NR, r14 3×1, r15 3×1, r16 3×1,
  // r19 5×1, r21 7×NV ("da verificare"), r24 3×1, r25 3×1, r26 5×1, r29 3×0 (10/03 after 28/02), r30 5×1,
  // r31 5×1, r32 5×(0.85/0.90). Σ peso 100, measured 83; Σ peso·a 77.055556. 77.055556 / 83 = 0.928380.
  "UFFICIO LEGALE": { score: 0.92838, coverage: 0.83 },
  // PO Gestione RRFFPP: r4 20×1, r5 20×1, r7 30×1, r9 30×1. 100 / 100.
  "PO SERVIZIO GESTIONE RR.FF.PP.": { score: 1, coverage: 1 },
  // S. Gestione RRFFPP: r4 4×0.95, r7 3×1, r8 3×1, r9 3×1, r12 8×0.98, r13 5×1, r17 5×1, r18 3×0.72, r21 3×1,
  // r22 5×1, r23 5×1, r24 5×1, r27 8×0.85, r28 9×1, r31 4×NR, r32 3×1, r33 6×0.97, r34 9×1, r35 6×0.55,
  // r36 3×1. Σ peso 100, measured 96; Σ peso·a 90.72. 90.72 / 96 = 0.945.
  "Servizio GRRFFPP": { score: 0.945, coverage: 0.96 },
  // S. Innovazione e Digitalizzazione: r4 3×1, r5 3×1, r6 3×1, r9 5×1, r13 3×1, r14 3×0.5 (15/07: 1 of 2
  // deadlines), r16 57×0.93, r18 3×1, r19 5×1, r20 5×1, r21 5×NR; r15 has no Peso (lost in the OCR).
  // Σ peso 95, measured 90; Σ peso·a 84.51. 84.51 / 90 = 0.939; coverage 90 / 95 = 0.947368.
  "SERVIZIO INNOVAZIONE E DIGITALIZZAZIONE": { score: 0.939, coverage: 0.947368 },
  // PO Anagrafico Certificativi: r3 30×1, r4 30×1 (0.45 ≥ 0.40), r7 20×1, r8 20×1. 100 / 100.
  "PO SERVIZI ANAGRAFICO CERTIFICATIVI": { score: 1, coverage: 1 },
  // S. Anagrafico Certificativi: r4 10×1, r5 10×1, r6 10×(0.30/0.40), r7 8×(118/120), r8 8×1, r9 7×1, r10 10×1,
  // r13 3×1, r14 3×1, r15 3×1, r18 5×1, r22 5×1, r25 3×1, r26 5×1, r27 5×1, r28 5×NR. Σ peso 100, measured
  // 95; Σ peso·a 92.366667. 92.366667 / 95 = 0.972281.
  "SERVIZI ANAGRAFICI CERTIFICATIVI": { score: 0.972281, coverage: 0.95 },
  // PO Promozione: r4 30×0.96, r7 30×1, r10 20×1, r11 20×1. 98.8 / 100.
  "PO SERVIZIO PROMOZIONE E SVILUPPO ECONOMICO": { score: 0.988, coverage: 1 },
  // S. Promozione: r4 3×1, r7 5×1, r8 5×1, r9 5×1, r10 5×(0.60/0.80), r11 5×1, r12 5×(48/60), r15 5×1,
  // r18 4×(2/5), r21 5×1, r22 5×1, r25 3×1, r26 3×NR, r29 3×1, r30 3×1, r31 3×1, r34 5×1, r36 5×1, r39 5×1,
  // r42 3×1, r43 5×1, r44 5×1, r45 5×1. Σ peso 100, measured 97; Σ peso·a 92.35. 92.35 / 97 = 0.952062.
  "Servizio Promozione e Sviluppo Economico": { score: 0.952062, coverage: 0.97 },
  // PO Regolazione: r4 30×1, r7 30×0.95, r10 20×1, r11 20×NR. 78.5 / 80 = 0.98125; coverage 80 / 100.
  "PO SERVIZIO REGOLAZIONE MERCATO E TUTELA CONSUMATORE": { score: 0.98125, coverage: 0.8 },
  // S. Regolazione: r4 8×1, r5 8×1 (45/50 = 0.90 ≥ 0.80), r6 4×1, r7 8×1, r8 3×1, r11 3×1, r12 3×1, r13 3×1,
  // r16 8×(70/85) (lower is better), r17 10×1, r18 4×1, r19 10×(15/40), r20 5×1, r24 5×1, r27 3×1, r28 5×NR,
  // r29 5×1, r30 5×1. Σ peso 100, measured 95; Σ peso·a 87.338235. 87.338235 / 95 = 0.919350.
  "SERVIZIO REGOLAZIONE MERCATO DEL MERCATO E TUTELA DEL CONSUMATORE": { score: 0.91935, coverage: 0.95 },
};

/**
 * Strategic objectives of the Cruscotto, by number: the plain mean of their measured KPIs (sheet rows).
 */
const OBJECTIVES: Record<number, number | null> = {
  1: 1, // r3 1 (sì), r4 1 (0.76 ≥ 0.73)
  2: 1, // r6 baseline, r7 1
  3: 0.94375, // r9 1, r10 0.8, r11 1, r12 baseline, r13 0.975 (78 → 0.78 / 0.80): 3.775 / 4
  4: 1, // r15 1, r16 1
  5: 1, // r18 baseline, r19 1
  6: null, // r22 baseline, r23 not yet measured: nothing measured
  7: 0.8, // r26 0.6, r27 baseline, r28 1: 1.6 / 2
  8: 1, // r31 1, r32 1, r33 1
  9: 0.966359, // r35-r44: eight 1s, r38 5/6.2 = 0.806452, r40 18/21 = 0.857143: 9.663594 / 10
  10: 0.5, // r46 0 ("no"), r47 1, r48 not yet measured
  11: 1, // r50 1, r51 1, r52 1
  12: 0.6, // r54 0.6, r55 not yet measured
  13: 0.944444, // r57 baseline, r58 0.85 / 0.90
  14: 0.933333, // r60 1, r61 1, r62 1 / 1.25 = 0.8: 2.8 / 3
};

/**
 * Ente: the 13 objectives with a score, 1 + 1 + 0.94375 + 1 + 1 + 0.8 + 1 + 0.966359 + 0.5 + 1 + 0.6 +
 * 0.944444 + 0.933333 = 11.687887; / 13 = 0.899068.
 */
const ENTE = 0.899068;

/** Areas: the mean of their units' scores, listed with them. */
const AREAS: Record<string, { score: number; units: string[] }> = {
  // (0.956401 + 0.7 + 0.899365 + 0.928380) / 4 = 3.484146 / 4
  "Area Segreteria Generale": {
    score: 0.871037,
    units: ["SERVIZIO SEGRETERIA GENERALE", "PO SERVIZIO STAFF", "SERVIZIO STAFF", "UFFICIO LEGALE"],
  },
  // (1 + 0.945 + 0.939) / 3 = 2.884 / 3
  "Area I": {
    score: 0.961333,
    units: ["PO SERVIZIO GESTIONE RR.FF.PP.", "Servizio GRRFFPP", "SERVIZIO INNOVAZIONE E DIGITALIZZAZIONE"],
  },
  // (1 + 0.972281) / 2
  "Area II": { score: 0.98614, units: ["PO SERVIZI ANAGRAFICO CERTIFICATIVI", "SERVIZI ANAGRAFICI CERTIFICATIVI"] },
  // (0.988 + 0.952062 + 0.98125 + 0.919350) / 4 = 3.840662 / 4
  "Area III": {
    score: 0.960165,
    units: [
      "PO SERVIZIO PROMOZIONE E SVILUPPO ECONOMICO",
      "Servizio Promozione e Sviluppo Economico",
      "PO SERVIZIO REGOLAZIONE MERCATO E TUTELA CONSUMATORE",
      "SERVIZIO REGOLAZIONE MERCATO DEL MERCATO E TUTELA DEL CONSUMATORE",
    ],
  },
};

/** The Dirigenti (sheet "Obiettivi Dirigenti", first Peso column). */
const DIRIGENTI: Record<string, Expected> = {
  // r5 10×1, r6 10×1, r9 10×1, r13 40×min(1, Ente 0.899068 / 0.80) = 40, r14 weight 0 without target,
  // r15 10×1, r18 10×1, r19 10×1. 100 / 100.
  "OBIETTIVI 2022 SG": { score: 1, coverage: 1 },
  // r25 10×1, r28 10×min(1, 0.899068 / 0.80) = 10, r29 40×min(1, Area I 0.961333 / 0.90) = 40, r32 10×1,
  // r33 10×(0.80/0.90) = 8.888889, r36 20×(0.90/0.95) = 18.947368. 97.836257 / 100.
  "OBIETTIVI 2022 DIR AI": { score: 0.978363, coverage: 1 },
  // r42 15×1, r43 15×1, r47 10×1, r48 40×min(1, Area II 0.98614 / 0.90), r51 10×1, r52 10×1. 100 / 100.
  "OBIETTIVI 2022 DIR AII": { score: 1, coverage: 1 },
  // r58 20×(0.87/0.90) = 19.333333, r60 10×1, r64 10×1, r65 40×min(1, Area III 0.960165 / 0.90), r68 10×1,
  // r69 10×NR. 89.333333 / 90 = 0.992593; coverage 90 / 100.
  "OBIETTIVI 2022 DIR AIII": { score: 0.992593, coverage: 0.9 },
};

const silent: Io = { out: () => undefined, err: () => undefined, progress: () => undefined };

let report: Report;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-rollups-"));
  const json = path.join(dir, "report.json");
  try {
    const code = await checkCommand(EXAMPLE, { json }, silent);
    expect(code === 0 || code === 1).toBe(true);
    report = JSON.parse(readFileSync(json, "utf8")) as Report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const unit = (name: string): Report["units"][number] => {
  const found = report.units.find((u) => u.name === name);
  if (!found)
    throw new Error(`no unit named ${name} in the report (have: ${report.units.map((u) => u.name).join(", ")})`);
  return found;
};

test("the report has exactly these units and Areas", () => {
  expect(report.units.map((u) => u.name).sort()).toEqual([...Object.keys(UNITS), ...Object.keys(DIRIGENTI)].sort());
  expect(report.areas.map((a) => a.name).sort()).toEqual(Object.keys(AREAS).sort());
});

test("the Ente is the mean of the 13 strategic objectives with a score: 89.91 %", () => {
  expect(report.ente.method).toBe("strategico");
  expect(report.ente.score).toBeCloseTo(ENTE, DIGITS);
});

test.each(Object.entries(OBJECTIVES))("strategic objective %s", (n, expected) => {
  const objective = report.strategicObjectives.find((o) => o.number === Number(n));
  expect(objective).toBeDefined();
  if (expected === null) expect(objective?.score).toBeNull();
  else expect(objective?.score).toBeCloseTo(expected, DIGITS);
});

test.each(Object.entries(AREAS))("%s: the mean of its units", (name, expected) => {
  const area = report.areas.find((a) => a.name === name);
  expect(area?.units.slice().sort()).toEqual(expected.units.slice().sort());
  expect(area?.score).toBeCloseTo(expected.score, DIGITS);
});

test.each(Object.entries(UNITS))("unit %s: score and coverage", (name, expected) => {
  const u = unit(name);
  expect(u.score).toBeCloseTo(expected.score, DIGITS);
  expect(u.coverage).toBeCloseTo(expected.coverage, DIGITS);
});

test.each(Object.entries(DIRIGENTI))(
  "Dirigente %s: score and coverage, with the Ente and Area syntheses as actuals",
  (name, expected) => {
    const u = unit(name);
    expect(u.kind).toBe("dirigente");
    expect(u.score).toBeCloseTo(expected.score, DIGITS);
    expect(u.coverage).toBeCloseTo(expected.coverage, DIGITS);
  },
);

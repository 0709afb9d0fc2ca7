/** Properties over arbitrary input: the parsers never throw and never produce NaN or Infinity. */
import fc from "fast-check";
import { parseActual, parseNumber, parseTarget, parseWeight } from "../../../../src/core/targets";
import type { ParseContext } from "../../../../src/core/targets/types";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";

const FORMATS = [undefined, "General", "0%", "0.00%", "dd/mm/yyyy", "[$-410]d mmmm yyyy", "#,##0", "@"];

function ctx(numberFormat: string | undefined, strict: boolean, indicator: string): ParseContext {
  return {
    levels: DEFAULT_SETTINGS.levels,
    lowerIsBetterWords: DEFAULT_SETTINGS.lowerIsBetterWords,
    strictComparisons: strict,
    numberFormat,
    indicator,
  };
}

/** Every number anywhere in the value, so that one NaN deep inside a result is found. */
function badNumbers(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path}=${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => badNumbers(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => (k === "raw" ? [] : badNumbers(v, `${path}.${k}`)));
  }
  return [];
}

/** Characters of the grammar and of OCR debris, so that random strings hit the interesting paths. */
const GRAMMAR_CHARS = [..."0123456789.,%/-+ ≥≤<>=€gGmMiIoOsSì×м স_&;:<u>()\u00a0\t−–—"];
const grammarString = fc.string({ unit: fc.constantFrom(...GRAMMAR_CHARS), maxLength: 24 });
const words = fc.constantFrom(
  "Medio",
  "medio-alto",
  "Annuale",
  "sì",
  "no",
  "n.d.",
  "Anno di rilevazione",
  "ITP",
  "gg",
  "entro il",
  "x",
  "realizzato",
);
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  grammarString,
  fc.tuple(grammarString, words, grammarString).map(([a, w, b]) => `${a}${w}${b}`),
);
const cellNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.double({ min: -1e6, max: 1e7 }),
  fc.constantFrom(0, -0, 44742, 60, 2958465, 2958466),
);
const cell = fc.oneof(cellText, cellNumber, fc.boolean(), fc.constant(null));
const context = fc.tuple(
  fc.constantFrom(...FORMATS),
  fc.boolean(),
  fc.oneof(fc.string(), fc.constantFrom("Tempi medi", "Numero di segnalazioni")),
);

describe("parser properties", () => {
  it("parseTarget never throws and never yields a non-finite number", () => {
    fc.assert(
      fc.property(cell, context, (raw, [fmt, strict, indicator]) => {
        const t = parseTarget(raw, ctx(fmt, strict, indicator));
        expect(badNumbers(t)).toEqual([]);
        if (t !== null && t.kind === "comparison") {
          expect(t.percent).toBe(t.unit === "%");
          expect(
            t.inferred ||
              t.polarity === (t.operator === "=" ? "equal" : t.operator.startsWith(">") ? "higher" : "lower"),
          ).toBe(true);
          if (!strict) expect(t.operator === ">" || t.operator === "<").toBe(false);
        }
        if (t !== null && t.kind === "invalid") expect(t.reason.code.length).toBeGreaterThan(0);
        if (t !== null && t.kind === "deadline") for (const d of t.deadlines) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it("parseActual never throws and never yields a non-finite number", () => {
    fc.assert(
      fc.property(cell, context, (raw, [fmt, strict, indicator]) => {
        const a = parseActual(raw, ctx(fmt, strict, indicator));
        expect(badNumbers(a)).toEqual([]);
        if (a !== null && a.kind === "invalid") expect(a.reason.code.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("parseWeight never throws, never yields a non-finite number and never a negative weight", () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(...FORMATS), (raw, fmt) => {
        const w = parseWeight(raw, fmt);
        expect(badNumbers(w)).toEqual([]);
        if (w !== null && w.ok) expect(w.value).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("parseNumber reads back any amount written the Italian way", () => {
    const italian = (cents: number): string => {
      const negative = cents < 0;
      const abs = Math.abs(cents);
      const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
      const frac = String(abs % 100).padStart(2, "0");
      return `${negative ? "-" : ""}${int},${frac}`;
    };
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        expect(parseNumber(italian(cents))).toBeCloseTo(cents / 100, 6);
      }),
    );
  });

  it("50k plan-like cells: only the OCR debris reads as invalid", () => {
    const samples = [
      "≥ 80%",
      ">=80%",
      "100%",
      "30/06/2022 31/12/2022",
      "<= 70 gg",
      "ITP < -10",
      "1,45",
      ">= Medio",
      "Annuale",
      "Anno di rilevazione",
      "3",
      "м",
      "0,00",
      "90,00%",
    ];
    const indicators = [
      "Tempi medi di lavorazione",
      "Grado di copertura degli adempimenti in tema di trasparenza",
      "N° iniziative",
    ];
    const c = indicators.map((ind) => ctx(undefined, false, ind));
    const invalidSeen = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const raw = samples[i % samples.length];
      const t = parseTarget(raw, c[i % c.length]);
      if (t === null || t.kind === "invalid") invalidSeen.add(raw);
    }
    // How fast: `npm run bench` (the parsers run inside the layout it times).
    expect([...invalidSeen]).toEqual(["м"]);
  });
});

/** Actual values, weights, numbers, number formats and Excel dates. */
import {
  isDateFormat,
  isPercentFormat,
  isoToSerial,
  parseActual,
  parseNumber,
  parseWeight,
  serialToIso,
} from "../../../../src/core/targets";
import type { Actual, ParseContext } from "../../../../src/core/targets/types";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";
import { renderParam } from "../../../../src/i18n/params";

function ctx(extra: Partial<ParseContext> = {}): ParseContext {
  return {
    levels: DEFAULT_SETTINGS.levels,
    lowerIsBetterWords: DEFAULT_SETTINGS.lowerIsBetterWords,
    strictComparisons: false,
    ...extra,
  };
}

describe("parseNumber", () => {
  it.each([
    ["3", 3],
    ["1,45", 1.45],
    ["1,2", 1.2],
    ["0,00", 0],
    ["2,355", 2.355], // one comma is always decimal (Italian)
    ["2.355", 2355], // one dot + three digits is thousands (Italian)
    ["1.000", 1000],
    ["1.132.400", 1132400],
    ["1.234,5", 1234.5],
    ["252.170,00", 252170],
    ["1,234.5", 1234.5],
    ["1,234,567", 1234567],
    ["1.5", 1.5],
    ["0.855", 0.855], // leading zero: decimal
    ["1234.567", 1234.567], // four integer digits: decimal
    ["12.50", 12.5],
    ["-10", -10],
    ["−15", -15],
    ["–3", -3],
    ["+4", 4],
    ["- 10", -10],
    ["  7  ", 7],
    ["-0", 0],
  ])("%s -> %p", (text, value) => {
    const n = parseNumber(text);
    expect(n).toBe(value);
    expect(Object.is(n, -0)).toBe(false);
  });

  it.each([
    "",
    " ",
    "-",
    "abc",
    "1000/",
    "1.",
    ",5",
    ".5",
    "1,2,3",
    "1.2.3",
    "12.34.567",
    "1.234.5678",
    "1,23.4",
    "1e5",
    "1 000",
    "Infinity",
    "NaN",
    "0x10",
    "9".repeat(400),
    "55 07",
    "1.234,5,6",
  ])("%p is not a number", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe("number formats", () => {
  it.each([
    "dd/mm/yyyy",
    "d/m/yy",
    "yyyy-mm-dd",
    "[$-410]d mmmm yyyy",
    "mmm-yy",
    "d-mmm",
    "dd/mm/yyyy hh:mm",
    "m/d/yyyy;@",
    "[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy",
  ])("%s is a date format", (fmt) => expect(isDateFormat(fmt)).toBe(true));
  it.each([
    "General",
    "",
    "0",
    "0.00",
    "#,##0",
    "0%",
    "0.00%",
    "@",
    "hh:mm",
    "[h]:mm:ss",
    "mm:ss",
    '0" gg"',
    '#,##0 "days"',
    "[Red]0.00",
    "0.00E+00",
    "€ #,##0.00",
  ])("%s is not a date format", (fmt) => expect(isDateFormat(fmt)).toBe(false));
  it.each(["0%", "0.00%", "#,##0.0%", "0%;-0%", "[Red]0%"])("%s is a percent format", (fmt) =>
    expect(isPercentFormat(fmt)).toBe(true),
  );
  it.each(["General", "0.00", '0"%"', "0\\%", "dd/mm/yyyy", ""])("%s is not a percent format", (fmt) =>
    expect(isPercentFormat(fmt)).toBe(false),
  );
});

describe("Excel serial dates (1900 system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [366, "1900-12-31"],
    [36526, "2000-01-01"],
    [44562, "2022-01-01"],
    [44620, "2022-02-28"],
    [44742, "2022-06-30"],
    [44926, "2022-12-31"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("%d <-> %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("drops the time of day", () => {
    expect(serialToIso(44742.75)).toBe("2022-06-30");
  });

  it("the fictitious 1900-02-29 (serial 60) reads as the next real day", () => {
    expect(serialToIso(60)).toBe("1900-03-01");
  });

  it("round-trips every day of 1990-2040 without drift", () => {
    const start = isoToSerial("1990-01-01");
    const end = isoToSerial("2040-12-31");
    let prev = "";
    for (let s = start; s <= end; s++) {
      const iso = serialToIso(s);
      expect(iso > prev).toBe(true);
      if (isoToSerial(iso) !== s) throw new Error(`drift at ${s} (${iso})`);
      prev = iso;
    }
    // the count of days is exact: 51 years with 13 leap days
    expect(end - start + 1).toBe(51 * 365 + 13);
  });

  it("rejects what is not a date", () => {
    expect(() => serialToIso(0)).toThrow(RangeError);
    expect(() => serialToIso(Number.NaN)).toThrow(RangeError);
    expect(() => serialToIso(3e6)).toThrow(RangeError);
    expect(() => isoToSerial("2022-02-30")).toThrow(RangeError);
    expect(() => isoToSerial("30/06/2022")).toThrow(RangeError);
    expect(() => isoToSerial("1899-12-31")).toThrow(RangeError);
  });
});

describe("parseActual", () => {
  const cases: Array<[string, Actual]> = [
    ["12", { kind: "number", raw: "12", value: 12, percent: false }],
    ["1,2", { kind: "number", raw: "1,2", value: 1.2, percent: false }],
    ["1.234,5", { kind: "number", raw: "1.234,5", value: 1234.5, percent: false }],
    ["1.5", { kind: "number", raw: "1.5", value: 1.5, percent: false }],
    ["2.355", { kind: "number", raw: "2.355", value: 2355, percent: false }],
    ["-12", { kind: "number", raw: "-12", value: -12, percent: false }],
    ["85%", { kind: "number", raw: "85%", value: 0.85, percent: true }],
    ["85 %", { kind: "number", raw: "85 %", value: 0.85, percent: true }],
    ["105%", { kind: "number", raw: "105%", value: 1.05, percent: true }],
    ["92,5%", { kind: "number", raw: "92,5%", value: 0.925, percent: true }],
    ["45 gg", { kind: "number", raw: "45 gg", value: 45, percent: false }],
    ["€ 1.500", { kind: "number", raw: "€ 1.500", value: 1500, percent: false }],
    ["45/50", { kind: "ratio", raw: "45/50", value: 0.9, numerator: 45, denominator: 50 }],
    ["3 / 4", { kind: "ratio", raw: "3 / 4", value: 0.75, numerator: 3, denominator: 4 }],
    ["15/06/2022", { kind: "date", raw: "15/06/2022", dates: ["2022-06-15"] }],
    ["15/06/2022 20/12/2022", { kind: "date", raw: "15/06/2022 20/12/2022", dates: ["2022-06-15", "2022-12-20"] }],
    ["15/06/2022;20/12/2022", { kind: "date", raw: "15/06/2022;20/12/2022", dates: ["2022-06-15", "2022-12-20"] }],
    ["sì", { kind: "boolean", raw: "sì", value: true }],
    ["Si", { kind: "boolean", raw: "Si", value: true }],
    ["SI", { kind: "boolean", raw: "SI", value: true }],
    ["no", { kind: "boolean", raw: "no", value: false }],
    ["X", { kind: "boolean", raw: "X", value: true }],
    ["fatto", { kind: "boolean", raw: "fatto", value: true }],
    ["Realizzato", { kind: "boolean", raw: "Realizzato", value: true }],
    ["non realizzato", { kind: "boolean", raw: "non realizzato", value: false }],
    ["Alto", { kind: "level", raw: "Alto", level: 5, levelLabel: "Alto" }],
    ["medio-alto", { kind: "level", raw: "medio-alto", level: 4, levelLabel: "medio-alto" }],
    ["Medio Basso", { kind: "level", raw: "Medio Basso", level: 2, levelLabel: "Medio Basso" }],
  ];
  it.each(cases)("%s", (raw, expected) => {
    const a = parseActual(raw, ctx());
    if (expected.kind === "number" || expected.kind === "ratio") {
      expect(a).toMatchObject({ ...expected, value: expect.closeTo(expected.value, 12) });
    } else {
      expect(a).toEqual(expected);
    }
  });

  it("number cells follow their format", () => {
    expect(parseActual(0.85, ctx({ numberFormat: "0%" }))).toEqual({
      kind: "number",
      raw: 0.85,
      value: 0.85,
      percent: true,
    });
    expect(parseActual(85, ctx({ numberFormat: "General" }))).toEqual({
      kind: "number",
      raw: 85,
      value: 85,
      percent: false,
    });
    expect(parseActual(85, ctx())).toEqual({ kind: "number", raw: 85, value: 85, percent: false });
    expect(parseActual(44742, ctx({ numberFormat: "dd/mm/yyyy" }))).toEqual({
      kind: "date",
      raw: 44742,
      dates: ["2022-06-30"],
    });
    expect(parseActual(true, ctx())).toEqual({ kind: "boolean", raw: true, value: true });
    expect(parseActual(false, ctx())).toEqual({ kind: "boolean", raw: false, value: false });
  });

  it.each([null, "", "  ", "n.d.", "N.D.", "nd", "n/d", "-", "—", "–"])("%p is not available yet", (raw) => {
    expect(parseActual(raw, ctx())).toBeNull();
  });

  it.each([
    ["boh", "boh"],
    ["м", "«м»"],
    ["<u>85</u>", "<u>"],
    ["4/0", "zero"],
    ["45/", "«/»"],
    ["1.2.3", "1.2.3"],
    ["85 punti", "punti"],
    ["31/02/2022", "31/02/2022"],
    ["_", "«_»"],
  ])("%s is invalid, naming %s", (raw, named) => {
    const a = parseActual(raw, ctx());
    if (a === null || a.kind !== "invalid") throw new Error(`expected invalid, got ${JSON.stringify(a)}`);
    expect(renderParam({ kind: "unreadable", reason: a.reason }, "it")).toContain(named);
    expect(a.raw).toBe(raw);
  });

  it("non-finite and out-of-range cells are invalid", () => {
    expect(parseActual(Number.NaN, ctx())).toMatchObject({ kind: "invalid" });
    expect(parseActual(Number.NEGATIVE_INFINITY, ctx({ numberFormat: "0%" }))).toMatchObject({ kind: "invalid" });
    expect(parseActual(-1, ctx({ numberFormat: "dd/mm/yyyy" }))).toMatchObject({ kind: "invalid" });
  });
});

describe("parseWeight", () => {
  it.each([
    ["3%", undefined, 0.03],
    ["30,00%", undefined, 0.3],
    ["100,00%", undefined, 1],
    ["5 %", undefined, 0.05],
    ["10", undefined, 0.1],
    ["40", undefined, 0.4],
    ["12,5", undefined, 0.125],
    ["0,1", undefined, 0.1], // a plain value ≤ 1 is already a fraction
    ["1", undefined, 1],
    ["0", undefined, 0],
    ["30", "0%", 0.3], // text in a %-formatted cell: only a written % makes it a fraction directly
  ])("%s (format %s) -> %d", (raw, fmt, value) => {
    expect(parseWeight(raw, fmt)).toEqual({ ok: true, value: expect.closeTo(value, 12) });
  });

  it("number cells: % format is the fraction, plain > 1 are percentage points, plain ≤ 1 a fraction", () => {
    expect(parseWeight(0.03, "0%")).toEqual({ ok: true, value: 0.03 });
    expect(parseWeight(0.3, "0.00%")).toEqual({ ok: true, value: 0.3 });
    expect(parseWeight(10)).toEqual({ ok: true, value: 0.1 });
    expect(parseWeight(10, "General")).toEqual({ ok: true, value: 0.1 });
    expect(parseWeight(0.1)).toEqual({ ok: true, value: 0.1 });
    expect(parseWeight(1)).toEqual({ ok: true, value: 1 });
  });

  it.each([null, "", "   ", "-", "—"])("%p is no weight (informational row)", (raw) => {
    expect(parseWeight(raw)).toBeNull();
  });

  it.each(["<b>55</b> 07", "55 07", "rigitale", "Peso", "-5%", "abc", "10 gg", "м", "1000/"])(
    "%s is unreadable",
    (raw) => {
      const w = parseWeight(raw);
      expect(w).not.toBeNull();
      expect(w?.ok).toBe(false);
      expect(w !== null && !w.ok && w.reason.code.length > 0).toBe(true);
    },
  );

  it("rejects negative and non-finite number cells and booleans", () => {
    expect(parseWeight(-10)).toMatchObject({ ok: false });
    expect(parseWeight(Number.NaN)).toMatchObject({ ok: false });
    expect(parseWeight(Number.POSITIVE_INFINITY, "0%")).toMatchObject({ ok: false });
    expect(parseWeight(true)).toMatchObject({ ok: false });
  });
});

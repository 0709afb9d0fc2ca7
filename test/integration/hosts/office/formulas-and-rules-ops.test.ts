/**
 * How the Office host turns formula cells and conditional formats into Office operations (planOfficeWrites,
 * pure): formulas through range.formulas beside the literals' values, in the same rectangle and sync; text never
 * through formulas; the request estimate counting the formula text; rules added with ExcelApi 1.6 (on RangeAreas
 * with 1.9), painted below it.
 */
import { writePlan } from "../../../../src/core/write/steps";
import type { CellWrite, ConditionalRule, WritePlan } from "../../../../src/core/write/types";
import {
  MAX_AREAS_ADDRESS,
  chunkBytes,
  planOfficeWrites,
  type OfficeOp,
  type WriteOptions,
} from "../../../../src/hosts/office/writeOps";

const S = "Servizio X";
const RULES: ConditionalRule[] = [
  { equals: "Raggiunto", fill: "C6EFCE", fontColor: "006100" },
  { equals: "Non raggiunto", fill: "FFC7CE", fontColor: "9C0006" },
];
const STATUS = { sheet: S, top: 0, left: 1, bottom: 2, right: 1 };

const opts = (more: Partial<WriteOptions> = {}): WriteOptions => ({
  cellProperties: false,
  maxRequestBytes: 4_500_000,
  knownFormat: () => undefined,
  ...more,
});

/** Column A: ratios by formula; column B: statuses by formula; C1 a literal text that looks like a formula. */
function cells(formulaLength = 0): CellWrite[] {
  const pad = formulaLength > 0 ? `+0*LEN("${"x".repeat(formulaLength)}")` : "";
  const out: CellWrite[] = [];
  ["Raggiunto", "non RAGGIUNTO", "n.d."].forEach((status, row) => {
    out.push({ sheet: S, row, col: 0, value: 0.5 + row / 10, formula: `'${S}'!$J$${row + 5}/100${pad}` });
    out.push({ sheet: S, row, col: 1, value: status, formula: `IF('${S}'!$A$${row + 1}>=0.9,CP_RAGGIUNTO,"x")` });
  });
  out.push({ sheet: S, row: 0, col: 2, value: "=SUM(A1)" });
  return out;
}

const plan = (formulaLength = 0): WritePlan =>
  writePlan({
    clears: [
      { sheet: S, top: 0, left: 0, bottom: 2, right: 2 },
      { sheet: "Altro", top: 0, left: 0, bottom: 0, right: 0 },
    ],
    cells: cells(formulaLength),
    conditionalFormats: [{ range: STATUS, rules: RULES }],
  });

const ofKind = <K extends OfficeOp["kind"]>(ops: OfficeOp[], kind: K): Extract<OfficeOp, { kind: K }>[] =>
  ops.filter((o): o is Extract<OfficeOp, { kind: K }> => o.kind === kind);

describe("formula cells", () => {
  it("go through range.formulas, the literals through values, in one rectangle and one sync", () => {
    const chunks = planOfficeWrites(plan(), opts({ conditionalFormats: true }));
    expect(chunks).toHaveLength(1);
    const ops = chunks[0];
    const [values] = ofKind(ops, "values");
    const [formulas] = ofKind(ops, "formulas");
    expect(values.address).toBe("A1:C3");
    expect(formulas.address).toBe("A1:C3");
    expect(values.values).toEqual([
      [null, null, "=SUM(A1)"],
      [null, null, null],
      [null, null, null],
    ]);
    expect(formulas.formulas[0]).toEqual([`='${S}'!$J$5/100`, `=IF('${S}'!$A$1>=0.9,CP_RAGGIUNTO,"x")`, null]);
    // The formulas after the values' formats; only the literal text sits on "@" when written.
    expect(ops.indexOf(formulas)).toBeGreaterThan(ops.indexOf(values));
    const [before] = ofKind(ops, "numberFormat");
    expect(before.formats).toEqual([
      [null, null, "@"],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('take a "@" (Text) format only once written, so that Excel keeps them formulas', () => {
    const plan = writePlan({
      cells: [{ sheet: S, row: 0, col: 0, value: "x", formula: '"x"', style: { numberFormat: "@" } }],
    });
    const ops = planOfficeWrites(plan, opts()).flat();
    expect(ops.map((o) => o.kind)).toEqual(["numberFormat", "formulas", "numberFormat"]);
    expect(ofKind(ops, "numberFormat").map((o) => o.formats)).toEqual([[["General"]], [["@"]]]);
  });

  it("count their text in the request estimate", () => {
    const short = chunkBytes(planOfficeWrites(plan(), opts()).flat());
    const long = chunkBytes(planOfficeWrites(plan(1000), opts()).flat());
    // Three formulas 1,000 characters longer (and the estimate never under what is sent: sync-budgets).
    expect(long - short).toBeGreaterThanOrEqual(3000);
  });
});

describe("conditional formats", () => {
  it("with ExcelApi 1.6: one op per range, clearing the rules on its cells before adding its own", () => {
    const ops = planOfficeWrites(plan(), opts({ conditionalFormats: true })).flat();
    expect(ofKind(ops, "conditionalFormat")).toEqual([
      { kind: "conditionalFormat", sheet: S, address: "B1:B3", rules: RULES },
    ]);
    expect(ops.map((o) => o.kind).filter((k) => k === "clear")).toHaveLength(2);
    expect(ofKind(ops, "style")).toEqual([]);
  });

  it("with ExcelApi 1.9: the formats of a sheet that share their rules in one RangeAreas op, kept short", () => {
    const many = writePlan({
      conditionalFormats: [
        ...Array.from({ length: 400 }, (_, i) => ({
          range: { ...STATUS, top: 10 * i, bottom: 10 * i + 5 },
          rules: RULES,
        })),
        { range: { ...STATUS, sheet: "Altro" }, rules: RULES },
        { range: STATUS, rules: RULES.slice(0, 1) },
      ],
    });
    const ops = ofKind(
      planOfficeWrites(many, opts({ conditionalFormats: true, rangeAreas: true })).flat(),
      "conditionalFormat",
    );
    const onS = ops.filter((o) => o.sheet === S && o.rules === RULES);
    expect(onS.every((o) => o.areas === true && o.address.length <= MAX_AREAS_ADDRESS)).toBe(true);
    expect(onS.flatMap((o) => o.address.split(","))).toHaveLength(400);
    expect(onS[0].address.startsWith("B1:B6,B11:B16,")).toBe(true);
    expect(onS.length).toBeLessThan(10);
    // Another sheet, other rules: other ops.
    expect(ops.filter((o) => o.sheet === "Altro")).toHaveLength(1);
    expect(ops.filter((o) => o.rules.length === 1)).toHaveLength(1);
  });

  it("before ExcelApi 1.6: each written cell painted with the colours of the rule its value matches, ignoring case", () => {
    const ops = planOfficeWrites(plan(), opts({ conditionalFormats: false })).flat();
    expect(ofKind(ops, "conditionalFormat")).toEqual([]);
    expect(ofKind(ops, "style")).toEqual([
      { kind: "style", sheet: S, address: "B1", style: { fill: "C6EFCE", fontColor: "006100" } },
      { kind: "style", sheet: S, address: "B2", style: { fill: "FFC7CE", fontColor: "9C0006" } },
    ]);
  });
});

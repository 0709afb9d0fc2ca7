/**
 * The hosts' contract for a live workbook: formula cells (numbers and texts as results, absolute sheet-qualified
 * references, a defined name) and «Cell value equal to» conditional formats. One hand-made plan, applied by every
 * host (test/helpers/contract-hosts.ts), gives one workbook: same formulas, same cached results, same rules on the
 * same cells. Clearing a rectangle takes its rules away; the undo log's copies carry formulas and rules there and
 * back; a plan applied twice leaves what it left once; and Excel before ExcelApi 1.6 shows the same colours,
 * painted.
 */
import ExcelJS from "exceljs";
import type { CellWrite, ConditionalRule, RangeCopy, WritePlan } from "../../../src/core/write/types";
import { writePlan } from "../../../src/core/write/steps";
import { loadXlsxBuffer, readWorkbookGrid } from "../../../src/hosts/xlsx";
import { diffFacts, workbookFacts, type CellFacts, type WorkbookFacts } from "../../fakes/office-flow";
import { CONTRACT_HOSTS, EXCELJS_HOST, officeHost, type ContractHost } from "../../helpers/contract-hosts";

const UNIT = "Servizio X";
const LOG = "Registro";
/** Columns: J (9) the actual, K (10) Raggiungimento, L (11) Stato, M (12) a person's own formula. */
const J = 9;
const K = 10;
const L = 11;

const RULES: ConditionalRule[] = [
  { equals: "Raggiunto", fill: "C6EFCE", fontColor: "006100" },
  { equals: "Non raggiunto", fill: "FFC7CE", fontColor: "9C0006" },
  // A text with a double quote: written as a formula constant, the quote is doubled.
  { equals: 'Dice "sì"', fill: "FFEB9C", fontColor: "9C5700" },
];

const ACTUALS = [80, 95, 100, 50];

/** The unit sheet as a person keeps it: actuals in J5:J8, a label for the defined name, a formula of their own. */
async function freshWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(UNIT);
  ws.getCell("A1").value = "SERVIZIO X";
  ws.getCell("J4").value = "Consuntivo";
  ACTUALS.forEach((v, i) => (ws.getCell(5 + i, J + 1).value = v));
  ws.getCell("B2").value = "Raggiunto";
  // A person's formula with relative references, beside the add-in's columns.
  ws.getCell("M5").value = { formula: "J5*2", result: 160 };
  wb.addWorksheet("Altro").getCell("A1").value = "nota";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const ref = (col: string, row: number): string => `'${UNIT}'!$${col}$${row}`;

/** The live cells: K a ratio (a number), L a status (a text, through the defined name for «Raggiunto»). */
function liveCells(): CellWrite[] {
  const cells: CellWrite[] = [
    { sheet: UNIT, row: 3, col: K, value: "Raggiungimento", style: { bold: true } },
    { sheet: UNIT, row: 3, col: L, value: "Stato", style: { bold: true } },
    // Text that looks like a formula stays text.
    { sheet: UNIT, row: 9, col: K, value: "=non una formula" },
  ];
  ACTUALS.forEach((v, i) => {
    const row = 5 + i;
    const ratio = v / 100;
    cells.push({
      sheet: UNIT,
      row: row - 1,
      col: K,
      value: ratio,
      formula: `IF(ISNUMBER(${ref("J", row)}),${ref("J", row)}/100,"")`,
      style: { numberFormat: "0%" },
    });
    cells.push({
      sheet: UNIT,
      row: row - 1,
      col: L,
      value: i === 3 ? 'Dice "sì"' : ratio >= 0.9 ? "Raggiunto" : "Non raggiunto",
      formula:
        i === 3
          ? `IF(${ref("K", row)}<0.6,"Dice ""sì""",CP_RAGGIUNTO)`
          : `IF(${ref("K", row)}>=0.9,CP_RAGGIUNTO,"Non raggiunto")`,
    });
  });
  return cells;
}

const OWNED = { sheet: UNIT, top: 3, left: K, bottom: 9, right: L };
const STATUS = { sheet: UNIT, top: 4, left: L, bottom: 7, right: L };

/** A run's plan: the owned columns cleared, the name, the live cells, the rules on Stato. */
function livePlan(): WritePlan {
  return writePlan({
    // As the core does: a name is removed before it is set again.
    removeNames: ["CP_RAGGIUNTO"],
    clears: [OWNED],
    setNames: [{ name: "CP_RAGGIUNTO", sheet: UNIT, range: "$B$2" }],
    cells: liveCells(),
    conditionalFormats: [{ range: STATUS, rules: RULES }],
  });
}

const apply = async (host: ContractHost, bytes: Buffer, plan: WritePlan): Promise<Buffer> =>
  Buffer.from(await (await host.apply(bytes, plan)).xlsx.writeBuffer());

const facts = async (bytes: Buffer): Promise<WorkbookFacts> => workbookFacts(await loadXlsxBuffer(bytes));

function expectSame(got: WorkbookFacts, want: WorkbookFacts, label: string, asSeen = false): void {
  expect({ label, diff: diffFacts(got.cells, want.cells, asSeen) }).toEqual({ label, diff: [] });
  expect({ label, sheets: got.sheets, hidden: got.hidden }).toEqual({
    label,
    sheets: want.sheets,
    hidden: want.hidden,
  });
  expect({ label, names: got.names }).toEqual({ label, names: want.names });
}

const cell = (f: WorkbookFacts, address: string): CellFacts | undefined => f.cells.get(`${UNIT}!${address}`);

/** The plan applied by every host: the workbooks each ends with, the exceljs host's first. */
async function everyHost(bytes: Buffer, plan: WritePlan): Promise<Buffer[]> {
  return Promise.all(CONTRACT_HOSTS.map((h) => apply(h, bytes, plan)));
}

async function expectEveryHostAgrees(results: Buffer[], label: string): Promise<WorkbookFacts> {
  const [reference, ...others] = await Promise.all(results.map(facts));
  others.forEach((o, i) => expectSame(o, reference, `${label}: ${CONTRACT_HOSTS[i + 1].label} ≠ exceljs`));
  return reference;
}

describe("formulas and conditional formats: every host writes the same workbook", () => {
  let fresh: Buffer;
  beforeAll(async () => {
    fresh = await freshWorkbook();
  });

  it("writes formulas with their results, literal text as text, and the rules on the status cells", async () => {
    const ref = await expectEveryHostAgrees(await everyHost(fresh, livePlan()), "live plan");
    expect(cell(ref, "K5")).toMatchObject({
      value: 0.8,
      formula: `IF(ISNUMBER('${UNIT}'!$J$5),'${UNIT}'!$J$5/100,"")`,
      numFmt: "0%",
    });
    expect(cell(ref, "L6")).toMatchObject({
      value: "Raggiunto",
      formula: `IF('${UNIT}'!$K$6>=0.9,CP_RAGGIUNTO,"Non raggiunto")`,
    });
    expect(cell(ref, "L8")?.value).toBe('Dice "sì"');
    expect(cell(ref, "K10")).toMatchObject({ value: "=non una formula", formula: null });
    // Each status cell carries the three rules, and shows the colours of the one its value matches.
    for (const a of ["L5", "L6", "L7", "L8"]) {
      expect(cell(ref, a)?.rules.split(" | ")).toHaveLength(3);
      expect(cell(ref, a)?.fill).toBeNull();
    }
    expect(cell(ref, "L5")?.rules).toContain('"Non raggiunto"');
    expect(cell(ref, "L8")?.rules).toContain('"Dice ""sì"""');
    expect(cell(ref, "L5")?.seen).toBe("FFFFC7CE/FF9C0006");
    expect(cell(ref, "L6")?.seen).toBe("FFC6EFCE/FF006100");
    expect(cell(ref, "L8")?.seen).toBe("FFFFEB9C/FF9C5700");
    expect(cell(ref, "K5")?.rules).toBe("");
    expect(ref.names).toContainEqual({ name: "CP_RAGGIUNTO", sheet: UNIT, range: "$B$2" });
  }, 60_000);

  it("reads a formula cell as its result, so that the grid a second run reads is the one the first computed", async () => {
    for (const bytes of await everyHost(fresh, livePlan())) {
      const grid = readWorkbookGrid(await loadXlsxBuffer(bytes));
      const unit = grid.sheets.find((s) => s.name === UNIT);
      expect(unit?.values[4]?.slice(J, L + 2)).toEqual([80, 0.8, "Non raggiunto", 160]);
      expect(unit?.values[7]?.[L]).toBe('Dice "sì"');
    }
  }, 60_000);

  it("applied twice, leaves the workbook it left once: no rule stacked, no formula changed", async () => {
    const once = await everyHost(fresh, livePlan());
    const twice = await Promise.all(CONTRACT_HOSTS.map((h, i) => apply(h, once[i], livePlan())));
    for (let i = 0; i < CONTRACT_HOSTS.length; i++) {
      const [a, b] = await Promise.all([facts(once[i]), facts(twice[i])]);
      expectSame(b, a, `${CONTRACT_HOSTS[i].label}: twice ≠ once`);
      const entries = (await loadXlsxBuffer(twice[i])).getWorksheet(UNIT) as unknown as {
        conditionalFormattings: { rules: unknown[] }[];
      };
      // Three rules in all, not three per run.
      expect(entries.conditionalFormattings.flatMap((cf) => cf.rules)).toHaveLength(3);
    }
  }, 60_000);

  it("clearing a rectangle takes its cells out of the rules, and only its cells", async () => {
    const live = await apply(EXCELJS_HOST, fresh, livePlan());
    const plan = writePlan({ clears: [{ sheet: UNIT, top: 5, left: L, bottom: 5, right: L }] });
    const ref = await expectEveryHostAgrees(await everyHost(live, plan), "partial clear");
    expect(cell(ref, "L6")).toBeUndefined();
    for (const a of ["L5", "L7", "L8"]) expect(cell(ref, a)?.rules.split(" | ")).toHaveLength(3);
    const whole = await expectEveryHostAgrees(await everyHost(live, writePlan({ clears: [OWNED] })), "whole clear");
    for (const a of ["L5", "L6", "L7", "L8", "K5"]) expect(cell(whole, a)).toBeUndefined();
  }, 60_000);

  it("undo's copies carry formulas and rules into the log and back, exactly", async () => {
    const live = await apply(EXCELJS_HOST, fresh, livePlan());
    // The backup keeps its column and moves down only, as the core places backups (src/core/undo/record.ts).
    const rect = { sheet: UNIT, top: 3, left: K, bottom: 9, right: 12 };
    const backup: RangeCopy = { from: rect, toSheet: LOG, toRow: 20, toCol: K };
    const run = writePlan({
      undoLog: {
        sheet: LOG,
        create: true,
        backups: [backup],
        cells: [{ sheet: LOG, row: 0, col: 0, value: "registro" }],
        header: [{ sheet: LOG, row: 1, col: 0, value: "blocco 1" }],
      },
      clears: [OWNED],
      cells: [{ sheet: UNIT, row: 4, col: L, value: "scritto a mano" }],
    });
    const undo = writePlan({
      restores: [{ from: { sheet: LOG, top: 20, left: K, bottom: 26, right: 12 }, toSheet: UNIT, toRow: 3, toCol: K }],
      logClears: [{ sheet: LOG, top: 1, left: 0, bottom: 26, right: 12 }],
    });
    const afterRun = await everyHost(live, run);
    const logged = await expectEveryHostAgrees(afterRun, "run with backup");
    // In the log, the plan's absolute formulas as they were; the person's relative one moved as Excel pastes it.
    expect(logged.cells.get(`${LOG}!K22`)?.formula).toBe(`IF(ISNUMBER('${UNIT}'!$J$5),'${UNIT}'!$J$5/100,"")`);
    expect(logged.cells.get(`${LOG}!M22`)?.formula).toBe("J22*2");
    expect(logged.cells.get(`${LOG}!L22`)?.rules.split(" | ")).toHaveLength(3);
    expect(cell(logged, "L5")).toMatchObject({ value: "scritto a mano", rules: "" });
    const back = await Promise.all(CONTRACT_HOSTS.map((h, i) => apply(h, afterRun[i], undo)));
    const restored = await expectEveryHostAgrees(back, "undo");
    const before = await facts(live);
    // The unit sheet is back as it was before the run: formulas, results, formats, rules.
    const onUnit = (m: Map<string, CellFacts>): Map<string, CellFacts> =>
      new Map([...m].filter(([k]) => k.startsWith(`${UNIT}!`)));
    expect(diffFacts(onUnit(restored.cells), onUnit(before.cells))).toEqual([]);
    expect(cell(restored, "M5")?.formula).toBe("J5*2");
    // And the log's block is empty again, its rules gone with it.
    expect([...restored.cells.keys()].filter((k) => k.startsWith(`${LOG}!`) && !k.endsWith("!A1"))).toEqual([]);
  }, 60_000);
});

describe("Excel before ExcelApi 1.6 (no conditional formats)", () => {
  const BEFORE_1_6 = (name: string, version = "1.1"): boolean =>
    name === "ExcelApi" && Number(version.split(".")[1] ?? "0") < 6;

  it("paints each status cell with the colours its rule would give, and writes the same formulas", async () => {
    const fresh = await freshWorkbook();
    const [want, got] = await Promise.all(
      [EXCELJS_HOST, officeHost("Office before 1.6", BEFORE_1_6)].map(async (h) =>
        facts(await apply(h, fresh, livePlan())),
      ),
    );
    // What a person sees is the same: values, formulas, formats, colours.
    expectSame(got, want, "before 1.6", true);
    // Fixed colours, no rules.
    expect(cell(got, "L5")).toMatchObject({ rules: "", fill: "FFFFC7CE", font: "FF9C0006" });
    expect(cell(got, "L6")).toMatchObject({ rules: "", fill: "FFC6EFCE", font: "FF006100" });
    expect(cell(got, "L8")).toMatchObject({ rules: "", fill: "FFFFEB9C", font: "FF9C5700" });
    expect(cell(got, "K5")?.fill).toBeNull();
  }, 60_000);
});

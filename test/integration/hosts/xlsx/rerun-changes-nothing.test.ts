/**
 * The whole write path through real .xlsx bytes: read -> plan -> apply -> save/load, then again on the
 * output. The rerun must give the same workbook, and no cell a person owns may change.
 */
import ExcelJS from "exceljs";
import { applyWritePlan, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { planWrites } from "../../../../src/core/write";
import type { Plan } from "../../../../src/core/model/types";
import { parseRange, a1 } from "../../../../src/core/grid/address";
import type { WorkbookGrid } from "../../../../src/core/grid/types";
import { shownColours } from "../../../helpers/shown-colour";
import {
  cruscottoRows,
  grid,
  namesOf,
  recogniseFixture,
  roundTrip,
  scoreFixture,
  snapshotCells,
  unitSheetRows,
  workbookFromGrids,
  type CellSnapshot,
} from "../../../helpers/write-fixtures";

const UNIT = "Servizio Staff";

function source(): WorkbookGrid {
  const unit = unitSheetRows();
  unit[3][11] = "nota a margine"; // L4: a person's cell, right where a later column could go
  return {
    sheets: [
      grid(UNIT, unit, { merges: [{ top: 0, left: 0, bottom: 0, right: 3 }] }),
      grid("Cruscotto", cruscottoRows(), { formats: [[], [], [], []] }),
      grid(
        "Appunti",
        [
          ["Da ricordare", 44742],
          [null, "=A1"],
        ],
        { formats: [[], ["General", "dd/mm/yyyy"]] },
      ),
    ],
    names: [{ name: "Area_Stampa", sheet: "Appunti", range: "$A$1:$B$2" }],
  };
}

interface RunOutput {
  wb: ExcelJS.Workbook;
  diagnostics: ReturnType<typeof planWrites>["diagnostics"];
}

/** One CLI-like run on a workbook: read, recognise, score, plan, apply, save and load. */
async function runOnce(
  input: ExcelJS.Workbook,
  recognise: (g: WorkbookGrid) => Plan = (g) => recogniseFixture(g),
): Promise<RunOutput> {
  const grids = readWorkbookGrid(input);
  const plan = recognise(grids);
  const { writePlan, diagnostics } = planWrites({
    workbook: grids,
    plan,
    scorecard: scoreFixture(plan),
    lang: "it",
    settingsCells: null,
  });
  applyWritePlan(input, writePlan);
  return { wb: await roundTrip(input), diagnostics };
}

/** The cells a run owns: CP_OWN_* rectangles and CP_SHEET_* sheets. */
function ownedKeys(wb: ExcelJS.Workbook): (key: string) => boolean {
  const rects = namesOf(wb)
    .filter((n) => n.name.startsWith("CP_OWN_"))
    .map((n) => ({ sheet: n.sheet, rect: parseRange(n.range)! }));
  const sheets = new Set(
    namesOf(wb)
      .filter((n) => n.name.startsWith("CP_SHEET_"))
      .map((n) => n.sheet),
  );
  return (key) => {
    const [sheet, ref] = key.split("!");
    if (sheets.has(sheet)) return true;
    const r = parseRange(ref)!;
    return rects.some(
      (o) =>
        o.sheet === sheet &&
        r.top >= o.rect.top &&
        r.top <= o.rect.bottom &&
        r.left >= o.rect.left &&
        r.left <= o.rect.right,
    );
  };
}

/** Besides what it owns, a run may only write a Consuntivo header into a cell that was empty. */
function allowedChange(before: Map<string, CellSnapshot>, after: ExcelJS.Workbook): (key: string) => boolean {
  const owned = ownedKeys(after);
  const snap = snapshotCells(after);
  return (key) => owned(key) || (!before.has(key) && /^Consuntivo( \d{4})?$/.test(String(snap.get(key)?.value)));
}

function diff(
  a: Map<string, CellSnapshot>,
  b: Map<string, CellSnapshot>,
  skip: (key: string) => boolean = () => false,
): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (skip(key)) continue;
    const x = JSON.stringify(a.get(key) ?? null);
    const y = JSON.stringify(b.get(key) ?? null);
    if (x !== y) out.push(`${key}: ${x} -> ${y}`);
  }
  return out.sort();
}

describe("a run on a fresh workbook", () => {
  let before: Map<string, CellSnapshot>;
  let first: RunOutput;
  beforeAll(async () => {
    const input = await roundTrip(workbookFromGrids(source()));
    before = snapshotCells(input);
    first = await runOnce(input);
  });

  it("changes no cell outside what it owns", () => {
    const changed = diff(before, snapshotCells(first.wb), allowedChange(before, first.wb));
    expect(changed).toEqual([]);
    // The guard above is not vacuous: the run did write cells.
    expect(diff(before, snapshotCells(first.wb)).length).toBeGreaterThan(20);
  });

  it("writes its columns and records them as names", () => {
    const ws = first.wb.getWorksheet(UNIT)!;
    expect(["H3", "I3", "J3", "K3"].map((r) => ws.getCell(r).value)).toEqual([
      "Consuntivo",
      "Raggiungimento",
      "Stato",
      "Note",
    ]);
    expect(ws.getCell("J6").value).toBe("Non valutabile");
    // L4, a person's note just right of the owned columns, is untouched.
    expect(ws.getCell("L4").value).toBe("nota a margine");
    expect(namesOf(first.wb).map((n) => `${n.name}=${n.sheet}!${n.range}`)).toEqual([
      "Area_Stampa=Appunti!$A$1:$B$2",
      `CP_OWN_1=${UNIT}!$I$3:$K$6`,
      `CP_OWN_2=${UNIT}!$I$9:$K$11`,
      "CP_OWN_3=Cruscotto!$G$2:$I$4",
      "CP_SHEET_1=Riepilogo 2022!$A$1",
    ]);
    expect(first.wb.worksheets.map((w) => w.name)).toEqual([UNIT, "Cruscotto", "Appunti", "Riepilogo 2022"]);
  });

  it("keeps a person's formula-looking text as text", () => {
    const c = first.wb.getWorksheet(UNIT)!.getCell("B11");
    expect(c.value).toBe("=SUM(A1) typed by a person");
    expect(c.type).toBe(ExcelJS.ValueType.String);
  });

  it("gives the same workbook when run again on its own output", async () => {
    const second = await runOnce(await roundTrip(first.wb));
    expect(diff(snapshotCells(first.wb), snapshotCells(second.wb))).toEqual([]);
    expect(namesOf(second.wb)).toEqual(namesOf(first.wb));
    expect(second.wb.worksheets.map((w) => w.name)).toEqual(first.wb.worksheets.map((w) => w.name));
    const widths = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.columns?.map((c) => c.width ?? null) ?? []);
    expect(widths(second.wb)).toEqual(widths(first.wb));
    // And a third time, for good measure.
    const third = await runOnce(await roundTrip(second.wb));
    expect(diff(snapshotCells(second.wb), snapshotCells(third.wb))).toEqual([]);
  });

  it("gives the same workbook when the recogniser misses the Consuntivo column it created", async () => {
    const blind = (g: WorkbookGrid): Plan => {
      const plan = recogniseFixture(g);
      for (const t of plan.tables) {
        if (t.columns.actual !== undefined && t.columns.actual === t.lastCol) {
          t.columns.actual = undefined;
          t.lastCol -= 1;
        }
      }
      return plan;
    };
    const second = await runOnce(await roundTrip(first.wb), blind);
    expect(diff(snapshotCells(first.wb), snapshotCells(second.wb))).toEqual([]);
    expect(second.diagnostics).toEqual([]);
  });

  it("scores what a person then types into the created Consuntivo, touching nothing else", async () => {
    const edited = await roundTrip(first.wb);
    const ws = edited.getWorksheet(UNIT)!;
    ws.getCell("H4").value = 0.95;
    ws.getCell("H5").value = 0.75;
    ws.getCell("H10").value = 0.2;
    const typed = snapshotCells(edited);
    const ownedBefore = ownedKeys(edited);
    const second = await runOnce(edited);
    const out = second.wb.getWorksheet(UNIT)!;
    // Rows 5 and 10 are now below Raggiunto: each table gets a Motivazione scostamento column where the first
    // run's owned columns began (I), and those move right: past the person's note in L4 for the first table,
    // aligned with it for the second.
    expect([out.getCell("I3").value, out.getCell("I9").value]).toEqual([
      "Motivazione scostamento",
      "Motivazione scostamento",
    ]);
    const column = (row: number, header: string): number =>
      (out.getRow(row).values as ExcelJS.CellValue[]).findIndex((v) => v === header);
    const [ragg, stato] = [column(3, "Raggiungimento"), column(3, "Stato")];
    expect([column(9, "Raggiungimento"), column(9, "Stato")]).toEqual([ragg, stato]);
    expect(ragg).toBeGreaterThan(12); // right of L4
    expect([out.getCell("H4").value, out.getCell(4, ragg).value, out.getCell(4, stato).value]).toEqual([
      0.95,
      0.95,
      "Raggiunto",
    ]);
    expect(out.getCell(4, ragg).numFmt).toBe("0.0%");
    expect(out.getCell(5, stato).value).toBe("Parzialmente raggiunto");
    expect(out.getCell(10, stato).value).toBe("Non raggiunto");
    expect(shownColours(out, out.getCell(10, stato).address).fill).toBe("FFFFC7CE");
    expect(out.getCell("L4").value).toBe("nota a margine");
    // The typed values in H are the person's: only cells owned before or after, and the two created headers,
    // changed.
    const created = (key: string): boolean => key === `${UNIT}!I3` || key === `${UNIT}!I9`;
    const owned = ownedKeys(second.wb);
    expect(diff(typed, snapshotCells(second.wb), (k) => ownedBefore(k) || owned(k) || created(k))).toEqual([]);
  });

  it("leaves its columns in place when a person types next to them", async () => {
    const edited = await roundTrip(first.wb);
    const ws = edited.getWorksheet(UNIT)!;
    ws.getCell("I14").value = "sotto la tabella"; // below every block
    ws.getCell("M10").value = "mio";
    const typed = snapshotCells(edited);
    const second = await runOnce(edited);
    // The owned columns still fit at I..K (M is right of them): nothing moves.
    expect(second.diagnostics).toEqual([]);
    expect(diff(typed, snapshotCells(second.wb))).toEqual([]);
  });
});

describe("a person's cell in the way on the first run", () => {
  it("shifts the owned columns, warns, and overwrites nothing", async () => {
    const src = source();
    src.sheets[0].values[9][8] = "scritto a mano"; // I10: inside the second block's would-be Raggiungimento
    const input = await roundTrip(workbookFromGrids(src));
    const before = snapshotCells(input);
    const first = await runOnce(input);
    const moved = first.diagnostics.filter((d) => d.code === "OWNED_COLUMN_MOVED");
    expect(moved.length).toBeGreaterThan(0);
    const ws = first.wb.getWorksheet(UNIT)!;
    expect(ws.getCell("I10").value).toBe("scritto a mano");
    const header = moved.find((d) => d.cell && /9$/.test(d.cell))!;
    expect(ws.getCell(header.cell!).value).toBe("Raggiungimento");
    expect(ws.getCell("H9").value).toBe("Consuntivo"); // stays next to the table, where it is recognised
    expect(diff(before, snapshotCells(first.wb), allowedChange(before, first.wb))).toEqual([]);
    // Idempotent even with the shift.
    const second = await runOnce(await roundTrip(first.wb));
    expect(diff(snapshotCells(first.wb), snapshotCells(second.wb))).toEqual([]);
    expect(second.diagnostics.map((d) => d.cell)).toEqual(moved.map((d) => d.cell));
  });
});

describe("a person's cell right of the table", () => {
  it("takes the created Consuntivo along with the owned columns, and a rerun finds it there", async () => {
    const src = source();
    src.sheets[0].values[3][7] = "mio"; // H4: the Consuntivo cannot sit next to the first table
    const input = await roundTrip(workbookFromGrids(src));
    const before = snapshotCells(input);
    const first = await runOnce(input);
    const ws = first.wb.getWorksheet(UNIT)!;
    expect(ws.getCell("H4").value).toBe("mio");
    // L4 holds a note too, so the first free place is M (Consuntivo) and N..P.
    const moved = first.diagnostics.find((d) => d.cell !== null && /^[A-Z]+3$/.test(d.cell));
    expect(moved?.params).toEqual({ column: "Consuntivo", cell: "M3" });
    expect(ws.getCell("M3").value).toBe("Consuntivo");
    expect(ws.getCell("N3").value).toBe("Raggiungimento");
    expect(diff(before, snapshotCells(first.wb), allowedChange(before, first.wb))).toEqual([]);
    const second = await runOnce(await roundTrip(first.wb));
    expect(diff(snapshotCells(first.wb), snapshotCells(second.wb))).toEqual([]);
  });
});

describe("a protected sheet", () => {
  it("is left exactly as it was", async () => {
    const input = await roundTrip(workbookFromGrids(source()));
    await input.getWorksheet(UNIT)!.protect("", {});
    const before = snapshotCells(input);
    const { wb, diagnostics } = await runOnce(input);
    const after = snapshotCells(wb);
    const onSheet = (m: Map<string, CellSnapshot>) => new Map([...m].filter(([k]) => k.startsWith(`${UNIT}!`)));
    expect(diff(onSheet(before), onSheet(after))).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain("SHEET_PROTECTED");
    expect(wb.getWorksheet("Cruscotto")!.getCell(a1(1, 6)).value).toBe("Raggiungimento 2022");
  });
});

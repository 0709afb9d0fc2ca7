/** planWrites on hand-built grids and plans: placement, collisions, protection, the summary and settings sheets. */
import { planWrites, type PlanWritesInput } from "../../../../src/core/write";
import { measureWork } from "../../../helpers/work-meter";
import type { CellWrite, WritePlan } from "../../../../src/core/write/types";
import { planParts, type AllPlanParts } from "../../../../src/core/write/steps";
import type { CellValue, DefinedName, Grid, WorkbookGrid } from "../../../../src/core/grid/types";
import { a1, parseRange } from "../../../../src/core/grid/address";
import {
  DEFAULT_SETTINGS,
  SETTINGS_PERCENT_ROWS,
  SETTINGS_SHEET_NAME,
  settingsSheetCells,
} from "../../../../src/core/settings";
import { formatMessage } from "../../../../src/i18n/messages";
import {
  cruscottoRows,
  grid,
  recogniseFixture,
  scoreFixture,
  unitResult,
  unitSheetRows,
} from "../../../helpers/write-fixtures";

const UNIT = "Servizio Staff";

/** planWrites, its plan read back as parts (cells, clears, names…) for the assertions. */
function planned(input: PlanWritesInput) {
  const r = planWrites(input);
  return { ...r, writePlan: planParts(r.writePlan) };
}

function run(wb: WorkbookGrid, over: Partial<PlanWritesInput> = {}) {
  const plan = recogniseFixture(wb);
  const scorecard = scoreFixture(plan);
  return planned({ workbook: wb, plan, scorecard, lang: "it", settingsCells: null, ...over });
}

function at(p: AllPlanParts, sheet: string, ref: string): CellWrite | undefined {
  return p.cells.find((c) => c.sheet === sheet && a1(c.row, c.col) === ref);
}

function name(p: AllPlanParts, n: string): Omit<DefinedName, "name"> | undefined {
  const found = p.setNames.find((s) => s.name === n);
  return found && { sheet: found.sheet, range: found.range };
}

/** Every cell the plan writes or clears on the given sheet. */
function touched(p: AllPlanParts, sheet: string): Array<[number, number]> {
  const out: Array<[number, number]> = p.cells.filter((c) => c.sheet === sheet).map((c) => [c.row, c.col]);
  for (const c of p.clears.filter((x) => x.sheet === sheet)) {
    for (let r = c.top; r <= c.bottom; r++) for (let col = c.left; col <= c.right; col++) out.push([r, col]);
  }
  return out;
}

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || v === "";

describe("owned columns of a unit table", () => {
  const wb: WorkbookGrid = { sheets: [grid(UNIT, unitSheetRows())], names: [] };
  const { writePlan: p, diagnostics } = run(wb);

  it("creates the Consuntivo header right of the table, then Raggiungimento, Stato, Note", () => {
    expect(at(p, UNIT, "H3")?.value).toBe("Consuntivo");
    expect(at(p, UNIT, "I3")?.value).toBe("Raggiungimento");
    expect(at(p, UNIT, "J3")?.value).toBe("Stato");
    expect(at(p, UNIT, "K3")?.value).toBe("Note");
    expect(at(p, UNIT, "I3")?.style).toMatchObject({ bold: true, fill: "DDEBF7" });
    expect(at(p, UNIT, "H9")?.value).toBe("Consuntivo");
    expect(at(p, UNIT, "I9")?.value).toBe("Raggiungimento");
    expect(diagnostics).toEqual([]);
  });

  it("leaves the created Consuntivo's data cells empty for a person to fill", () => {
    for (const r of [4, 5, 6, 10, 11]) expect(at(p, UNIT, `H${r}`)).toBeUndefined();
  });

  it("writes status, achievement format and the row's diagnostics as the note", () => {
    expect(at(p, UNIT, "I4")).toBeUndefined(); // no achievement: left empty (the range was cleared)
    expect(at(p, UNIT, "J4")).toMatchObject({ value: "Non rilevato", style: { fill: "D9D9D9", fontColor: "404040" } });
    expect(at(p, UNIT, "J6")).toMatchObject({
      value: "Non valutabile",
      style: { fill: "F2F2F2", fontColor: "595959" },
    });
    const expected = formatMessage("TARGET_UNREADABLE", {
      sheet: UNIT,
      cell: "C6",
      raw: "м",
      reason: "carattere non riconosciuto «м»",
    });
    expect(at(p, UNIT, "K6")?.value).toBe(expected);
    expect(at(p, UNIT, "K4")).toBeUndefined();
  });

  it("records each owned rectangle as CP_OWN_<n>, header row to last data row", () => {
    expect(name(p, "CP_OWN_1")).toEqual({ sheet: UNIT, range: "$I$3:$K$6" });
    expect(name(p, "CP_OWN_2")).toEqual({ sheet: UNIT, range: "$I$9:$K$11" });
    expect(p.removeNames).toEqual([]);
  });

  it("touches only cells that are empty in the grid", () => {
    for (const [r, c] of touched(p, UNIT)) expect(isEmpty(wb.sheets[0].values[r]?.[c])).toBe(true);
  });

  it("shares style objects instead of copying one per cell", () => {
    const styles = new Set(p.cells.filter((c) => c.sheet === UNIT).map((c) => c.style));
    expect(styles.size).toBeLessThanOrEqual(6);
  });
});

describe("an existing Consuntivo column", () => {
  it("is used, and no second one is created", () => {
    const rows = unitSheetRows();
    rows[2].push("Consuntivo");
    rows[3].push(0.95);
    const wb = { sheets: [grid(UNIT, rows)], names: [] };
    const plan = recogniseFixture(wb);
    expect(plan.tables[0].columns.actual).toBe(7);
    const { writePlan: p } = planned({
      workbook: wb,
      plan,
      scorecard: scoreFixture(plan),
      lang: "it",
      settingsCells: null,
    });
    expect(at(p, UNIT, "H3")).toBeUndefined();
    expect(at(p, UNIT, "I3")?.value).toBe("Raggiungimento");
    expect(at(p, UNIT, "I4")?.value).toBe(0.95);
    expect(at(p, UNIT, "J4")).toMatchObject({ value: "Raggiunto", style: { fill: "C6EFCE", fontColor: "006100" } });
    // The second block has no Consuntivo: it gets one at H, which puts its owned columns at I..K as well.
    expect(at(p, UNIT, "H9")?.value).toBe("Consuntivo");
    expect(name(p, "CP_OWN_2")).toEqual({ sheet: UNIT, range: "$I$9:$K$11" });
  });

  it("recognises the Consuntivo header a previous run created even when the plan does not", () => {
    const rows = unitSheetRows();
    rows[2].push("Consuntivo");
    const wb = { sheets: [grid(UNIT, rows)], names: [] };
    const plan = recogniseFixture(wb);
    plan.tables[0].columns.actual = undefined; // as if the recogniser had stopped at G
    plan.tables[0].lastCol = 6;
    const { writePlan: p, diagnostics } = planned({
      workbook: wb,
      plan,
      scorecard: scoreFixture(plan),
      lang: "it",
      settingsCells: null,
    });
    expect(at(p, UNIT, "H3")).toBeUndefined();
    expect(at(p, UNIT, "I3")?.value).toBe("Raggiungimento");
    expect(diagnostics.filter((d) => d.code === "OWNED_COLUMN_MOVED")).toEqual([]);
  });
});

describe("collisions", () => {
  it("moves the owned columns past a person's cell, says so, and aligns the sheet's other block", () => {
    const rows = unitSheetRows();
    rows[4][9] = "appunto"; // J5, inside the would-be Stato column
    const wb = { sheets: [grid(UNIT, rows)], names: [] };
    const { writePlan: p, diagnostics } = run(wb);
    // The created Consuntivo stays right of the table (where it will be recognised); the owned columns jump J.
    expect(at(p, UNIT, "H3")?.value).toBe("Consuntivo");
    expect(at(p, UNIT, "K3")?.value).toBe("Raggiungimento");
    expect(name(p, "CP_OWN_1")).toEqual({ sheet: UNIT, range: "$K$3:$M$6" });
    expect(name(p, "CP_OWN_2")).toEqual({ sheet: UNIT, range: "$K$9:$M$11" });
    const moved = diagnostics.filter((d) => d.code === "OWNED_COLUMN_MOVED");
    expect(moved[0]).toEqual({
      severity: "warning",
      code: "OWNED_COLUMN_MOVED",
      sheet: UNIT,
      cell: "K3",
      params: { column: "Raggiungimento", cell: "K3" },
    });
    // The second block fitted at I: it moved only to stay aligned, which is no warning.
    expect(moved.map((d) => d.cell)).toEqual(["K3"]);
    for (const [r, c] of touched(p, UNIT)) expect(isEmpty(rows[r]?.[c])).toBe(true);
  });

  it("moves a created Consuntivo along when the column right of the table is a person's", () => {
    const rows = unitSheetRows();
    rows[3][7] = "mio"; // H4
    const { writePlan: p, diagnostics } = run({ sheets: [grid(UNIT, rows)], names: [] });
    expect(at(p, UNIT, "H3")).toBeUndefined();
    expect(at(p, UNIT, "I3")?.value).toBe("Consuntivo");
    expect(at(p, UNIT, "J3")?.value).toBe("Raggiungimento");
    expect(diagnostics[0]).toMatchObject({
      code: "OWNED_COLUMN_MOVED",
      cell: "I3",
      params: { column: "Consuntivo", cell: "I3" },
    });
  });

  it("treats a merge reaching into the owned columns as a person's cells", () => {
    const wb = {
      sheets: [grid(UNIT, unitSheetRows(), { merges: [{ top: 9, left: 7, bottom: 10, right: 8 }] })],
      names: [],
    };
    const { writePlan: p } = run(wb);
    expect(name(p, "CP_OWN_2")?.range.startsWith("$K$9")).toBe(true);
  });

  it("writes over cells a previous run owned, and clears them first", () => {
    const rows = unitSheetRows();
    rows[2][8] = "Raggiungimento";
    rows[3][9] = "Non rilevato";
    rows[3][10] = "vecchia nota";
    rows[2][7] = "Consuntivo";
    const names: DefinedName[] = [
      { name: "CP_OWN_1", sheet: UNIT, range: "$I$3:$K$6" },
      { name: "CP_OWN_7", sheet: UNIT, range: "$P$1:$P$2" },
      { name: "CP_SHEET_1", sheet: "Sparito", range: "$A$1" },
    ];
    const wb = { sheets: [grid(UNIT, rows)], names };
    const { writePlan: p, diagnostics } = run(wb);
    expect(diagnostics.filter((d) => d.code === "OWNED_COLUMN_MOVED")).toEqual([]);
    expect(p.removeNames).toEqual(["CP_OWN_1", "CP_OWN_7", "CP_SHEET_1"]);
    expect(p.clears).toEqual(
      expect.arrayContaining([
        { sheet: UNIT, top: 2, left: 8, bottom: 5, right: 10 },
        { sheet: UNIT, top: 0, left: 15, bottom: 1, right: 15 },
      ]),
    );
    expect(at(p, UNIT, "I3")?.value).toBe("Raggiungimento");
    expect(name(p, "CP_OWN_1")).toEqual({ sheet: UNIT, range: "$I$3:$K$6" });
    expect(p.setNames.filter((n) => n.name.startsWith("CP_OWN_")).length).toBe(2);
  });
});

describe("protected sheets", () => {
  it("get nothing written, a warning, and keep their owned names", () => {
    const locked = grid(UNIT, unitSheetRows(), { protected: true });
    const wb = {
      sheets: [locked, grid("Cruscotto", cruscottoRows())],
      names: [{ name: "CP_OWN_1", sheet: UNIT, range: "$I$3:$K$6" }],
    };
    const { writePlan: p, diagnostics } = run(wb);
    expect(touched(p, UNIT)).toEqual([]);
    expect(p.columnWidths.filter((w) => w.sheet === UNIT)).toEqual([]);
    expect(diagnostics).toContainEqual({
      severity: "warning",
      code: "SHEET_PROTECTED",
      sheet: UNIT,
      cell: null,
      params: { sheet: UNIT },
    });
    const kept = p.setNames.filter((n) => n.sheet === UNIT);
    expect(kept).toHaveLength(1);
    expect(kept[0].range).toBe("$I$3:$K$6");
    // The cruscotto still gets its columns.
    expect(at(p, "Cruscotto", "F2")?.value).toBe("Consuntivo 2022");
  });
});

describe("cruscotto blocks", () => {
  it("carry the evaluation year in their headers", () => {
    const { writePlan: p } = run({ sheets: [grid("Cruscotto", cruscottoRows())], names: [] });
    expect(["F2", "G2", "H2", "I2"].map((r) => at(p, "Cruscotto", r)?.value)).toEqual([
      "Consuntivo 2022",
      "Raggiungimento 2022",
      "Stato 2022",
      "Note",
    ]);
    expect(name(p, "CP_OWN_1")).toEqual({ sheet: "Cruscotto", range: "$G$2:$I$4" });
  });

  it("are labelled in English with lang en, the Consuntivo header staying Italian", () => {
    const { writePlan: p } = run({ sheets: [grid("Cruscotto", cruscottoRows())], names: [] }, { lang: "en" });
    expect(["F2", "G2", "H2", "I2", "H3"].map((r) => at(p, "Cruscotto", r)?.value)).toEqual([
      "Consuntivo 2022",
      "Achievement 2022",
      "Status 2022",
      "Notes",
      "Not measured",
    ]);
  });
});

describe("the Riepilogo sheet", () => {
  const wb: WorkbookGrid = { sheets: [grid(UNIT, unitSheetRows())], names: [] };
  const plan = recogniseFixture(wb);
  const scorecard = scoreFixture(plan, {
    ente: { score: 0.8125, method: "aree" },
    areas: [{ name: "Area Segreteria Generale", score: 0.8125, units: ["SERVIZIO STAFF"] }],
    units: [
      unitResult({
        id: "SERVIZIO STAFF",
        area: "Area Segreteria Generale",
        score: 0.8125,
        coverage: 0.5,
        weightSum: 0.22,
        productivityScore: 0.9,
        status: "parzialmente_raggiunto",
      }),
    ],
    strategicObjectives: [{ number: 8, name: "Accountability e Trasparenza", score: null }],
    diagnostics: [
      {
        severity: "warning",
        code: "WEIGHT_SUM",
        sheet: UNIT,
        cell: "D3",
        params: { unit: "SERVIZIO STAFF", sum: "22%" },
      },
      { severity: "info", code: "ENTE_METHOD", sheet: "", cell: null, params: { method: "media delle Aree" } },
    ],
  });
  const { writePlan: p } = planned({ workbook: wb, plan, scorecard, lang: "it", settingsCells: null });
  const S = "Riepilogo 2022";
  const cells = p.cells.filter((c) => c.sheet === S);
  const rowOf = (text: string): number => {
    const c = cells.find((x) => x.value === text);
    if (!c) throw new Error(`missing ${text}`);
    return c.row;
  };
  const valueAt = (row: number, col: number): CellValue | undefined =>
    cells.find((c) => c.row === row && c.col === col)?.value;

  it("is created last, recorded as CP_SHEET_1, with widths", () => {
    expect(p.sheets[p.sheets.length - 1]).toMatchObject({ name: S, replace: false });
    expect(p.sheets[p.sheets.length - 1].columnWidths?.[0]).toBeGreaterThan(30);
    expect(name(p, "CP_SHEET_1")).toEqual({ sheet: S, range: "$A$1" });
    expect(valueAt(0, 0)).toBe("Cruscotto Performance — Riepilogo 2022");
  });

  it("holds the Ente, Areas, units and strategic objectives with percent numbers", () => {
    const ente = rowOf("Indicatore sintetico di performance organizzativa");
    expect(valueAt(ente, 1)).toBe(0.8125);
    expect(cells.find((c) => c.row === ente && c.col === 1)?.style?.numberFormat).toBe("0.0%");
    expect(valueAt(ente, 2)).toBe("media delle Aree");
    const area = rowOf("Area Segreteria Generale");
    expect([valueAt(area, 1), valueAt(area, 2)]).toEqual([0.8125, 1]);
    const unit = rowOf("SERVIZIO STAFF");
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => valueAt(unit, c))).toEqual([
      "Servizio",
      "Area Segreteria Generale",
      0.8125,
      0.5,
      0.22,
      0.9,
      "Parzialmente raggiunto",
    ]);
    expect(cells.find((c) => c.row === unit && c.col === 7)?.style).toMatchObject({
      fill: "FFEB9C",
      fontColor: "9C5700",
    });
    const so = rowOf("Accountability e Trasparenza");
    expect([valueAt(so, 1), valueAt(so, 2)]).toEqual([8, undefined]);
  });

  it("counts indicators per status (text and colour) and diagnostics per code and severity", () => {
    const header = rowOf("Indicatori per stato");
    const counts = Object.fromEntries(
      [2, 3, 4, 5, 6].map((i) => [String(valueAt(header + i, 0)), valueAt(header + i, 1)]),
    );
    expect(counts).toEqual({
      Raggiunto: 0,
      "Parzialmente raggiunto": 0,
      "Non raggiunto": 0,
      "Non rilevato": 4,
      "Non valutabile": 1,
    });
    const diag = rowOf("Diagnostica");
    const lines = [2, 3, 4].map((i) => [valueAt(diag + i, 0), valueAt(diag + i, 1), valueAt(diag + i, 2)]);
    expect(lines).toEqual([
      ["TARGET_UNREADABLE", "Errore", 1],
      ["WEIGHT_SUM", "Avviso", 1],
      ["ENTE_METHOD", "Informazione", 1],
    ]);
  });

  it("holds no date or time, so that reruns are identical", () => {
    const texts = cells.map((c) => String(c.value));
    expect(texts.some((t) => /\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}:\d{2}/.test(t))).toBe(false);
  });

  it("is renamed when a sheet of that name is a person's, and replaced when it is ours", () => {
    const theirs = { sheets: [grid(UNIT, unitSheetRows()), grid(S, [["mio"]])], names: [] };
    const r1 = run(theirs);
    expect(r1.writePlan.sheets.map((s) => s.name)).toEqual(["Riepilogo 2022 (2)"]);
    expect(r1.diagnostics).toContainEqual({
      severity: "warning",
      code: "OWNED_SHEET_RENAMED",
      sheet: "",
      cell: null,
      params: { wanted: S, used: "Riepilogo 2022 (2)" },
    });
    expect(touched(r1.writePlan, S)).toEqual([]);
    const ours = {
      sheets: [grid(UNIT, unitSheetRows()), grid(S, [["Cruscotto Performance — Riepilogo 2022"], ["vecchio"]])],
      names: [{ name: "CP_SHEET_1", sheet: S, range: "$A$1" }],
    };
    const r2 = run(ours);
    expect(r2.writePlan.sheets).toEqual([expect.objectContaining({ name: S, replace: true })]);
    expect(r2.writePlan.removeNames).toEqual(["CP_SHEET_1"]);
  });
});

describe("the settings sheet", () => {
  const cells = settingsSheetCells(DEFAULT_SETTINGS, "it");

  it("is created when missing, the fraction settings formatted 0%", () => {
    const { writePlan: p } = run({ sheets: [grid(UNIT, unitSheetRows())], names: [] }, { settingsCells: cells });
    expect(p.sheets[0]).toMatchObject({ name: SETTINGS_SHEET_NAME, replace: false });
    expect(p.sheets[1].name).toBe("Riepilogo 2022");
    const written = p.cells.filter((c) => c.sheet === SETTINGS_SHEET_NAME);
    // Every non-empty cell of the settings module's layout is written, where it says.
    const expected = cells.flatMap((row, r) =>
      row.flatMap((v, c) => (v === null || v === "" ? [] : [{ row: r, col: c, value: v }])),
    );
    expect(written.map(({ row, col, value }) => ({ row, col, value }))).toEqual(expected);
    expect(SETTINGS_PERCENT_ROWS.length).toBeGreaterThan(0);
    for (const r of SETTINGS_PERCENT_ROWS) {
      const v = at(p, SETTINGS_SHEET_NAME, a1(r, 1));
      expect(typeof v?.value).toBe("number");
      expect(v?.style?.numberFormat).toBe("0%");
    }
    const yearRow = cells.findIndex((row) => row[1] === DEFAULT_SETTINGS.year);
    expect(at(p, SETTINGS_SHEET_NAME, a1(yearRow, 1))?.style).toBeUndefined();
    expect(name(p, "CP_SETTINGS")).toEqual({ sheet: SETTINGS_SHEET_NAME, range: "$A$1" });
  });

  it("is never written to when it exists", () => {
    const wb = {
      sheets: [grid(UNIT, unitSheetRows()), grid(SETTINGS_SHEET_NAME, cells)],
      names: [{ name: "CP_SETTINGS", sheet: SETTINGS_SHEET_NAME, range: "$A$1" }],
    };
    const { writePlan: p } = run(wb);
    expect(touched(p, SETTINGS_SHEET_NAME)).toEqual([]);
    expect(p.sheets.map((s) => s.name)).toEqual(["Riepilogo 2022"]);
    expect(name(p, "CP_SETTINGS")).toEqual({ sheet: SETTINGS_SHEET_NAME, range: "$A$1" });
  });
});

describe("scale", () => {
  it("plans 50k indicators in one owned range, with ten times the work of 5k", () => {
    const planFor = (n: number): { result: WritePlan; work: number } => {
      const rows: CellValue[][] = [
        ["SERVIZIO GRANDE"],
        ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Area", "Albero", "Produttività"],
      ];
      for (let i = 0; i < n; i++)
        rows.push([
          i % 5 === 0 ? `Obiettivo ${i}` : null,
          `Indicatore ${i}`,
          i % 997 === 0 ? "м" : "≥ 80%",
          0.002,
          "Area I",
          "X",
          null,
        ]);
      const g: Grid = grid("Grande", rows);
      const wb = { sheets: [g], names: [] };
      const plan = recogniseFixture(wb);
      const scorecard = scoreFixture(plan);
      return measureWork(
        wb,
        (counted) => planWrites({ workbook: counted, plan, scorecard, lang: "it", settingsCells: null }).writePlan,
      );
    };
    const small = planFor(5_000);
    expect(small.work).toBeGreaterThan(5_000);
    const large = planFor(50_000);
    const writePlan = large.result;
    expect(planParts(writePlan).cells.length).toBeGreaterThan(50_000);
    expect(parseRange(planParts(writePlan).setNames[0].range)).toEqual({ top: 1, left: 8, bottom: 50_001, right: 10 });
    // Linear in rows; how fast is for `npm run bench` ("write plan"), not for a test on a shared machine.
    expect(large.work).toBeLessThanOrEqual(11 * small.work);
  });
});

describe("names and sheets that only look like the add-in's", () => {
  it("a person's CP_OWN_1 over the Peso column: nothing cleared there, the name kept and not reused, a warning", () => {
    const names: DefinedName[] = [{ name: "CP_OWN_1", sheet: UNIT, range: "$D$3:$D$6" }];
    const { writePlan: p, diagnostics } = run({ sheets: [grid(UNIT, unitSheetRows())], names });
    expect(touched(p, UNIT).filter(([, c]) => c === 3)).toEqual([]);
    expect(p.removeNames).toEqual([]);
    expect(p.setNames.map((n) => n.name)).not.toContain("CP_OWN_1");
    expect(name(p, "CP_OWN_2")).toEqual({ sheet: UNIT, range: "$I$3:$K$6" });
    expect(at(p, UNIT, "I3")?.value).toBe("Raggiungimento");
    expect(diagnostics).toContainEqual({
      severity: "warning",
      code: "OWNED_NAME_NOT_OURS",
      sheet: UNIT,
      cell: "D3",
      params: { name: "CP_OWN_1", sheet: UNIT, cell: "D3" },
    });
    const d = diagnostics.find((x) => x.code === "OWNED_NAME_NOT_OURS")!;
    expect(formatMessage(d.code, d.params, "it")).toContain("Gestione nomi");
    expect(formatMessage(d.code, d.params, "en")).toContain("Name Manager");
  });

  it("a range with the add-in's headers (a sheet copied from a scored workbook) is still the add-in's", () => {
    const rows = unitSheetRows();
    rows[2].splice(7, 0, "Consuntivo", "Raggiungimento", "Stato", "Note");
    rows[3][9] = "Raggiunto";
    const names: DefinedName[] = [{ name: "CP_OWN_1", sheet: UNIT, range: "$I$3:$K$6" }];
    const { writePlan: p, diagnostics } = run({ sheets: [grid(UNIT, rows)], names });
    expect(diagnostics.filter((d) => d.code === "OWNED_NAME_NOT_OURS")).toEqual([]);
    expect(p.removeNames).toEqual(["CP_OWN_1"]);
    expect(p.clears).toContainEqual({ sheet: UNIT, top: 2, left: 8, bottom: 5, right: 10 });
  });

  it("a CP_SHEET_ name on a person's sheet: the Riepilogo goes beside it, under a name of its own", () => {
    const S = "Riepilogo 2022";
    const wb = {
      sheets: [grid(UNIT, unitSheetRows()), grid(S, [["mio"]])],
      names: [{ name: "CP_SHEET_1", sheet: S, range: "$A$1" }],
    };
    const { writePlan: p, diagnostics } = run(wb);
    expect(p.sheets.map((s) => s.name)).toEqual(["Riepilogo 2022 (2)"]);
    expect(touched(p, S)).toEqual([]);
    expect(p.removeNames).toEqual([]);
    expect(name(p, "CP_SHEET_2")).toEqual({ sheet: "Riepilogo 2022 (2)", range: "$A$1" });
    expect(diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(["OWNED_NAME_NOT_OURS", "OWNED_SHEET_RENAMED"]),
    );
  });

  it("a person's «Impostazioni Cruscotto» without the settings layout: the settings sheet is made beside it", () => {
    const wb = {
      sheets: [
        grid(UNIT, unitSheetRows()),
        grid(SETTINGS_SHEET_NAME, [
          ["Obiettivo", "Indicatore"],
          ["a", "b"],
        ]),
      ],
      names: [],
    };
    const { writePlan: p, diagnostics } = run(wb, { settingsCells: settingsSheetCells(DEFAULT_SETTINGS, "it") });
    expect(p.sheets[0]).toMatchObject({ name: `${SETTINGS_SHEET_NAME} (2)`, replace: false });
    expect(touched(p, SETTINGS_SHEET_NAME)).toEqual([]);
    expect(name(p, "CP_SETTINGS")).toEqual({ sheet: `${SETTINGS_SHEET_NAME} (2)`, range: "$A$1" });
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: "RESERVED_SHEET_TAKEN",
        params: { sheet: SETTINGS_SHEET_NAME, used: `${SETTINGS_SHEET_NAME} (2)` },
      }),
    );
  });
});

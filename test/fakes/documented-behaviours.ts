/// <reference types="office-js" />
/**
 * Every behaviour of Excel the Office host relies on, as Microsoft documents it, with its source, and a
 * check that the fake (excel-fake.ts) reproduces it. The host is tested only against the fake: a rule
 * missing here is a rule the tests cannot see. Sources are quoted as "office-js-docs-pr <path>#<section>"
 * (github.com/OfficeDev/office-js-docs-pr) or "@types/office-js: <member>" (the API's own comments).
 * One behaviour has no page in either and names Excel's own help instead.
 */
import { FakeExcel, FakeSheet, FakeWorkbookState, type FakeCell, type FakeOptions } from "./excel-fake";

export interface DocumentedBehaviour {
  id: string;
  /** One sentence: what Excel does. */
  behaviour: string;
  source: string;
  /** Passes when the fake behaves so; throws (a failed expect) when it does not. */
  test: () => Promise<void>;
}

const DOCS = "office-js-docs-pr";
const ERRORS = `${DOCS} docs/testing/application-specific-api-error-handling.md`;
const MODEL = `${DOCS} docs/develop/application-specific-api-model.md`;
const BLANKS = `${DOCS} docs/excel/excel-add-ins-blank-null-values.md`;
const COPY = `${DOCS} docs/excel/excel-add-ins-ranges-cut-copy-paste.md`;
const LIMITS = `${DOCS} docs/concepts/resource-limits-and-performance-optimization.md#excel-add-ins`;
const PAYLOAD = `${DOCS} docs/excel/performance.md#payload-size-limit-best-practices`;
const SHEETS = `${DOCS} docs/excel/excel-add-ins-worksheets.md`;
const CF = `${DOCS} docs/excel/excel-add-ins-conditional-formatting.md`;

// ---- a small workbook ----------------------------------------------------------------------------

type CellSpec = string | number | boolean | Partial<FakeCell>;

function a1(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell: ${ref}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A fake holding these sheets (in order) and cells. */
function fakeOf(sheets: Record<string, Record<string, CellSpec>>, options?: FakeOptions): FakeExcel {
  const state = new FakeWorkbookState();
  for (const [name, cells] of Object.entries(sheets)) {
    const sheet = new FakeSheet(name);
    for (const [ref, spec] of Object.entries(cells)) {
      const { row, col } = a1(ref);
      const cell = sheet.touch(row, col);
      Object.assign(cell, typeof spec === "object" ? spec : { value: spec });
    }
    state.sheets.push(sheet);
  }
  state.activeSheet = state.sheets[0] ?? null;
  return new FakeExcel(state, options);
}

function cellOf(fake: FakeExcel, sheet: string, ref: string): FakeCell | undefined {
  const { row, col } = a1(ref);
  return fake.state.sheet(sheet)?.cell(row, col);
}

/** The OfficeExtension.Error code the batch was rejected with; "" when it ran. */
async function codeOf(batch: (context: Excel.RequestContext) => Promise<unknown>, fake: FakeExcel): Promise<string> {
  try {
    await fake.run(batch);
    return "";
  } catch (err) {
    return typeof err === "object" && err !== null && "code" in err
      ? String((err as { code: unknown }).code)
      : `not an Office error: ${String(err)}`;
  }
}

const sheetOf = (context: Excel.RequestContext, name: string): Excel.Worksheet =>
  context.workbook.worksheets.getItem(name);
const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

// ---- the behaviours ------------------------------------------------------------------------------

export const DOCUMENTED_BEHAVIOURS: readonly DocumentedBehaviour[] = [
  {
    id: "veryhidden-delete-refused",
    behaviour: "Worksheet.delete on a VeryHidden sheet fails with InvalidOperation, and the sheet stays.",
    source: `@types/office-js: Excel.Worksheet.delete; ${SHEETS}#delete-a-worksheet`,
    test: async () => {
      const fake = fakeOf({ Dati: {}, Registro: {} });
      (fake.state.sheet("Registro") as FakeSheet).visibility = "VeryHidden";
      expect(await codeOf(async (c) => (sheetOf(c, "Registro").delete(), c.sync()), fake)).toBe("InvalidOperation");
      expect(fake.state.sheet("Registro")).toBeDefined();
    },
  },
  {
    id: "delete-after-visibility-change",
    behaviour: "A VeryHidden sheet whose visibility is first changed to Hidden can be deleted, in the same batch.",
    source: `@types/office-js: Excel.Worksheet.delete ("first change its visibility to hidden or visible")`,
    test: async () => {
      const fake = fakeOf({ Dati: {}, Registro: {} });
      (fake.state.sheet("Registro") as FakeSheet).visibility = "VeryHidden";
      const code = await codeOf(async (c) => {
        const ws = sheetOf(c, "Registro");
        ws.visibility = "Hidden";
        ws.delete();
        await c.sync();
      }, fake);
      expect(code).toBe("");
      expect(fake.state.sheet("Registro")).toBeUndefined();
    },
  },
  {
    id: "visibility-set-and-read",
    behaviour: "Worksheet.visibility takes Visible, Hidden or VeryHidden and reads back what was set.",
    source: `@types/office-js: Excel.Worksheet.visibility; ${SHEETS}#set-worksheet-visibility`,
    test: async () => {
      const fake = fakeOf({ Dati: {}, Registro: {} });
      const seen = await fake.run(async (c) => {
        const ws = sheetOf(c, "Registro");
        ws.visibility = "VeryHidden";
        ws.load("visibility");
        await c.sync();
        return ws.visibility;
      });
      expect(seen).toBe("VeryHidden");
    },
  },
  {
    id: "add-sheet-at-end",
    behaviour: "WorksheetCollection.add puts the new sheet after the existing ones.",
    source: "@types/office-js: Excel.WorksheetCollection.add",
    test: async () => {
      const fake = fakeOf({ A: {}, B: {} });
      await fake.run(async (c) => (c.workbook.worksheets.add("Nuovo"), c.sync()));
      expect(fake.state.sheets.map((s) => s.name)).toEqual(["A", "B", "Nuovo"]);
    },
  },
  {
    id: "add-existing-sheet",
    behaviour: "Adding a sheet whose name exists fails with ItemAlreadyExists.",
    source: `${ERRORS}#error-codes-and-messages (ItemAlreadyExists)`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      expect(await codeOf(async (c) => (c.workbook.worksheets.add("Dati"), c.sync()), fake)).toBe("ItemAlreadyExists");
    },
  },
  {
    id: "get-item-missing",
    behaviour: "getItem of a sheet that does not exist fails with ItemNotFound.",
    source: `${MODEL}#ornullobject-methods-and-properties`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      expect(await codeOf(async (c) => (sheetOf(c, "Assente").load("name"), c.sync()), fake)).toBe("ItemNotFound");
    },
  },
  {
    id: "get-item-or-null-object",
    behaviour: "getItemOrNullObject of a missing sheet gives an object whose isNullObject is true after the sync.",
    source: `${MODEL}#ornullobject-methods-and-properties`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      const isNull = await fake.run(async (c) => {
        const ws = c.workbook.worksheets.getItemOrNullObject("Assente");
        await c.sync();
        return ws.isNullObject;
      });
      expect(isNull).toBe(true);
    },
  },
  {
    id: "load-before-read",
    behaviour: "A proxy's property can be read only after load() and context.sync().",
    source: `${MODEL}#load`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => {
        const ws = sheetOf(c, "Dati");
        expect(() => ws.name).toThrow();
        ws.load("name");
        expect(() => ws.name).toThrow();
        await c.sync();
        expect(ws.name).toBe("Dati");
      });
    },
  },
  {
    id: "used-range-empty-sheet",
    behaviour: "getUsedRangeOrNullObject on a blank sheet gives a null object.",
    source: "@types/office-js: Excel.Worksheet.getUsedRangeOrNullObject",
    test: async () => {
      const fake = fakeOf({ Vuoto: {} });
      const isNull = await fake.run(async (c) => {
        const used = sheetOf(c, "Vuoto").getUsedRangeOrNullObject(true);
        await c.sync();
        return used.isNullObject;
      });
      expect(isNull).toBe(true);
    },
  },
  {
    id: "used-range-values-only",
    behaviour: "getUsedRangeOrNullObject(true) considers only cells with values, ignoring formatting.",
    source: "@types/office-js: Excel.Worksheet.getUsedRangeOrNullObject (valuesOnly)",
    test: async () => {
      const fake = fakeOf({ Dati: { B2: "testo", F9: { value: "", numberFormat: "0.00" } } });
      const [valuesOnly, all] = await fake.run(async (c) => {
        const a = sheetOf(c, "Dati").getUsedRangeOrNullObject(true).load("address");
        const b = sheetOf(c, "Dati").getUsedRangeOrNullObject(false).load("address");
        await c.sync();
        return [a.address, b.address];
      });
      expect(valuesOnly).toBe("Dati!B2");
      expect(all).toBe("Dati!B2:F9");
    },
  },
  {
    id: "empty-cell-values",
    behaviour: 'An empty cell reads "" in values, and "General" in numberFormat.',
    source: `${BLANKS}#blank-property-values-in-the-response`,
    test: async () => {
      const fake = fakeOf({ Dati: { A1: 1 } });
      const [values, formats] = await fake.run(async (c) => {
        const r = sheetOf(c, "Dati").getRange("A1:B1").load("values,numberFormat");
        await c.sync();
        return [r.values, r.numberFormat];
      });
      expect(values).toEqual([[1, ""]]);
      expect(formats).toEqual([["General", "General"]]);
    },
  },
  {
    id: "null-leaves-cell",
    behaviour: "null in a 2-D array written to values or numberFormat leaves that cell as it is.",
    source: `${BLANKS}#null-input-in-2-d-array`,
    test: async () => {
      const fake = fakeOf({ Dati: { A1: "tenuto", B1: "vecchio" } });
      await fake.run(async (c) => {
        const r = sheetOf(c, "Dati").getRange("A1:B1");
        r.values = [[null as unknown as string, "nuovo"]];
        r.numberFormat = [[null as unknown as string, "0.00"]];
        await c.sync();
      });
      expect(cellOf(fake, "Dati", "A1")).toMatchObject({ value: "tenuto", numberFormat: "General" });
      expect(cellOf(fake, "Dati", "B1")).toMatchObject({ value: "nuovo", numberFormat: "0.00" });
    },
  },
  {
    id: "blank-input-clears",
    behaviour: 'Writing "" to values clears the cell; "" to numberFormat resets it to General.',
    source: `${BLANKS}#blank-input-for-a-property`,
    test: async () => {
      const fake = fakeOf({ Dati: { A1: { value: 5, numberFormat: "0.00" } } });
      await fake.run(async (c) => {
        const r = sheetOf(c, "Dati").getRange("A1");
        r.values = [[""]];
        r.numberFormat = [[""]];
        await c.sync();
      });
      expect(cellOf(fake, "Dati", "A1")).toMatchObject({ value: "", numberFormat: "General" });
    },
  },
  {
    id: "values-become-formulas",
    behaviour:
      'A value written to values that starts with "=", "+" or "-" is taken as a formula (or a number), not text.',
    source: "@types/office-js: Excel.Range.values",
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => {
        sheetOf(c, "Dati").getRange("A1:C1").values = [["=1+1", "+B2", "-5"]];
        await c.sync();
      });
      expect(cellOf(fake, "Dati", "A1")?.formula).toBe("=1+1");
      expect(cellOf(fake, "Dati", "B1")?.formula).toBeDefined();
      expect(cellOf(fake, "Dati", "C1")?.value).toBe(-5);
    },
  },
  {
    id: "text-format-keeps-text",
    behaviour: 'Over the "@" (Text) number format, a value is stored as the text typed, even "=1+1".',
    source:
      'Excel help "Number format codes" (support.microsoft.com): "@" is the text placeholder; @types/office-js: Excel.Range.numberFormat',
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => {
        const r = sheetOf(c, "Dati").getRange("A1:B1");
        r.numberFormat = [["@", "@"]];
        r.values = [["=1+1", "-5"]];
        await c.sync();
      });
      expect(cellOf(fake, "Dati", "A1")).toMatchObject({ value: "=1+1", numberFormat: "@" });
      expect(cellOf(fake, "Dati", "A1")?.formula).toBeUndefined();
      expect(cellOf(fake, "Dati", "B1")?.value).toBe("-5");
    },
  },
  {
    id: "formulas-read",
    behaviour: "range.formulas gives a formula's text, and a constant's raw value where a cell holds no formula.",
    source: `${DOCS} docs/excel/excel-add-ins-ranges-set-get-values.md#read-formulas-from-a-range`,
    test: async () => {
      const fake = fakeOf({ Dati: { A1: 2, B1: { value: 4, formula: "=A1*2" } } });
      const formulas = await fake.run(async (c) => {
        const r = sheetOf(c, "Dati").getRange("A1:C1").load("formulas");
        await c.sync();
        return r.formulas;
      });
      expect(formulas).toEqual([[2, "=A1*2", ""]]);
    },
  },
  {
    id: "formulas-write",
    behaviour: "Writing range.formulas sets the formulas as given, without moving their references.",
    source: `${DOCS} docs/excel/excel-add-ins-ranges-set-get-values.md#write-formulas-to-a-range`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => {
        sheetOf(c, "Dati").getRange("C5").formulas = [["=A1*2"]];
        await c.sync();
      });
      expect(cellOf(fake, "Dati", "C5")?.formula).toBe("=A1*2");
    },
  },
  {
    id: "copyfrom-moves-relative-references",
    behaviour:
      "Range.copyFrom pastes formulas keeping the relative position of their references: B2's =A1 pasted to D5 reads =C4.",
    source: `${COPY}#copytype-parameter`,
    test: async () => {
      const fake = fakeOf({ Dati: { B2: { value: 1, formula: "=A1" } } });
      await fake.run(
        async (c) => (sheetOf(c, "Dati").getRange("D5").copyFrom(sheetOf(c, "Dati").getRange("B2"), "All"), c.sync()),
      );
      expect(cellOf(fake, "Dati", "D5")?.formula).toBe("=C4");
    },
  },
  {
    id: "copyfrom-keeps-absolute-references",
    behaviour:
      'Range.copyFrom leaves the "$" parts of a reference where they are: =$A$1+A1 from B2 to D5 reads =$A$1+C4.',
    source: `${COPY}#copytype-parameter`,
    test: async () => {
      const fake = fakeOf({ Dati: { B2: { value: 1, formula: "=$A$1+A1" } } });
      await fake.run(
        async (c) => (sheetOf(c, "Dati").getRange("D5").copyFrom(sheetOf(c, "Dati").getRange("B2"), "All"), c.sync()),
      );
      expect(cellOf(fake, "Dati", "D5")?.formula).toBe("=$A$1+C4");
    },
  },
  {
    id: "copyfrom-off-sheet-is-ref-error",
    behaviour:
      "Range.copyFrom replicates Excel's paste: a relative reference moved above row 1 or left of column A becomes #REF!.",
    source: `${COPY}#copy-and-paste`,
    test: async () => {
      const fake = fakeOf({ Dati: { C3: { value: 1, formula: "=A1" } } });
      await fake.run(
        async (c) => (sheetOf(c, "Dati").getRange("A1").copyFrom(sheetOf(c, "Dati").getRange("C3"), "All"), c.sync()),
      );
      expect(cellOf(fake, "Dati", "A1")).toMatchObject({ formula: "=#REF!", value: "#REF!" });
    },
  },
  {
    id: "copyfrom-all-copies-formats",
    behaviour: 'Range.copyFrom with "All" copies data and formatting (number format, fill), across sheets.',
    source: `${COPY}#copytype-parameter`,
    test: async () => {
      const fake = fakeOf({ Dati: { A1: { value: 3, numberFormat: "0.0", fill: "#FFC7CE" } }, Copia: {} });
      await fake.run(
        async (c) => (sheetOf(c, "Copia").getRange("B2").copyFrom(sheetOf(c, "Dati").getRange("A1"), "All"), c.sync()),
      );
      expect(cellOf(fake, "Copia", "B2")).toMatchObject({ value: 3, numberFormat: "0.0", fill: "#FFC7CE" });
    },
  },
  {
    id: "read-cell-limit-throws",
    behaviour: "Reading the cells of a range over 5,000,000 cells may throw (RangeExceedsLimit).",
    source: `${LIMITS}; ${ERRORS}#excel-specific-error-codes-and-messages (RangeExceedsLimit)`,
    test: async () => {
      const fake = fakeOf({ Dati: {} }, { overCellLimit: "throw" });
      expect(
        await codeOf(async (c) => (sheetOf(c, "Dati").getRange("A1:E1000001").load("values"), c.sync()), fake),
      ).toBe("RangeExceedsLimit");
      // At the limit, the read runs.
      expect(
        await codeOf(async (c) => (sheetOf(c, "Dati").getRange("A1:E1000000").load("rowCount"), c.sync()), fake),
      ).toBe("");
    },
  },
  {
    id: "read-cell-limit-null",
    behaviour: "Reading the cells of a range over 5,000,000 cells may instead return null.",
    source: LIMITS,
    test: async () => {
      const fake = fakeOf({ Dati: {} }, { overCellLimit: "null" });
      const values = await fake.run(async (c) => {
        const r = sheetOf(c, "Dati").getRange("A1:E1000001").load("values");
        await c.sync();
        return r.values as unknown;
      });
      expect(values).toBeNull();
    },
  },
  {
    id: "request-payload-limit",
    behaviour:
      "Excel on the web refuses a request over 5 MB with RequestPayloadSizeLimitExceeded, and none of it runs.",
    source: `${PAYLOAD}; ${ERRORS}#error-codes-and-messages`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      const code = await codeOf(async (c) => {
        const ws = sheetOf(c, "Dati");
        ws.getRange("A1").values = [["piccolo"]];
        ws.getRange("A2").values = [["x".repeat(5_000_001)]];
        await c.sync();
      }, fake);
      expect(code).toBe("RequestPayloadSizeLimitExceeded");
      expect(cellOf(fake, "Dati", "A1")).toBeUndefined();
    },
  },
  {
    id: "response-payload-limit",
    behaviour: "Excel on the web fails a response over 5 MB with ResponsePayloadSizeLimitExceeded.",
    source: `${PAYLOAD}; ${ERRORS}#error-codes-and-messages`,
    test: async () => {
      const big = "x".repeat(2_600_000);
      const fake = fakeOf({ Dati: { A1: big, A2: big } });
      expect(await codeOf(async (c) => (sheetOf(c, "Dati").getRange("A1:A2").load("values"), c.sync()), fake)).toBe(
        "ResponsePayloadSizeLimitExceeded",
      );
    },
  },
  {
    id: "cell-edit-mode",
    behaviour: "While a person edits a cell, Excel refuses requests with InvalidOperationInCellEditMode.",
    source: `${ERRORS}#excel-specific-error-codes-and-messages`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      fake.cellEditMode = true;
      expect(await codeOf(async (c) => ((sheetOf(c, "Dati").getRange("A1").values = [[1]]), c.sync()), fake)).toBe(
        "InvalidOperationInCellEditMode",
      );
      expect(cellOf(fake, "Dati", "A1")).toBeUndefined();
      fake.cellEditMode = false;
      expect(await codeOf(async (c) => ((sheetOf(c, "Dati").getRange("A1").values = [[1]]), c.sync()), fake)).toBe("");
    },
  },
  {
    id: "protected-sheet",
    behaviour: "A protected sheet can be read (protection.protected is true) but refuses writes (AccessDenied).",
    source: `${SHEETS}#protect-worksheet-data; ${ERRORS}#error-codes-and-messages (AccessDenied)`,
    test: async () => {
      const fake = fakeOf({ Dati: { A1: "x" } });
      fake.protectSheet("Dati");
      const isProtected = await fake.run(async (c) => {
        const p = sheetOf(c, "Dati").protection.load("protected");
        await c.sync();
        return p.protected;
      });
      expect(isProtected).toBe(true);
      expect(await codeOf(async (c) => ((sheetOf(c, "Dati").getRange("A1").values = [["y"]]), c.sync()), fake)).toBe(
        "AccessDenied",
      );
      expect(cellOf(fake, "Dati", "A1")?.value).toBe("x");
    },
  },
  {
    id: "onchanged-hears-add-in-writes",
    behaviour: "worksheets.onChanged fires for changes made by an add-in's own code, not only a person's.",
    source: `${DOCS} docs/excel/excel-add-ins-events.md#event-triggers`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      const heard: string[] = [];
      await fake.run(async (c) => {
        c.workbook.worksheets.onChanged.add(async (e) => void heard.push(e.address));
        await c.sync();
        sheetOf(c, "Dati").getRange("B2:C3").values = [
          [1, 2],
          [3, 4],
        ];
        await c.sync();
      });
      await nextTick();
      expect(heard).toEqual(["B2:C3"]);
    },
  },
  {
    id: "trigger-source-from-1-14",
    behaviour:
      "The change event says who made it (triggerSource) only from ExcelApi 1.14; before, nothing tells the add-in's changes apart.",
    source: "@types/office-js: Excel.WorksheetChangedEventArgs.triggerSource",
    test: async () => {
      for (const triggerSource of [false, true]) {
        const fake = fakeOf({ Dati: {} }, { triggerSource });
        const seen: unknown[] = [];
        await fake.run(async (c) => {
          c.workbook.worksheets.onChanged.add(async (e) => void seen.push(e.triggerSource));
          await c.sync();
          sheetOf(c, "Dati").getRange("A1").values = [[1]];
          await c.sync();
        });
        await nextTick();
        expect(seen).toEqual([triggerSource ? "ThisLocalAddin" : undefined]);
      }
    },
  },
  {
    id: "merged-areas",
    behaviour:
      "Range.getMergedAreasOrNullObject gives the merged areas a range touches, or a null object when there are none.",
    source: "@types/office-js: Excel.Range.getMergedAreasOrNullObject",
    test: async () => {
      const fake = fakeOf({ Dati: {}, Altro: {} });
      (fake.state.sheet("Dati") as FakeSheet).merges.push({ top: 0, left: 0, bottom: 1, right: 2 });
      const [address, none] = await fake.run(async (c) => {
        const m = sheetOf(c, "Dati").getRange().getMergedAreasOrNullObject().load("address");
        const n = sheetOf(c, "Altro").getRange().getMergedAreasOrNullObject();
        await c.sync();
        return [m.address, n.isNullObject];
      });
      expect(address).toBe("Dati!A1:C2");
      expect(none).toBe(true);
    },
  },
  {
    id: "names-add",
    behaviour: "names.add defines a workbook name for a reference; a name that exists fails with ItemAlreadyExists.",
    source: `@types/office-js: Excel.NamedItemCollection.add; ${ERRORS}#error-codes-and-messages (ItemAlreadyExists)`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => (c.workbook.names.add("CP_OWN_1", "='Dati'!$B$2:$B$9"), c.sync()));
      expect(fake.state.names.get("CP_OWN_1")).toBe("='Dati'!$B$2:$B$9");
      expect(await codeOf(async (c) => (c.workbook.names.add("cp_own_1", "='Dati'!$A$1"), c.sync()), fake)).toBe(
        "ItemAlreadyExists",
      );
    },
  },
  {
    id: "page-layout",
    behaviour:
      "worksheet.pageLayout sets orientation, paper, fit-to-pages zoom, print area, print title rows and the headers and footers.",
    source:
      "@types/office-js: Excel.PageLayout (orientation, paperSize, zoom, setPrintArea, setPrintTitleRows, headersFooters)",
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => {
        const layout = sheetOf(c, "Dati").pageLayout;
        layout.orientation = "Landscape";
        layout.paperSize = "A4";
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        layout.setPrintArea("A1:L62");
        layout.setPrintTitleRows("$3:$3");
        layout.headersFooters.state = "Default";
        layout.headersFooters.defaultForAllPages.centerFooter = "Pagina &P";
        await c.sync();
      });
      expect(fake.state.sheet("Dati")?.page).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: "A1:L62",
        printTitleRows: "$3:$3",
        headerFooterState: "Default",
        headersFooters: { centerFooter: "Pagina &P" },
      });
    },
  },
  {
    id: "column-width",
    behaviour: "range.format.columnWidth sets the width, in points, of every column of the range.",
    source: "@types/office-js: Excel.RangeFormat.columnWidth",
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => ((sheetOf(c, "Dati").getRange("B:C").format.columnWidth = 60), c.sync()));
      expect([...(fake.state.sheet("Dati")?.columnWidths ?? [])]).toEqual([
        [1, 60],
        [2, 60],
      ]);
    },
  },
  {
    id: "column-properties",
    behaviour:
      "Range.getColumnProperties gives, per column of the range, the properties asked for, such as its index and width in points.",
    source: "@types/office-js: Excel.Range.getColumnProperties, Excel.ColumnPropertiesLoadOptions",
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      (fake.state.sheet("Dati") as FakeSheet).columnWidths.set(1, 90);
      const props = await fake.run(async (c) => {
        const result = sheetOf(c, "Dati")
          .getRange("A1:C1")
          .getColumnProperties({ columnIndex: true, format: { columnWidth: true } });
        await c.sync();
        return result.value;
      });
      expect(props.map((p) => [p.columnIndex, p.format?.columnWidth])).toEqual([
        [0, 48],
        [1, 90],
        [2, 48],
      ]);
    },
  },
  {
    id: "formulas-null-leaves-cell",
    behaviour:
      "A null in the 2-D array given to range.formulas leaves that cell as it is; the others take their formulas.",
    source: `${BLANKS}#null-input-in-2-d-array`,
    test: async () => {
      const fake = fakeOf({ Dati: { A1: "testo", B1: 3 } });
      await fake.run(async (c) => {
        sheetOf(c, "Dati").getRange("A1:C1").formulas = [[null, "=B1*2", null]] as unknown as string[][];
        await c.sync();
      });
      expect(cellOf(fake, "Dati", "A1")).toMatchObject({ value: "testo" });
      expect(cellOf(fake, "Dati", "A1")?.formula).toBeUndefined();
      expect(cellOf(fake, "Dati", "B1")?.formula).toBe("=B1*2");
      expect(cellOf(fake, "Dati", "C1")).toBeUndefined();
    },
  },
  {
    id: "cf-cell-value",
    behaviour:
      'conditionalFormats.add("CellValue") adds a cell-value format to the range; its rule (formula1, operator) and its format\'s fill and font colours are set on it.',
    source: `${CF}#cell-value; @types/office-js: Excel.CellValueConditionalFormat, Excel.ConditionalCellValueRule`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      const seen = await fake.run(async (c) => {
        const range = sheetOf(c, "Dati").getRange("B2:B5");
        const cf = range.conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = "#C6EFCE";
        cf.cellValue.format.font.color = "#006100";
        cf.cellValue.rule = { formula1: '="Raggiunto"', operator: "EqualTo" };
        const count = range.conditionalFormats.getCount();
        range.conditionalFormats.load("items/type");
        await c.sync();
        return { count: count.value, types: range.conditionalFormats.items.map((i) => i.type) };
      });
      expect(seen).toEqual({ count: 1, types: ["CellValue"] });
      expect(fake.state.sheet("Dati")?.conditionalFormats).toEqual([
        expect.objectContaining({
          areas: [{ top: 1, left: 1, bottom: 4, right: 1 }],
          rule: { formula1: '="Raggiunto"', operator: "EqualTo" },
          fill: "#C6EFCE",
          fontColor: "#006100",
        }),
      ]);
    },
  },
  {
    id: "cf-add-top-priority",
    behaviour:
      "conditionalFormats.add puts the new format at the top priority (0): one added later outranks one added before.",
    source: "@types/office-js: Excel.ConditionalFormatCollection.add, Excel.ConditionalFormat.priority",
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      const priorities = await fake.run(async (c) => {
        const range = sheetOf(c, "Dati").getRange("A1:A3");
        const first = range.conditionalFormats.add("CellValue");
        first.cellValue.rule = { formula1: '="A"', operator: "EqualTo" };
        const second = range.conditionalFormats.add("CellValue");
        second.cellValue.rule = { formula1: '="B"', operator: "EqualTo" };
        first.load("priority");
        second.load("priority");
        await c.sync();
        return [first.priority, second.priority];
      });
      expect(priorities).toEqual([1, 0]);
    },
  },
  {
    id: "cf-clear-all",
    behaviour:
      "conditionalFormats.clearAll clears the formats active on the range: its cells lose them, cells outside it keep them.",
    source: `${CF}#clear-conditional-formatting-rules; @types/office-js: Excel.ConditionalFormatCollection.clearAll; Excel help "Remove conditional formatting" (Clear Rules from Selected Cells)`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      const counts = await fake.run(async (c) => {
        const ws = sheetOf(c, "Dati");
        ws.getRange("A1:A4").conditionalFormats.add("CellValue").cellValue.rule = {
          formula1: "=0",
          operator: "LessThan",
        };
        ws.getRange("A2:A3").conditionalFormats.clearAll();
        const inside = ws.getRange("A2:A3").conditionalFormats.getCount();
        const outside = ws.getRange("A4").conditionalFormats.getCount();
        await c.sync();
        return [inside.value, outside.value];
      });
      expect(counts).toEqual([0, 1]);
    },
  },
  {
    id: "clear-removes-conditional-formats",
    behaviour:
      'range.clear("All") clears everything, conditional formats included; clear("Contents") leaves the formats.',
    source:
      "@types/office-js: Excel.ClearApplyTo (all: everything; removeHyperlinks alone is said to leave conditional formats)",
    test: async () => {
      const fake = fakeOf({ Dati: { A1: 1, B1: 2 } });
      await fake.run(async (c) => {
        const ws = sheetOf(c, "Dati");
        for (const a of ["A1", "B1"])
          ws.getRange(a).conditionalFormats.add("CellValue").cellValue.rule = { formula1: "=1", operator: "EqualTo" };
        ws.getRange("A1").clear("All");
        ws.getRange("B1").clear("Contents");
        await c.sync();
      });
      expect(fake.state.sheet("Dati")?.conditionalFormats.map((cf) => cf.areas)).toEqual([
        [{ top: 0, left: 1, bottom: 0, right: 1 }],
      ]);
    },
  },
  {
    id: "copyfrom-copies-conditional-formats",
    behaviour:
      "Range.copyFrom with \"All\" pastes the conditional formats on the source's cells onto the target's, as a paste in Excel does.",
    source: `${COPY}#copy-and-paste (copyFrom "replicates the Copy and Paste actions of the Excel UI"; all copies "both data and formatting")`,
    test: async () => {
      const fake = fakeOf({ Dati: { B2: "Raggiunto" }, Copia: {} });
      await fake.run(async (c) => {
        const cf = sheetOf(c, "Dati").getRange("B1:B3").conditionalFormats.add("CellValue");
        cf.cellValue.rule = { formula1: '="Raggiunto"', operator: "EqualTo" };
        cf.cellValue.format.fill.color = "#C6EFCE";
        sheetOf(c, "Copia").getRange("D5").copyFrom(sheetOf(c, "Dati").getRange("B2:B3"), "All");
        await c.sync();
      });
      expect(fake.state.sheet("Copia")?.conditionalFormats).toEqual([
        expect.objectContaining({
          areas: [{ top: 4, left: 3, bottom: 5, right: 3 }],
          rule: { formula1: '="Raggiunto"', operator: "EqualTo" },
          fill: "#C6EFCE",
        }),
      ]);
    },
  },
  {
    id: "range-areas-conditional-format",
    behaviour:
      'Worksheet.getRanges("B2:B3, D2:D3") gives a RangeAreas whose conditionalFormats.add makes one format applying to every area.',
    source: `${DOCS} docs/excel/excel-add-ins-multiple-ranges.md (conditionalFormats among RangeAreas' members); @types/office-js: Excel.Worksheet.getRanges, Excel.RangeAreas.conditionalFormats`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => {
        const cf = sheetOf(c, "Dati").getRanges("B2:B3, D2:D3").conditionalFormats.add("CellValue");
        cf.cellValue.rule = { formula1: '="Raggiunto"', operator: "EqualTo" };
        await c.sync();
      });
      expect(fake.state.sheet("Dati")?.conditionalFormats.map((cf) => cf.areas)).toEqual([
        [
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 3, bottom: 2, right: 3 },
        ],
      ]);
    },
  },
  {
    id: "api-not-found",
    behaviour:
      "A member of a requirement set the Excel lacks (conditional formats: ExcelApi 1.6) fails with ApiNotFound.",
    source: `${ERRORS} (ApiNotFound); @types/office-js: Excel.ConditionalFormatCollection.add ([Api set: ExcelApi 1.6])`,
    test: async () => {
      const fake = fakeOf({ Dati: {} }, { isSetSupported: (_n, v = "1.1") => Number(v.split(".")[1]) < 6 });
      expect(fake.isSetSupported("ExcelApi", "1.6")).toBe(false);
      const code = await codeOf(async (c) => {
        sheetOf(c, "Dati").getRange("A1").conditionalFormats.add("CellValue");
        await c.sync();
      }, fake);
      expect(code).toBe("ApiNotFound");
      expect(fake.state.sheet("Dati")?.conditionalFormats).toEqual([]);
    },
  },
  {
    id: "suspend-calculation",
    behaviour:
      "application.suspendApiCalculationUntilNextSync suspends calculation for the batch it is queued in only.",
    source: `${DOCS} docs/excel/performance.md#suspend-calculation-temporarily`,
    test: async () => {
      const fake = fakeOf({ Dati: {} });
      await fake.run(async (c) => {
        c.application.suspendApiCalculationUntilNextSync();
        await c.sync();
        await c.sync();
      });
      expect(fake.calculationSuspensions).toBe(1);
    },
  },
];

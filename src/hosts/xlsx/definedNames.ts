/**
 * A defined-name store for exceljs that keeps each name as the list of references Excel wrote.
 *
 * exceljs's own store expands every name into one object per cell it covers, and rebuilds the rectangles
 * from those cells on every save: a name over a whole sheet (`Foglio!$A$1:$XFD$1048576`) asks for 17 billion
 * objects and exhausts memory, a whole-column name costs a million, and a plan's own owned-column names cost
 * seconds on a large plan. It also drops the sheet scope (`localSheetId`) of the names it reads. This store
 * keeps the workbook's <definedNames> as they are, so reading and writing cost what the names' text costs.
 *
 * It is installed on a Workbook before the file is loaded (exceljs assigns the parsed names to
 * `workbook._definedNames.model`), in Node and in the browser build alike. The per-cell operations of
 * exceljs's store (cell.names, row and column splicing) are not offered: the hosts never use them, and a call
 * fails loudly instead of silently losing a name.
 *
 * It also keeps the print area and print titles of sheets whose name has an apostrophe. exceljs writes those
 * from each sheet's pageSetup, quoting the name without doubling the apostrophe (`'O'Brien'!$A$1`), which
 * Excel refuses. Such a sheet's print names live here instead, bound to the sheet's name, and are written
 * with Excel's quoting and the sheet's position (localSheetId) as it stands when the file is saved.
 */
import type ExcelJS from "exceljs";

interface NameEntry {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

function copyEntry(e: NameEntry): NameEntry {
  return e.localSheetId === undefined
    ? { name: e.name, ranges: [...e.ranges] }
    : { name: e.name, ranges: [...e.ranges], localSheetId: e.localSheetId };
}

function unsupported(operation: string): never {
  throw new Error(`The workbook's defined names are kept as references: ${operation} by cell is not supported.`);
}

const PRINT_AREA = "_xlnm.Print_Area";
const PRINT_TITLES = "_xlnm.Print_Titles";

/** Excel's sheet name quoting: always quoted, inner apostrophes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A sheet's print area and titles, as absolute ranges without the sheet ("$A$1:$K$30", "$3:$3"). */
export interface PrintNames {
  area: string | null;
  titles: string[];
}

export class ReferenceDefinedNames {
  private entries: NameEntry[] = [];
  private readonly printNames = new Map<string, PrintNames>();

  /** `sheetOrder`: the workbook's sheet names in the order exceljs saves them (localSheetId is a position). */
  constructor(private readonly sheetOrder: () => string[] = () => []) {}

  private printEntries(): NameEntry[] {
    if (this.printNames.size === 0) return [];
    const out: NameEntry[] = [];
    this.sheetOrder().forEach((sheet, localSheetId) => {
      const p = this.printNames.get(sheet);
      if (!p) return;
      const quoted = quoteSheetName(sheet);
      if (p.area) out.push({ name: PRINT_AREA, ranges: [`${quoted}!${p.area}`], localSheetId });
      if (p.titles.length > 0)
        out.push({ name: PRINT_TITLES, ranges: p.titles.map((t) => `${quoted}!${t}`), localSheetId });
    });
    return out;
  }

  get model(): NameEntry[] {
    return [...this.entries.filter((e) => e.ranges.length > 0).map(copyEntry), ...this.printEntries()];
  }

  set model(value: NameEntry[]) {
    // The print names this store makes come back through a model round-trip: they stay bound to their sheet.
    const made = new Set(this.printEntries().map((e) => `${e.name}\u0000${e.localSheetId ?? ""}`));
    this.entries = (value ?? []).filter((e) => !made.has(`${e.name}\u0000${e.localSheetId ?? ""}`)).map(copyEntry);
  }

  /** Sets (or, with null and no titles, drops) the print area and titles of a sheet, bound to its name. */
  setPrintNames(sheet: string, names: PrintNames): void {
    if (names.area === null && names.titles.length === 0) this.printNames.delete(sheet);
    else this.printNames.set(sheet, { area: names.area, titles: [...names.titles] });
  }

  /** Adds a reference ("'Sheet'!$A$1:$B$2") to the workbook-scoped name, creating it when needed. */
  add(reference: string, name: string): void {
    const existing = this.entries.find((e) => e.name === name && e.localSheetId === undefined);
    if (existing) existing.ranges.push(reference);
    else this.entries.push({ name, ranges: [reference] });
  }

  getRanges(name: string): { name: string; ranges: string[] } {
    const ranges = this.entries.filter((e) => e.name === name).flatMap((e) => e.ranges);
    return { name, ranges };
  }

  getMatrix(): never {
    return unsupported("getMatrix");
  }
  addEx(): never {
    return unsupported("addEx");
  }
  remove(): never {
    return unsupported("remove");
  }
  removeEx(): never {
    return unsupported("removeEx");
  }
  removeAllNames(): never {
    return unsupported("removeAllNames");
  }
  forEach(): never {
    return unsupported("forEach");
  }
  getNames(): never {
    return unsupported("getNames");
  }
  getNamesEx(): never {
    return unsupported("getNamesEx");
  }
  spliceRows(): never {
    return unsupported("spliceRows");
  }
  spliceColumns(): never {
    return unsupported("spliceColumns");
  }
}

/** The store exceljs's Workbook keeps its names in: a private field, set through its one known name. */
interface WorkbookInternals {
  _definedNames: unknown;
}

/** Installs the reference store on a workbook; call it before loading a file into the workbook. */
export function useReferenceDefinedNames(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  const internals = wb as unknown as WorkbookInternals;
  if (!("_definedNames" in internals)) throw new Error("exceljs no longer keeps its defined names in _definedNames.");
  if (!(internals._definedNames instanceof ReferenceDefinedNames)) {
    const names = new ReferenceDefinedNames(() => wb.worksheets.map((ws) => ws.name));
    names.model = (wb.definedNames.model as NameEntry[]) ?? [];
    internals._definedNames = names;
  }
  return wb;
}

/** The reference store of a workbook that has one. */
export function referenceNamesOf(wb: ExcelJS.Workbook): ReferenceDefinedNames | null {
  const store = (wb as unknown as WorkbookInternals)._definedNames;
  return store instanceof ReferenceDefinedNames ? store : null;
}

const needsQuoting = (sheet: string): boolean => sheet.includes("'");

/**
 * The print area and titles of a sheet whose name has an apostrophe, moved from its pageSetup (where exceljs
 * puts what it reads, and would write back broken) into the reference store. Returns false when the
 * workbook has no reference store (the sheet then keeps Excel's defaults rather than a broken name).
 */
export function keepPrintNamesQuoted(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): boolean {
  if (!needsQuoting(ws.name)) return true;
  const store = referenceNamesOf(wb);
  const ps = ws.pageSetup;
  // "A$1:K$6" as the plan's page setup gives it, "A1:K6" as exceljs reads it, "3:3" for rows: all absolute.
  const dollars = (range: string): string =>
    range
      .split(":")
      .map((part) =>
        part
          .replace(/\$/g, "")
          .replace(
            /^([A-Z]*)(\d*)$/,
            (_m, col: string, row: string) => (col ? `$${col}` : "") + (row ? `$${row}` : ""),
          ),
      )
      .join(":");
  const area = ps.printArea ? dollars(ps.printArea.split("&&")[0]) : null;
  const titles: string[] = [];
  if (ps.printTitlesColumn) titles.push(dollars(ps.printTitlesColumn));
  if (ps.printTitlesRow) titles.push(dollars(ps.printTitlesRow));
  ws.pageSetup = { ...ps, printArea: undefined, printTitlesRow: undefined, printTitlesColumn: undefined };
  if (!store) return false;
  store.setPrintNames(ws.name, { area, titles });
  return true;
}

/** Every apostrophe sheet's print names into the store: called once a file is loaded. */
export function keepAllPrintNamesQuoted(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) keepPrintNamesQuoted(wb, ws);
}

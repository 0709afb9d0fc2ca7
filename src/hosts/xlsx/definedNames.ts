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

export class ReferenceDefinedNames {
  private entries: NameEntry[] = [];

  get model(): NameEntry[] {
    return this.entries.filter((e) => e.ranges.length > 0).map(copyEntry);
  }

  set model(value: NameEntry[]) {
    this.entries = (value ?? []).map(copyEntry);
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
    const names = new ReferenceDefinedNames();
    names.model = (wb.definedNames.model as NameEntry[]) ?? [];
    internals._definedNames = names;
  }
  return wb;
}

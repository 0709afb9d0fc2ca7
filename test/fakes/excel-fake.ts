/// <reference types="office-js" />
/**
 * An in-memory Excel behind the part of the Excel JavaScript API the Office host uses, under Office's rules:
 * - proxies: a property read before `load()` + `sync()` throws PropertyNotLoaded; `isNullObject` is known
 *   only after a sync; loaded values appear at the sync, not at the `load()` call;
 * - writes are queued and applied at `sync()`, in order; a failing operation stops the batch where it is,
 *   and what ran before it stays applied (Office batches are not transactions);
 * - `getItemOrNullObject` gives null objects, on which calls do nothing;
 * - a value assigned to `values` is parsed as if typed: "=…", "+x", "@x" become formulas and "-5" or "85%"
 *   numbers, unless the cell's number format is "@" (Text);
 * - a protected sheet refuses writes (AccessDenied); a request over 5 MB is refused before it runs;
 * - worksheets.onChanged hears the add-in's own writes too, after the sync (or late, when held);
 * - every rule it keeps from Microsoft's documentation is listed, with its source, in documented-behaviours.ts;
 * - it counts syncs and the bytes of each request (the JSON of the queued operations and their payloads)
 *   and of each response (the JSON of the loaded values), and can fail a chosen sync.
 * Every member the host reaches is checked against @types/office-js (see the `implements` clauses).
 */
import ExcelJS from "exceljs";
import { promises as fs } from "node:fs";
import {
  FakeSheet,
  type FakeConditionalFormat,
  type FakeWorkbookState,
  cellKey,
  intersection,
  newFormatId,
  removeFormatsIn,
  keyCol,
  keyRow,
  splitAreas,
  stateFromExcelJs,
  stateToExcelJs,
  type FakeCell,
  type Rect,
} from "./excel-fake-state";
import { colIndex, colLetters, shiftFormula } from "./formula-shift";

export { FakeWorkbookState, FakeSheet, type FakeCell, type Rect } from "./excel-fake-state";

/** The error Office.js rejects a sync with: OfficeExtension.Error's code and message. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** Checks that a fake member has the shape Office's has: same property types, methods taking the same arguments. */
type Shape<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[K] extends object
      ? unknown
      : T[K];
};

interface Queued {
  path: string;
  kind: "set" | "call" | "load";
  name: string;
  value?: unknown;
  exec: () => void;
}

export interface FakeOptions {
  /** Requests above this many bytes are refused, as Excel on the web does at 5 MB. */
  maxRequestBytes?: number;
  /** Responses above this many bytes fail, as Excel on the web's do at 5 MB. */
  maxResponseBytes?: number;
  /**
   * What reading the cells of a range over 5,000,000 cells does: Microsoft documents that it "will either
   * return null or throw an error" (RangeExceedsLimit). Default: throw.
   */
  overCellLimit?: "throw" | "null";
  /**
   * When worksheets.onChanged hears the add-in's own writes (it always does: Excel raises the event for
   * every change, whoever made it). "async": just after the sync that made them; "held": only when the
   * test calls deliverEvents(), to play events that arrive late.
   */
  ownEvents?: "async" | "held";
  /** ExcelApi 1.14: the events carry triggerSource ("ThisLocalAddin" for the add-in's writes). Default: absent, as in 1.9–1.13. */
  triggerSource?: boolean;
  /**
   * The requirement sets this Excel offers (Office.context.requirements.isSetSupported). Default: every one.
   * A member of a set it lacks fails its sync with ApiNotFound (for the members that check: conditional formats).
   */
  isSetSupported?: (name: string, minVersion?: string) => boolean;
  /** What Excel's calculation gives for a formula written to a cell (see FakeExcel.calculate). */
  calculate?: Calculate;
}

/**
 * Excel calculates a formula as soon as it is written (automatic calculation, the default). The fake cannot:
 * a test tells it the result, or the cell keeps the value it held (what a stale, not recalculated cell shows).
 * Undefined: no result known.
 */
export type Calculate = (
  at: { sheet: string; row: number; col: number },
  formula: string,
) => string | number | boolean | undefined;

/** Cells one read of values, formulas or number formats may span (every platform). */
export const READ_CELL_LIMIT = 5_000_000;

interface Failure {
  code: string;
  /** Operations of that sync applied before it fails. */
  afterOps: number;
}

// ---- addresses ---------------------------------------------------------------------------------

// Column letters come from ./formula-shift: the fake, like Excel, has one reading of an address.

/** Excel's default column: 8.43 characters of Calibri 11, 64 px, 48 pt. */
export const DEFAULT_COLUMN_POINTS = 48;

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** "B3:D9", "$B$3", "C:C", "3:5" -> 0-based rectangle (Office's getRange accepts all of these). */
function parseAddress(address: string): Rect {
  const a = address.trim().replace(/\$/g, "");
  let m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(a);
  if (m) {
    const left = colIndex(m[1]);
    const top = Number(m[2]) - 1;
    const right = m[3] ? colIndex(m[3]) : left;
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    return {
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    };
  }
  m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(a);
  if (m) return { top: 0, left: colIndex(m[1]), bottom: MAX_ROW, right: colIndex(m[2]) };
  m = /^(\d+):(\d+)$/.exec(a);
  if (m) return { top: Number(m[1]) - 1, left: 0, bottom: Number(m[2]) - 1, right: MAX_COL };
  throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: address «${address}»`);
}

function rectAddress(r: Rect): string {
  const tl = `${colLetters(r.left)}${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? tl : `${tl}:${colLetters(r.right)}${r.bottom + 1}`;
}

/** Office quotes a sheet name in an address only when it must. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const intersects = (a: Rect, b: Rect): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

// ---- typed input, as Excel parses it ------------------------------------------------------------

const NUMBER_LIKE = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)(%)?$/;

/** What Excel stores when a value is assigned through `range.values` to a cell with the given format. */
function parseTyped(v: string | number | boolean, numberFormat: string): Pick<FakeCell, "value" | "formula" | "error"> {
  if (typeof v !== "string" || numberFormat === "@") return { value: v };
  const n = NUMBER_LIKE.exec(v.trim());
  if (n) {
    const x = Number(v.trim().replace("%", "").replace(",", "."));
    return { value: n[3] ? x / 100 : x };
  }
  if (/^[=+\-@]/.test(v)) {
    const formula = v.startsWith("=") ? v : `=${v}`;
    // The fake does not calculate: a formula shows #NAME?, which is what most stray text gives in Excel.
    return { value: "#NAME?", formula, error: true };
  }
  return { value: v };
}

// ---- the context ----------------------------------------------------------------------------------

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  queue: Queued[] = [];
  /** Applied at the next sync, after every operation of that sync ran. */
  pending: (() => void)[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this, "application");
  }

  get state(): FakeWorkbookState {
    return this.excel.state;
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const ops = this.queue;
    this.queue = [];
    // Loaded values and null flags gathered while the operations run; dropped if the sync fails.
    this.pending = [];
    this.excel.recordSync(ops);
    const failure = this.excel.failureFor(this.excel.syncCount);
    const limit = this.excel.maxRequestBytes;
    const bytes = this.excel.requestBytes[this.excel.requestBytes.length - 1];
    // While a person edits a cell, Excel answers every request with this code and runs none of it.
    if (this.excel.cellEditMode) {
      throw new FakeOfficeError(
        "InvalidOperationInCellEditMode",
        "The operation isn't available while Excel is in Edit cell mode.",
      );
    }
    if (bytes > limit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${bytes}) has exceeded the limit (${limit}).`,
      );
    }
    this.changes = [];
    try {
      ops.forEach((op, i) => {
        if (failure && i === failure.afterOps)
          throw new FakeOfficeError(failure.code, `Injected failure at sync ${this.excel.syncCount}`);
        op.exec();
      });
      if (failure && failure.afterOps >= ops.length)
        throw new FakeOfficeError(failure.code, `Injected failure at sync ${this.excel.syncCount}`);
    } catch (err) {
      this.pending = [];
      throw err;
    } finally {
      // What ran stays applied, so Excel tells the listeners about it even when the batch then failed.
      this.excel.raiseOwnChanges(this.changes);
      this.changes = [];
    }
    const probes = this.nullProbes;
    this.nullProbes = [];
    for (const probe of probes) probe();
    const pending = this.pending;
    this.pending = [];
    let response = 0;
    for (const op of ops) if (op.kind === "load") response += (op.value as { bytes?: number } | undefined)?.bytes ?? 0;
    this.excel.responseBytes.push(response);
    // Excel on the web caps responses as it caps requests: what was loaded never reaches the proxies.
    if (response > this.excel.maxResponseBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response}) has exceeded the limit (${this.excel.maxResponseBytes}).`,
      );
    }
    for (const apply of pending) apply();
    return passThroughValue as T;
  }

  enqueue(op: Queued): void {
    this.queue.push(op);
  }

  /** A data change made by this batch: raised as worksheets.onChanged once the sync has run. */
  changed(sheet: FakeSheet, rect: Rect): void {
    this.changes.push({ sheet, rect });
  }

  changes: { sheet: FakeSheet; rect: Rect }[] = [];
  /** *OrNullObject proxies created since the last sync: their isNullObject is known after it. */
  nullProbes: (() => void)[] = [];
}

type LoadArg = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

function propNames(arg: LoadArg): string[] {
  const text =
    arg === undefined
      ? ""
      : typeof arg === "string"
        ? arg
        : Array.isArray(arg)
          ? arg.join(",")
          : [arg.select ?? ""].flat().join(",");
  return text
    .split(",")
    .map((s) => s.trim().replace(/^items\//, ""))
    .filter((s) => s.length > 0);
}

/**
 * A proxy. Its target is looked up when an operation on it runs (at sync), and then kept, as Office binds a
 * proxy to the object it first found. `orNull` proxies become null objects instead of failing.
 */
abstract class FakeObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  private bound: { target: T | null } | null = null;

  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
    private readonly lookup: () => T | null,
    private readonly orNull = false,
  ) {
    // Office loads isNullObject of an *OrNullObject proxy at the next sync, whether or not it was used.
    if (orNull) context.nullProbes.push(() => this.probe());
  }

  /** At a sync: learn whether the object exists, if no operation has looked yet. */
  private probe(): void {
    if (this.bound) return;
    try {
      this.target();
    } catch {
      // Its parent does not exist: that failure belongs to an operation that uses it, not to the probe.
    }
  }

  /** The target, or null for a null object; throws ItemNotFound for a missing item that may not be null. */
  target(): T | null {
    if (!this.bound) {
      const t = this.lookup();
      if (t === null && !this.orNull)
        throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.path}`);
      this.bound = { target: t };
      const isNull = t === null;
      this.context.pending.push(() => (this.nullState = isNull));
    }
    const t = this.bound.target;
    if (t !== null && this.isGone(t))
      throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${this.path}`);
    return t;
  }

  /** Deleted sheets and names: a proxy bound to one fails from then on. */
  protected isGone(_t: T): boolean {
    return false;
  }

  /** An item of a loaded collection: bound to its object, with the values loaded in the same sync. */
  bindLoaded(target: T, values: Record<string, unknown>): void {
    this.bound = { target };
    this.nullState = false;
    for (const [n, v] of Object.entries(values)) this.loaded.set(n, v);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property 'isNullObject' is not available before context.sync(): ${this.path}`,
      );
    }
    return this.nullState;
  }

  protected get<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context. (${this.path})`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** The properties this proxy can load, read from its target. */
  protected abstract read(target: T, name: string): unknown;

  load(arg?: LoadArg): this {
    const names = propNames(arg);
    const op: Queued = {
      path: this.path,
      kind: "load",
      name: names.join(","),
      exec: () => {
        const t = this.target();
        if (t === null) return;
        const values = names.map((n) => [n, this.read(t, n)] as const);
        (op.value as { bytes: number }).bytes = Buffer.byteLength(JSON.stringify(Object.fromEntries(values)));
        this.context.pending.push(() => {
          for (const [n, v] of values) this.loaded.set(n, v);
        });
      },
      value: { bytes: 0 },
    };
    this.context.enqueue(op);
    return this;
  }

  protected set(name: string, value: unknown, apply: (t: T) => void): void {
    this.context.enqueue({
      path: this.path,
      kind: "set",
      name,
      value,
      exec: () => {
        const t = this.target();
        if (t !== null) apply(t);
      },
    });
  }

  protected call(name: string, args: unknown[], apply: (t: T) => void): void {
    this.context.enqueue({
      path: this.path,
      kind: "call",
      name,
      value: args,
      exec: () => {
        const t = this.target();
        if (t !== null) apply(t);
      },
    });
  }
}

const q = (s: string): string => JSON.stringify(s);

// ---- workbook, application ---------------------------------------------------------------------

export class FakeApplication
  extends FakeObject<FakeWorkbookState>
  implements Pick<Shape<Excel.Application>, "suspendApiCalculationUntilNextSync">
{
  constructor(context: FakeRequestContext, path: string) {
    super(context, path, () => context.state);
  }

  protected read(): unknown {
    return undefined;
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call("suspendApiCalculationUntilNextSync", [], () => this.context.excel.calculationSuspensions++);
  }
}

export class FakeWorkbook implements Pick<Shape<Excel.Workbook>, "worksheets" | "names"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;

  constructor(context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context, "workbook.worksheets", () => context.state);
    this.names = new FakeNamedItemCollection(context, "workbook.names", () => context.state);
  }
}

// ---- worksheets ------------------------------------------------------------------------------------

export class FakeWorksheetCollection
  extends FakeObject<FakeWorkbookState>
  implements Pick<Shape<Excel.WorksheetCollection>, "getItem" | "getItemOrNullObject" | "add" | "load">
{
  private itemsLoaded: FakeWorksheet[] | null = null;

  /**
   * worksheets.onChanged (ExcelApi 1.9): a handler registered here hears every change a person makes to
   * any sheet (FakeExcel.editAsPerson). Registration takes effect at the next sync, as in Office.
   */
  readonly onChanged = {
    add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>): { remove: () => void } => {
      this.call("onChanged.add", [], () => this.context.excel.changeHandlers.add(handler));
      return { remove: () => this.context.excel.changeHandlers.delete(handler) };
    },
  };

  get items(): FakeWorksheet[] {
    if (!this.itemsLoaded)
      throw new FakeOfficeError("PropertyNotLoaded", `The property 'items' is not available: ${this.path}`);
    return this.itemsLoaded;
  }

  protected read(): unknown {
    return undefined;
  }

  override load(arg?: LoadArg): this {
    const names = propNames(arg);
    const op: Queued = {
      path: this.path,
      kind: "load",
      name: names.map((n) => `items/${n}`).join(","),
      value: { bytes: 0 },
      exec: () => {
        const state = this.target() as FakeWorkbookState;
        const sheets = [...state.sheets];
        const items = sheets.map((s) => new FakeWorksheet(this.context, `${this.path}.getItem(${q(s.id)})`, () => s));
        const data = sheets.map((s) => Object.fromEntries(names.map((n) => [n, readSheet(state, s, n)])));
        (op.value as { bytes: number }).bytes = Buffer.byteLength(JSON.stringify(data));
        this.context.pending.push(() => {
          items.forEach((item, i) => item.bindLoaded(sheets[i], data[i]));
          this.itemsLoaded = items;
        });
      },
    };
    this.context.enqueue(op);
    return this;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getItem(${q(key)})`,
      () => this.context.state.sheet(key) ?? null,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getItemOrNullObject(${q(key)})`,
      () => this.context.state.sheet(key) ?? null,
      true,
    );
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const ws = new FakeWorksheet(this.context, `${this.path}.add(${q(name ?? "")})`, () => created);
    this.call("add", [name], (state) => {
      const sheetName = name ?? `Sheet${state.sheets.length + 1}`;
      if (state.sheet(sheetName))
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named «${sheetName}» already exists.`);
      if (/[:\\/?*[\]]/.test(sheetName) || sheetName.length > 31 || sheetName.trim() === "") {
        throw new FakeOfficeError("InvalidArgument", `Invalid sheet name «${sheetName}».`);
      }
      created = new FakeSheet(sheetName);
      state.sheets.push(created); // Office adds at the end
    });
    return ws;
  }
}

function readSheet(state: FakeWorkbookState, s: FakeSheet, name: string): unknown {
  switch (name) {
    case "name":
      return s.name;
    case "id":
      return s.id;
    case "visibility":
      return s.visibility;
    case "position":
      return state.sheets.indexOf(s);
    default:
      throw new FakeOfficeError("InvalidArgument", `The fake cannot load Worksheet.${name}`);
  }
}

export class FakeWorksheet
  extends FakeObject<FakeSheet>
  implements
    Pick<
      Shape<Excel.Worksheet>,
      | "id"
      | "name"
      | "visibility"
      | "position"
      | "getRange"
      | "getRanges"
      | "getUsedRangeOrNullObject"
      | "activate"
      | "delete"
      | "load"
    >
{
  readonly protection: FakeWorksheetProtection;
  readonly pageLayout: FakePageLayout;

  constructor(context: FakeRequestContext, path: string, lookup: () => FakeSheet | null, orNull = false) {
    super(context, path, lookup, orNull);
    this.protection = new FakeWorksheetProtection(context, `${path}.protection`, () => this.target());
    this.pageLayout = new FakePageLayout(context, `${path}.pageLayout`, () => this.target());
  }

  protected override isGone(t: FakeSheet): boolean {
    return t.deleted;
  }

  protected read(t: FakeSheet, name: string): unknown {
    return readSheet(this.context.state, t, name);
  }

  get name(): string {
    return this.get("name");
  }

  get id(): string {
    return this.get("id");
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.get("visibility");
  }

  set visibility(v: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", v, (sheet) => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
        throw new FakeOfficeError("InvalidArgument", `Invalid visibility ${String(v)}`);
      const others = this.context.state.sheets.filter((s) => s !== sheet && s.visibility === "Visible");
      if (v !== "Visible" && others.length === 0)
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      sheet.visibility = v;
      if (v !== "Visible" && this.context.state.activeSheet === sheet)
        this.context.state.activeSheet = others[0] ?? null;
    });
  }

  get position(): number {
    return this.get("position");
  }

  set position(p: number) {
    this.set("position", p, (sheet) => {
      const state = this.context.state;
      if (!Number.isInteger(p) || p < 0 || p >= state.sheets.length)
        throw new FakeOfficeError("InvalidArgument", `Invalid position ${p}`);
      state.sheets = state.sheets.filter((s) => s !== sheet);
      state.sheets.splice(p, 0, sheet);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${q(address ?? "")})`, () => {
      const sheet = this.target() as FakeSheet;
      return { sheet, rect: address ? parseAddress(address) : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } };
    });
  }

  /**
   * Worksheet.getRanges (ExcelApi 1.9): the RangeAreas of "comma-separated or semicolon-separated addresses"
   * (@types/office-js: Excel.Worksheet.getRanges; office-js-docs-pr docs/excel/excel-add-ins-multiple-ranges.md).
   * Names are not resolved by the fake.
   */
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getRanges(${q(address ?? "")})`, () => {
      this.context.excel.requireSet("ExcelApi", "1.9", "Worksheet.getRanges");
      const sheet = this.target() as FakeSheet;
      const areas = address
        ? address.split(/[,;]/).map((a) => parseAddress(a))
        : [{ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }];
      return { sheet, areas };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`,
      () => {
        const sheet = this.target() as FakeSheet;
        let rect: Rect | null = null;
        for (const [key, c] of sheet.cells) {
          const hasValue = c.value !== "" || c.formula !== undefined;
          if (valuesOnly && !hasValue) continue;
          const r = keyRow(key);
          const col = keyCol(key);
          rect = rect
            ? {
                top: Math.min(rect.top, r),
                left: Math.min(rect.left, col),
                bottom: Math.max(rect.bottom, r),
                right: Math.max(rect.right, col),
              }
            : { top: r, left: col, bottom: r, right: col };
        }
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.call("activate", [], (sheet) => {
      if (sheet.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.state.activeSheet = sheet;
    });
  }

  delete(): void {
    this.call("delete", [], (sheet) => {
      const state = this.context.state;
      // @types/office-js, Worksheet.delete: a VeryHidden sheet refuses to be deleted until its visibility changes.
      if (sheet.visibility === "VeryHidden") {
        throw new FakeOfficeError(
          "InvalidOperation",
          `The very hidden worksheet «${sheet.name}» cannot be deleted: change its visibility first.`,
        );
      }
      if (state.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      state.sheets = state.sheets.filter((s) => s !== sheet);
      sheet.deleted = true;
      if (state.activeSheet === sheet) state.activeSheet = state.sheets.find((s) => s.visibility === "Visible") ?? null;
      // Names into the deleted sheet now point nowhere, as in Excel.
      for (const [n, f] of state.names) {
        const refs = splitAreas(f.replace(/^=/, "")).map((ref) => {
          const bang = ref.lastIndexOf("!");
          const s = ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
          return s.toLowerCase() === sheet.name.toLowerCase() ? `#REF!${ref.slice(bang + 1)}` : ref;
        });
        state.names.set(n, `=${refs.join(",")}`);
      }
    });
  }
}

export class FakeWorksheetProtection
  extends FakeObject<FakeSheet>
  implements Pick<Shape<Excel.WorksheetProtection>, "protected" | "load">
{
  protected read(t: FakeSheet, name: string): unknown {
    if (name === "protected") return t.protected;
    throw new FakeOfficeError("InvalidArgument", `The fake cannot load WorksheetProtection.${name}`);
  }

  get protected(): boolean {
    return this.get("protected");
  }
}

// ---- page layout (ExcelApi 1.9) ----------------------------------------------------------------------

/** Excel refuses header and footer texts longer than 255 characters. */
const MAX_HEADER_FOOTER = 255;

export class FakePageLayout
  extends FakeObject<FakeSheet>
  implements
    Pick<
      Shape<Excel.PageLayout>,
      "orientation" | "paperSize" | "zoom" | "setPrintArea" | "setPrintTitleRows" | "headersFooters" | "load"
    >
{
  readonly headersFooters: FakeHeaderFooterGroup;

  constructor(context: FakeRequestContext, path: string, lookup: () => FakeSheet | null) {
    super(context, path, lookup);
    this.headersFooters = new FakeHeaderFooterGroup(context, `${path}.headersFooters`, () => this.target());
  }

  protected read(t: FakeSheet, name: string): unknown {
    if (name === "orientation") return t.page.orientation ?? "Portrait";
    if (name === "paperSize") return t.page.paperSize ?? "Letter";
    if (name === "zoom") return t.page.zoom ?? { scale: 100 };
    throw new FakeOfficeError("InvalidArgument", `The fake cannot load PageLayout.${name}`);
  }

  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    return this.get("orientation");
  }

  set orientation(v: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.set("orientation", v, (sheet) => {
      if (v !== "Portrait" && v !== "Landscape")
        throw new FakeOfficeError("InvalidArgument", `Invalid orientation «${String(v)}»`);
      sheet.page.orientation = v;
    });
  }

  get paperSize(): Excel.PaperType | "A4" | "Letter" {
    return this.get("paperSize");
  }

  set paperSize(v: Excel.PaperType | "A4" | "Letter") {
    this.set("paperSize", v, (sheet) => {
      if (typeof v !== "string" || v.length === 0) throw new FakeOfficeError("InvalidArgument", "Invalid paper size");
      sheet.page.paperSize = v;
    });
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.get("zoom");
  }

  set zoom(v: Excel.PageLayoutZoomOptions) {
    const copy = { ...v };
    this.set("zoom", copy, (sheet) => {
      const count = (n: number | undefined): boolean => n === undefined || (Number.isInteger(n) && n >= 0);
      if (!count(copy.horizontalFitToPages) || !count(copy.verticalFitToPages))
        throw new FakeOfficeError("InvalidArgument", "Invalid zoom");
      sheet.page.zoom = copy;
    });
  }

  setPrintArea(printArea: Excel.Range | Excel.RangeAreas | string): void {
    this.call("setPrintArea", [printArea], (sheet) => {
      if (typeof printArea !== "string")
        throw new FakeOfficeError("InvalidArgument", "The fake takes print areas as addresses");
      parseAddress(printArea);
      sheet.page.printArea = printArea;
    });
  }

  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.call("setPrintTitleRows", [printTitleRows], (sheet) => {
      if (typeof printTitleRows !== "string" || !/^\$?\d+:\$?\d+$/.test(printTitleRows)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `Print title rows must be whole rows: «${String(printTitleRows)}»`,
        );
      }
      sheet.page.printTitleRows = printTitleRows;
    });
  }
}

export class FakeHeaderFooterGroup
  extends FakeObject<FakeSheet>
  implements Pick<Shape<Excel.HeaderFooterGroup>, "state" | "defaultForAllPages">
{
  readonly defaultForAllPages: FakeHeaderFooter;

  constructor(context: FakeRequestContext, path: string, lookup: () => FakeSheet | null) {
    super(context, path, lookup);
    this.defaultForAllPages = new FakeHeaderFooter(context, `${path}.defaultForAllPages`, lookup);
  }

  protected read(t: FakeSheet, name: string): unknown {
    if (name === "state") return t.page.headerFooterState ?? "Default";
    throw new FakeOfficeError("InvalidArgument", `The fake cannot load HeaderFooterGroup.${name}`);
  }

  get state(): Excel.HeaderFooterState | "Default" | "FirstAndDefault" | "OddAndEven" | "FirstOddAndEven" {
    return this.get("state");
  }

  set state(v: Excel.HeaderFooterState | "Default" | "FirstAndDefault" | "OddAndEven" | "FirstOddAndEven") {
    this.set("state", v, (sheet) => (sheet.page.headerFooterState = v));
  }
}

type HeaderFooterPart = "leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter";

export class FakeHeaderFooter
  extends FakeObject<FakeSheet>
  implements Pick<Shape<Excel.HeaderFooter>, HeaderFooterPart>
{
  protected read(t: FakeSheet, name: string): unknown {
    return t.page.headersFooters[name] ?? "";
  }

  private put(part: HeaderFooterPart, v: string): void {
    this.set(part, v, (sheet) => {
      if (v.length > MAX_HEADER_FOOTER)
        throw new FakeOfficeError("InvalidArgument", `${part} is longer than ${MAX_HEADER_FOOTER} characters`);
      sheet.page.headersFooters[part] = v;
    });
  }

  get leftHeader(): string {
    return this.get("leftHeader");
  }
  set leftHeader(v: string) {
    this.put("leftHeader", v);
  }
  get centerHeader(): string {
    return this.get("centerHeader");
  }
  set centerHeader(v: string) {
    this.put("centerHeader", v);
  }
  get rightHeader(): string {
    return this.get("rightHeader");
  }
  set rightHeader(v: string) {
    this.put("rightHeader", v);
  }
  get leftFooter(): string {
    return this.get("leftFooter");
  }
  set leftFooter(v: string) {
    this.put("leftFooter", v);
  }
  get centerFooter(): string {
    return this.get("centerFooter");
  }
  set centerFooter(v: string) {
    this.put("centerFooter", v);
  }
  get rightFooter(): string {
    return this.get("rightFooter");
  }
  set rightFooter(v: string) {
    this.put("rightFooter", v);
  }
}

// ---- ranges -----------------------------------------------------------------------------------------

interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

function checkWritable(t: RangeTarget): void {
  if (t.sheet.protected) {
    throw new FakeOfficeError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet (${t.sheet.name}).`,
    );
  }
}

function checkShape(t: RangeTarget, matrix: unknown, what: string): unknown[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the ${what} array doesn't match the size of the range.`,
    );
  }
  return matrix as unknown[][];
}

/** Every stored cell of the rectangle (whole columns would be a million rows: visit what exists). */
function storedCells(t: RangeTarget): [number, FakeCell][] {
  const out: [number, FakeCell][] = [];
  for (const [key, c] of t.sheet.cells) {
    const r = keyRow(key);
    const col = keyCol(key);
    if (r >= t.rect.top && r <= t.rect.bottom && col >= t.rect.left && col <= t.rect.right) out.push([key, c]);
  }
  return out;
}

function forEachCell(t: RangeTarget, fn: (c: FakeCell) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++)
    for (let c = t.rect.left; c <= t.rect.right; c++) fn(t.sheet.touch(r, c));
}

export class FakeRange
  extends FakeObject<RangeTarget>
  implements
    Pick<
      Shape<Excel.Range>,
      | "address"
      | "values"
      | "formulas"
      | "numberFormat"
      | "load"
      | "clear"
      | "getColumnProperties"
      | "select"
      | "setCellProperties"
      | "getMergedAreasOrNullObject"
      | "copyFrom"
      | "conditionalFormats"
    >
{
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, path: string, lookup: () => RangeTarget | null, orNull = false) {
    super(context, path, lookup, orNull);
    this.format = new FakeRangeFormat(context, `${path}.format`, () => this.target());
    this.conditionalFormats = new FakeConditionalFormatCollection(context, `${path}.conditionalFormats`, () => {
      const t = this.target() as RangeTarget;
      return { sheet: t.sheet, rects: [t.rect] };
    });
  }

  protected override isGone(t: RangeTarget): boolean {
    return t.sheet.deleted;
  }

  protected read(t: RangeTarget, name: string): unknown {
    const { top, left, bottom, right } = t.rect;
    const grid = <V>(fn: (c: FakeCell | undefined) => V): V[][] => {
      const out: V[][] = [];
      for (let r = top; r <= bottom; r++) {
        const row: V[] = [];
        for (let c = left; c <= right; c++) row.push(fn(t.sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    const cells = (bottom - top + 1) * (right - left + 1);
    if ((name === "values" || name === "numberFormat" || name === "formulas") && cells > READ_CELL_LIMIT) {
      if (this.context.excel.overCellLimit === "null") return null;
      throw new FakeOfficeError(
        "RangeExceedsLimit",
        `The cell count in the range (${cells}) has exceeded the maximum supported number.`,
      );
    }
    switch (name) {
      case "address":
        return `${sheetPrefix(t.sheet.name)}!${rectAddress(t.rect)}`;
      case "values":
        return grid((c) => (c ? c.value : ""));
      case "numberFormat":
        return grid((c) => (c ? c.numberFormat : "General"));
      case "formulas":
        // A formula's text; a constant's value; "" for an empty cell.
        return grid((c) => (c ? (c.formula ?? c.value) : ""));
      case "rowCount":
        return bottom - top + 1;
      case "columnCount":
        return right - left + 1;
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake cannot load Range.${name}`);
    }
  }

  get address(): string {
    return this.get("address");
  }

  get rowCount(): number {
    return this.get("rowCount");
  }

  get columnCount(): number {
    return this.get("columnCount");
  }

  get values(): (string | number | boolean)[][] {
    return this.get("values");
  }

  set values(matrix: (string | number | boolean)[][]) {
    this.set("values", matrix, (t) => {
      checkWritable(t);
      const rows = checkShape(t, matrix, "values");
      this.context.changed(t.sheet, t.rect);
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return; // null leaves the cell as it is
          const r = t.rect.top + i;
          const c = t.rect.left + j;
          if (v === "") {
            const cell = t.sheet.cell(r, c);
            if (cell) {
              cell.value = "";
              delete cell.formula;
              delete cell.error;
            }
            return;
          }
          if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
            throw new FakeOfficeError("InvalidArgument", `Unsupported value ${JSON.stringify(v)}`);
          }
          const cell = t.sheet.touch(r, c);
          const parsed = parseTyped(v, cell.numberFormat);
          const result = parsed.formula ? this.context.excel.calculated(t.sheet, r, c, parsed.formula) : undefined;
          if (result !== undefined) Object.assign(parsed, { value: result, error: undefined });
          cell.value = parsed.value;
          if (parsed.formula) cell.formula = parsed.formula;
          else delete cell.formula;
          if (parsed.error) cell.error = true;
          else delete cell.error;
        }),
      );
    });
  }

  get formulas(): (string | number | boolean)[][] {
    return this.get("formulas");
  }

  /**
   * Formulas set as written: "=…" is a formula whatever the number format but "@" (Text), anything else a
   * constant parsed as `values` parses it; null leaves the cell, "" empties it (office-js-docs-pr
   * docs/excel/excel-add-ins-blank-null-values.md: "null input in 2-D Array", "Blank input for a property").
   * Excel then calculates the formula; the fake takes the result from FakeExcel.calculate, and without one
   * the cell keeps the value it held.
   */
  set formulas(matrix: (string | number | boolean | null)[][]) {
    this.set("formulas", matrix, (t) => {
      checkWritable(t);
      this.context.changed(t.sheet, t.rect);
      checkShape(t, matrix, "formulas").forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null) return;
          const cell = t.sheet.touch(t.rect.top + i, t.rect.left + j);
          if (typeof f === "string" && f.startsWith("=") && cell.numberFormat !== "@") {
            cell.formula = f;
            const result = this.context.excel.calculated(t.sheet, t.rect.top + i, t.rect.left + j, f);
            if (result !== undefined) {
              cell.value = result;
              delete cell.error;
            }
            return;
          }
          if (f === "") {
            cell.value = "";
            delete cell.formula;
            delete cell.error;
            return;
          }
          if (typeof f !== "string" && typeof f !== "number" && typeof f !== "boolean") {
            throw new FakeOfficeError("InvalidArgument", `Unsupported formula ${JSON.stringify(f)}`);
          }
          Object.assign(cell, { formula: undefined, error: undefined }, parseTyped(f, cell.numberFormat));
          if (cell.formula === undefined) delete cell.formula;
          if (cell.error === undefined) delete cell.error;
        }),
      );
    });
  }

  get numberFormat(): string[][] {
    return this.get("numberFormat");
  }

  set numberFormat(matrix: (string | null)[][]) {
    this.set("numberFormat", matrix, (t) => {
      checkWritable(t);
      const rows = checkShape(t, matrix, "numberFormat");
      rows.forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null) return;
          if (typeof f !== "string")
            throw new FakeOfficeError("InvalidArgument", `Unsupported number format ${JSON.stringify(f)}`);
          // Changing the format never re-parses the value, as in Excel.
          t.sheet.touch(t.rect.top + i, t.rect.left + j).numberFormat = f === "" ? "General" : f;
        }),
      );
    });
  }

  clear(
    applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents",
  ): void {
    const what = applyTo ?? "All";
    this.call("clear", [what], (t) => {
      checkWritable(t);
      if (what !== "Formats") this.context.changed(t.sheet, t.rect);
      // "All" clears everything and "Formats" all formatting: conditional formats too, which only
      // RemoveHyperlinks is documented to leave (@types/office-js: Excel.ClearApplyTo).
      if (what === "All" || what === "Formats") removeFormatsIn(t.sheet, t.rect);
      for (const [key, c] of storedCells(t)) {
        if (what === "All") t.sheet.cells.delete(key);
        else if (what === "Contents") {
          c.value = "";
          delete c.formula;
          delete c.error;
        } else if (what === "Formats") {
          t.sheet.cells.set(key, { value: c.value, formula: c.formula, error: c.error, numberFormat: "General" });
        }
      }
    });
  }

  select(): void {
    this.call("select", [], (t) => {
      if (this.context.state.activeSheet !== t.sheet)
        throw new FakeOfficeError("InvalidOperation", "Select a range on the active sheet only.");
      this.context.state.selection = { sheet: t.sheet.name, address: rectAddress(t.rect) };
    });
  }

  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    this.call("setCellProperties", [cellPropertiesData], (t) => {
      checkWritable(t);
      const rows = checkShape(t, cellPropertiesData, "cellProperties") as Excel.SettableCellProperties[][];
      rows.forEach((row, i) =>
        row.forEach((p, j) => {
          const f = p.format;
          if (!f) return;
          const cell = t.sheet.touch(t.rect.top + i, t.rect.left + j);
          if (f.fill?.color !== undefined) cell.fill = f.fill.color.toUpperCase();
          if (f.font?.color !== undefined) cell.fontColor = f.font.color.toUpperCase();
          if (f.font?.bold !== undefined) cell.bold = f.font.bold;
          if (f.font?.italic !== undefined) cell.italic = f.font.italic;
          if (f.wrapText !== undefined) cell.wrapText = f.wrapText;
          if (f.horizontalAlignment !== undefined) cell.horizontalAlignment = f.horizontalAlignment;
        }),
      );
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9) with copyType "All": the source's cells (value, formula, number format,
   * fill, font, alignment) land on the range of the same size at this range's top-left; an empty source
   * cell empties its target; formulas move as in a paste (formula-shift.ts). copyFrom "replicates the Copy
   * and Paste actions of the Excel UI" and "all" copies "both data and formatting" (office-js-docs-pr
   * docs/excel/excel-add-ins-ranges-cut-copy-paste.md): the conditional formats on the source's cells come
   * along, onto the target's cells, whose own formats they replace (pasted formats replace the ones beneath).
   * Microsoft documents no priority for pasted rules: the fake puts them on top, in the source's order, and
   * copies their formulas as they are (the host's rules hold constants). Merged areas are not copied (the
   * host never copies across a merge).
   */
  copyFrom(
    sourceRange: Excel.Range | Excel.RangeAreas | string,
    copyType?: Excel.RangeCopyType | "All" | "Formulas" | "Values" | "Formats" | "Link",
    skipBlanks?: boolean,
    transpose?: boolean,
  ): void {
    if (skipBlanks || transpose)
      throw new FakeOfficeError("InvalidArgument", "The fake copies without skipBlanks or transpose only.");
    if (typeof sourceRange === "string" || !(sourceRange instanceof FakeRange)) {
      throw new FakeOfficeError("InvalidArgument", "The fake copies from a Range proxy only.");
    }
    if ((copyType ?? "All") !== "All")
      throw new FakeOfficeError("InvalidArgument", "The fake copies with copyType All only.");
    const source: FakeRange = sourceRange;
    this.call("copyFrom", [source.path, copyType ?? "All"], (t) => {
      checkWritable(t);
      const from = source.target() as RangeTarget;
      const rows = from.rect.bottom - from.rect.top + 1;
      const cols = from.rect.right - from.rect.left + 1;
      this.context.changed(t.sheet, {
        top: t.rect.top,
        left: t.rect.left,
        bottom: t.rect.top + rows - 1,
        right: t.rect.left + cols - 1,
      });
      // Read everything first: source and target may overlap.
      const copied: (FakeCell | undefined)[][] = [];
      for (let i = 0; i < rows; i++) {
        const line: (FakeCell | undefined)[] = [];
        for (let j = 0; j < cols; j++) {
          const c = from.sheet.cell(from.rect.top + i, from.rect.left + j);
          line.push(c ? { ...c } : undefined);
        }
        copied.push(line);
      }
      // A paste: relative references move with the cells, and those pushed off the sheet become #REF!.
      const dr = t.rect.top - from.rect.top;
      const dc = t.rect.left - from.rect.left;
      copied.forEach((line, i) =>
        line.forEach((c, j) => {
          const key = cellKey(t.rect.top + i, t.rect.left + j);
          if (c?.formula !== undefined) {
            c.formula = shiftFormula(c.formula, dr, dc);
            // A formula pointing nowhere shows #REF!; another is calculated again where it lands (by
            // FakeExcel.calculate; without it, the cached result comes along).
            const result = this.context.excel.calculated(t.sheet, t.rect.top + i, t.rect.left + j, c.formula);
            if (c.formula.includes("#REF!")) Object.assign(c, { value: "#REF!", error: true });
            else if (result !== undefined) {
              c.value = result;
              delete c.error;
            }
          }
          if (c) t.sheet.cells.set(key, c);
          else t.sheet.cells.delete(key);
        }),
      );
      const pasted: FakeConditionalFormat[] = [];
      for (const cf of from.sheet.conditionalFormats) {
        const areas = cf.areas.flatMap((a) => {
          const inside = intersection(a, from.rect);
          return inside
            ? [{ top: inside.top + dr, left: inside.left + dc, bottom: inside.bottom + dr, right: inside.right + dc }]
            : [];
        });
        if (areas.length > 0)
          pasted.push({ ...cf, id: newFormatId(), areas, ...(cf.rule ? { rule: { ...cf.rule } } : {}) });
      }
      removeFormatsIn(t.sheet, {
        top: t.rect.top,
        left: t.rect.left,
        bottom: t.rect.top + rows - 1,
        right: t.rect.left + cols - 1,
      });
      t.sheet.conditionalFormats.unshift(...pasted);
    });
  }

  /**
   * Range.getColumnProperties (ExcelApi 1.9): per column of the range, what the options ask for, known
   * after the sync. Only columnIndex and format.columnWidth (points; an unset column has Excel's default,
   * 64 px = 48 pt) are modelled.
   */
  getColumnProperties(
    options: Excel.ColumnPropertiesLoadOptions,
  ): OfficeExtension.ClientResult<Excel.ColumnProperties[]> {
    const result = { value: undefined as unknown as Excel.ColumnProperties[] };
    const op: Queued = {
      path: this.path,
      kind: "load",
      name: "getColumnProperties",
      value: { bytes: 0 },
      exec: () => {
        const t = this.target() as RangeTarget;
        const out: Excel.ColumnProperties[] = [];
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const p: Excel.ColumnProperties = {};
          if (options.columnIndex) p.columnIndex = c;
          if (options.format?.columnWidth)
            p.format = { columnWidth: t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_POINTS };
          out.push(p);
        }
        (op.value as { bytes: number }).bytes = Buffer.byteLength(JSON.stringify(out));
        this.context.pending.push(() => (result.value = out));
      },
    };
    this.context.enqueue(op);
    return result;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        const t = this.target() as RangeTarget;
        const areas = t.sheet.merges.filter((m) => intersects(m, t.rect));
        return areas.length > 0 ? { sheet: t.sheet, areas } : null;
      },
      true,
    );
  }
}

export class FakeRangeAreas
  extends FakeObject<{ sheet: FakeSheet; areas: Rect[] }>
  implements Pick<Shape<Excel.RangeAreas>, "address" | "load" | "conditionalFormats">
{
  /** "A collection of conditional formats that intersect with any cells in this RangeAreas object" (ExcelApi 1.9). */
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    lookup: () => { sheet: FakeSheet; areas: Rect[] } | null,
    orNull = false,
  ) {
    super(context, path, lookup, orNull);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, `${path}.conditionalFormats`, () => {
      const t = this.target() as { sheet: FakeSheet; areas: Rect[] };
      return { sheet: t.sheet, rects: t.areas };
    });
  }

  protected read(t: { sheet: FakeSheet; areas: Rect[] }, name: string): unknown {
    if (name === "address") return t.areas.map((a) => `${sheetPrefix(t.sheet.name)}!${rectAddress(a)}`).join(", ");
    if (name === "areaCount") return t.areas.length;
    throw new FakeOfficeError("InvalidArgument", `The fake cannot load RangeAreas.${name}`);
  }

  get address(): string {
    return this.get("address");
  }
}

const HEX = /^#[0-9A-Fa-f]{6}$/;

function color(c: string): string {
  if (!HEX.test(c)) throw new FakeOfficeError("InvalidArgument", `Invalid colour «${c}»`);
  return c.toUpperCase();
}

export class FakeRangeFormat
  extends FakeObject<RangeTarget>
  implements Pick<Shape<Excel.RangeFormat>, "wrapText" | "horizontalAlignment" | "columnWidth">
{
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(context: FakeRequestContext, path: string, lookup: () => RangeTarget | null) {
    super(context, path, lookup);
    this.fill = new FakeRangeFill(context, `${path}.fill`, () => this.target());
    this.font = new FakeRangeFont(context, `${path}.font`, () => this.target());
  }

  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "The fake cannot load RangeFormat properties");
  }

  get wrapText(): boolean {
    return this.get("wrapText");
  }

  set wrapText(v: boolean) {
    this.set("wrapText", v, (t) => {
      checkWritable(t);
      forEachCell(t, (c) => (c.wrapText = v));
    });
  }

  get horizontalAlignment():
    | Excel.HorizontalAlignment
    | "General"
    | "Left"
    | "Center"
    | "Right"
    | "Fill"
    | "Justify"
    | "CenterAcrossSelection"
    | "Distributed" {
    return this.get("horizontalAlignment");
  }

  set horizontalAlignment(
    v:
      | Excel.HorizontalAlignment
      | "General"
      | "Left"
      | "Center"
      | "Right"
      | "Fill"
      | "Justify"
      | "CenterAcrossSelection"
      | "Distributed",
  ) {
    this.set("horizontalAlignment", v, (t) => {
      checkWritable(t);
      forEachCell(t, (c) => (c.horizontalAlignment = v));
    });
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }

  set columnWidth(points: number) {
    this.set("columnWidth", points, (t) => {
      checkWritable(t);
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
}

export class FakeRangeFill extends FakeObject<RangeTarget> implements Pick<Shape<Excel.RangeFill>, "color" | "clear"> {
  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "The fake cannot load RangeFill properties");
  }

  get color(): string {
    return this.get("color");
  }

  set color(v: string) {
    this.set("color", v, (t) => {
      checkWritable(t);
      const c = color(v);
      forEachCell(t, (cell) => (cell.fill = c));
    });
  }

  clear(): void {
    this.call("clear", [], (t) => {
      checkWritable(t);
      for (const [, cell] of storedCells(t)) delete cell.fill;
    });
  }
}

export class FakeRangeFont
  extends FakeObject<RangeTarget>
  implements Pick<Shape<Excel.RangeFont>, "color" | "bold" | "italic">
{
  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "The fake cannot load RangeFont properties");
  }

  get color(): string {
    return this.get("color");
  }

  set color(v: string) {
    this.set("color", v, (t) => {
      checkWritable(t);
      const c = color(v);
      forEachCell(t, (cell) => (cell.fontColor = c));
    });
  }

  get bold(): boolean {
    return this.get("bold");
  }

  set bold(v: boolean) {
    this.set("bold", v, (t) => {
      checkWritable(t);
      forEachCell(t, (cell) => (cell.bold = v));
    });
  }

  get italic(): boolean {
    return this.get("italic");
  }

  set italic(v: boolean) {
    this.set("italic", v, (t) => {
      checkWritable(t);
      forEachCell(t, (cell) => (cell.italic = v));
    });
  }
}

// ---- conditional formats (ExcelApi 1.6) ------------------------------------------------------------
// office-js-docs-pr docs/excel/excel-add-ins-conditional-formatting.md; @types/office-js: Excel.ConditionalFormatCollection,
// Excel.ConditionalFormat, Excel.CellValueConditionalFormat, Excel.ConditionalCellValueRule. Only the «Cell value» type.

const CF_SET = "1.6";

/** The operators of Excel.ConditionalCellValueOperator (formula2 only for the two ranges). */
const CELL_VALUE_OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
]);

interface FormatTarget {
  sheet: FakeSheet;
  cf: FakeConditionalFormat;
}

/** The cells a collection of conditional formats belongs to: a range, or a RangeAreas' ranges. */
interface CellsTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

/** The formats on the cells ("the collection of ConditionalFormats that intersect the range"), by priority. */
const formatsOn = (t: CellsTarget): FakeConditionalFormat[] =>
  t.sheet.conditionalFormats.filter((cf) => cf.areas.some((a) => t.rects.some((r) => intersection(a, r))));

export class FakeConditionalFormatCollection
  extends FakeObject<CellsTarget>
  implements Pick<Shape<Excel.ConditionalFormatCollection>, "add" | "clearAll" | "getCount" | "getItemAt" | "load">
{
  private itemsLoaded: FakeConditionalFormatItem[] | null = null;

  get items(): FakeConditionalFormatItem[] {
    if (!this.itemsLoaded)
      throw new FakeOfficeError("PropertyNotLoaded", `The property 'items' is not available: ${this.path}`);
    return this.itemsLoaded;
  }

  protected read(): unknown {
    return undefined;
  }

  override load(arg?: LoadArg): this {
    const props = propNames(arg);
    const op: Queued = {
      path: this.path,
      kind: "load",
      name: props.map((n) => `items/${n}`).join(","),
      value: { bytes: 0 },
      exec: () => {
        const t = this.target() as CellsTarget;
        this.context.excel.requireSet("ExcelApi", CF_SET, "ConditionalFormatCollection");
        const formats = formatsOn(t);
        const data = formats.map((cf) => Object.fromEntries(props.map((p) => [p, readFormat(t.sheet, cf, p)])));
        (op.value as { bytes: number }).bytes = Buffer.byteLength(JSON.stringify(data));
        this.context.pending.push(() => {
          this.itemsLoaded = formats.map((cf, i) => {
            const item = new FakeConditionalFormatItem(this.context, `${this.path}.getItem(${q(cf.id)})`, () => ({
              sheet: t.sheet,
              cf,
            }));
            item.bindLoaded({ sheet: t.sheet, cf }, data[i]);
            return item;
          });
        });
      },
    };
    this.context.enqueue(op);
    return this;
  }

  /** "Adds a new conditional format to the collection at the first/top priority", on the cells (every area). */
  add(type: string): FakeConditionalFormatItem {
    let created: FormatTarget | null = null;
    this.call("add", [type], (t) => {
      this.context.excel.requireSet("ExcelApi", CF_SET, "ConditionalFormatCollection.add");
      checkWritable({ sheet: t.sheet, rect: t.rects[0] });
      if (type !== "CellValue")
        throw new FakeOfficeError("InvalidArgument", `The fake adds CellValue conditional formats only, not ${type}.`);
      const cf: FakeConditionalFormat = { id: newFormatId(), areas: t.rects.map((r) => ({ ...r })), type: "CellValue" };
      t.sheet.conditionalFormats.unshift(cf);
      created = { sheet: t.sheet, cf };
    });
    return new FakeConditionalFormatItem(this.context, `${this.path}.add(${q(type)})`, () => created);
  }

  /** "Clears all conditional formats active on the current specified range": its cells lose them. */
  clearAll(): void {
    this.call("clearAll", [], (t) => {
      this.context.excel.requireSet("ExcelApi", CF_SET, "ConditionalFormatCollection.clearAll");
      checkWritable({ sheet: t.sheet, rect: t.rects[0] });
      for (const r of t.rects) removeFormatsIn(t.sheet, r);
    });
  }

  /**
   * The number of formats in the collection, known after the sync. (Its reference says "in the workbook"; the
   * collection is defined as the formats intersecting the range, and that is what the fake counts.)
   */
  getCount(): OfficeExtension.ClientResult<number> {
    const result = { value: undefined as unknown as number };
    const op: Queued = {
      path: this.path,
      kind: "load",
      name: "getCount",
      value: { bytes: 0 },
      exec: () => {
        this.context.excel.requireSet("ExcelApi", CF_SET, "ConditionalFormatCollection.getCount");
        const n = formatsOn(this.target() as CellsTarget).length;
        (op.value as { bytes: number }).bytes = String(n).length;
        this.context.pending.push(() => (result.value = n));
      },
    };
    this.context.enqueue(op);
    return result as OfficeExtension.ClientResult<number>;
  }

  getItemAt(index: number): FakeConditionalFormatItem {
    return new FakeConditionalFormatItem(this.context, `${this.path}.getItemAt(${index})`, () => {
      const t = this.target() as CellsTarget;
      const cf = formatsOn(t)[index];
      if (!cf) throw new FakeOfficeError("ItemNotFound", `No conditional format at ${index}: ${this.path}`);
      return { sheet: t.sheet, cf };
    });
  }
}

function readFormat(sheet: FakeSheet, cf: FakeConditionalFormat, name: string): unknown {
  switch (name) {
    case "id":
      return cf.id;
    case "type":
      return cf.type;
    case "priority":
      // "The priority (or index) within the conditional format collection".
      return sheet.conditionalFormats.indexOf(cf);
    case "stopIfTrue":
      return false;
    default:
      throw new FakeOfficeError("InvalidArgument", `The fake cannot load ConditionalFormat.${name}`);
  }
}

export class FakeConditionalFormatItem
  extends FakeObject<FormatTarget>
  implements Pick<Shape<Excel.ConditionalFormat>, "id" | "type" | "priority" | "cellValue" | "delete" | "load">
{
  readonly cellValue: FakeCellValueConditionalFormat;

  constructor(context: FakeRequestContext, path: string, lookup: () => FormatTarget | null) {
    super(context, path, lookup);
    this.cellValue = new FakeCellValueConditionalFormat(context, `${path}.cellValue`, () => this.target());
  }

  protected override isGone(t: FormatTarget): boolean {
    return !t.sheet.conditionalFormats.includes(t.cf) && !t.sheet.conditionalFormats.some((cf) => cf.id === t.cf.id);
  }

  protected read(t: FormatTarget, name: string): unknown {
    return readFormat(t.sheet, t.cf, name);
  }

  get id(): string {
    return this.get("id");
  }

  get type(): Excel.ConditionalFormatType | "CellValue" {
    return this.get("type");
  }

  get priority(): number {
    return this.get("priority");
  }

  delete(): void {
    this.call("delete", [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.id !== t.cf.id);
    });
  }
}

/** The live format of a target: clearAll and copies replace format objects, keeping their ids. */
const liveFormat = (t: FormatTarget): FakeConditionalFormat =>
  t.sheet.conditionalFormats.find((cf) => cf.id === t.cf.id) ?? t.cf;

export class FakeCellValueConditionalFormat
  extends FakeObject<FormatTarget>
  implements Pick<Shape<Excel.CellValueConditionalFormat>, "rule" | "format" | "load">
{
  readonly format: FakeConditionalRangeFormat;

  constructor(context: FakeRequestContext, path: string, lookup: () => FormatTarget | null) {
    super(context, path, lookup);
    this.format = new FakeConditionalRangeFormat(context, `${path}.format`, () => this.target());
  }

  protected read(t: FormatTarget, name: string): unknown {
    if (name === "rule") return liveFormat(t).rule ?? { formula1: "", operator: "Invalid" };
    throw new FakeOfficeError("InvalidArgument", `The fake cannot load CellValueConditionalFormat.${name}`);
  }

  get rule(): Excel.ConditionalCellValueRule {
    return this.get("rule");
  }

  /** formula1 (and formula2 for Between / NotBetween) are formulas; the operator one of ConditionalCellValueOperator. */
  set rule(v: Excel.ConditionalCellValueRule) {
    const rule = { ...v };
    this.set("rule", rule, (t) => {
      const op = String(rule.operator);
      if (!CELL_VALUE_OPERATORS.has(op) || typeof rule.formula1 !== "string" || rule.formula1 === "")
        throw new FakeOfficeError("InvalidArgument", `Invalid cell value rule ${JSON.stringify(rule)}`);
      liveFormat(t).rule = {
        formula1: rule.formula1,
        ...(rule.formula2 !== undefined ? { formula2: rule.formula2 } : {}),
        operator: op,
      };
    });
  }
}

export class FakeConditionalRangeFormat
  extends FakeObject<FormatTarget>
  implements Pick<Shape<Excel.ConditionalRangeFormat>, "fill" | "font">
{
  readonly fill: FakeConditionalColor;
  readonly font: FakeConditionalColor;

  constructor(context: FakeRequestContext, path: string, lookup: () => FormatTarget | null) {
    super(context, path, lookup);
    this.fill = new FakeConditionalColor(context, `${path}.fill`, () => this.target(), "fill");
    this.font = new FakeConditionalColor(context, `${path}.font`, () => this.target(), "fontColor");
  }

  protected read(): unknown {
    throw new FakeOfficeError("InvalidArgument", "The fake cannot load ConditionalRangeFormat properties");
  }
}

/** ConditionalRangeFill.color / ConditionalRangeFont.color: "#RRGGBB". */
export class FakeConditionalColor
  extends FakeObject<FormatTarget>
  implements Pick<Shape<Excel.ConditionalRangeFill>, "color">
{
  constructor(
    context: FakeRequestContext,
    path: string,
    lookup: () => FormatTarget | null,
    private readonly part: "fill" | "fontColor",
  ) {
    super(context, path, lookup);
  }

  protected read(t: FormatTarget, name: string): unknown {
    if (name === "color") return liveFormat(t)[this.part] ?? null;
    throw new FakeOfficeError("InvalidArgument", `The fake cannot load ${name}`);
  }

  get color(): string {
    return this.get("color");
  }

  set color(v: string) {
    this.set("color", v, (t) => {
      liveFormat(t)[this.part] = color(v);
    });
  }
}

// ---- names --------------------------------------------------------------------------------------

interface NameTarget {
  name: string;
}

function readName(state: FakeWorkbookState, name: string, prop: string): unknown {
  const formula = state.names.get(name) ?? "";
  const isRange = /^=(?:(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?,?)+$/.test(
    formula,
  );
  switch (prop) {
    case "name":
      return name;
    case "formula":
      return formula;
    case "type":
      return isRange ? "Range" : formula.includes("#REF!") ? "Error" : "String";
    case "value":
      // For a range, Office gives its address (the reference without "=").
      return isRange ? formula.slice(1) : formula.includes("#REF!") ? "#REF!" : formula.replace(/^="?|"$/g, "");
    case "visible":
      return true;
    default:
      throw new FakeOfficeError("InvalidArgument", `The fake cannot load NamedItem.${prop}`);
  }
}

export class FakeNamedItemCollection
  extends FakeObject<FakeWorkbookState>
  implements Pick<Shape<Excel.NamedItemCollection>, "add" | "getItemOrNullObject" | "load">
{
  private itemsLoaded: FakeNamedItem[] | null = null;

  get items(): FakeNamedItem[] {
    if (!this.itemsLoaded)
      throw new FakeOfficeError("PropertyNotLoaded", `The property 'items' is not available: ${this.path}`);
    return this.itemsLoaded;
  }

  protected read(): unknown {
    return undefined;
  }

  override load(arg?: LoadArg): this {
    const props = propNames(arg);
    const op: Queued = {
      path: this.path,
      kind: "load",
      name: props.map((n) => `items/${n}`).join(","),
      value: { bytes: 0 },
      exec: () => {
        const state = this.target() as FakeWorkbookState;
        const names = [...state.names.keys()];
        const data = names.map((n) => Object.fromEntries(props.map((p) => [p, readName(state, n, p)])));
        (op.value as { bytes: number }).bytes = Buffer.byteLength(JSON.stringify(data));
        this.context.pending.push(() => {
          this.itemsLoaded = names.map((n, i) => {
            const item = new FakeNamedItem(this.context, `${this.path}.getItem(${q(n)})`, () => ({ name: n }));
            item.bindLoaded({ name: n }, data[i]);
            return item;
          });
        });
      },
    };
    this.context.enqueue(op);
    return this;
  }

  add(name: string, reference: string | Excel.Range, comment?: string): FakeNamedItem {
    if (typeof reference !== "string")
      throw new FakeOfficeError("InvalidArgument", "The fake takes references as strings only.");
    this.call("add", [name, reference, comment], (state) => {
      if ([...state.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name «${name}» already exists.`);
      }
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name))
        throw new FakeOfficeError("InvalidArgument", `Invalid name «${name}».`);
      state.names.set(name, reference.startsWith("=") ? reference : `=${reference}`);
    });
    return new FakeNamedItem(this.context, `${this.path}.getItem(${q(name)})`, () =>
      this.context.state.names.has(name) ? { name } : null,
    );
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.context,
      `${this.path}.getItemOrNullObject(${q(name)})`,
      () => {
        const found = [...this.context.state.names.keys()].find((n) => n.toLowerCase() === name.toLowerCase());
        return found !== undefined ? { name: found } : null;
      },
      true,
    );
  }
}

export class FakeNamedItem
  extends FakeObject<NameTarget>
  implements Pick<Shape<Excel.NamedItem>, "name" | "value" | "formula" | "type" | "delete" | "load">
{
  protected read(t: NameTarget, prop: string): unknown {
    return readName(this.context.state, t.name, prop);
  }

  protected override isGone(t: NameTarget): boolean {
    return !this.context.state.names.has(t.name);
  }

  get name(): string {
    return this.get("name");
  }

  get value(): string {
    return this.get("value");
  }

  get formula(): string {
    return this.get("formula");
  }

  get type(): Excel.NamedItemType | "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array" {
    return this.get("type");
  }

  delete(): void {
    this.call("delete", [], (t) => {
      this.context.state.names.delete(t.name);
    });
  }
}

// ---- the fake Excel -------------------------------------------------------------------------------

export class FakeExcel {
  syncCount = 0;
  /** Bytes of each sync's request and response, in order. */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
  calculationSuspensions = 0;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly overCellLimit: "throw" | "null";
  private readonly failures = new Map<number, Failure>();
  /** Handlers registered on worksheets.onChanged. */
  readonly changeHandlers = new Set<(args: Excel.WorksheetChangedEventArgs) => Promise<unknown>>();

  /** What Excel's calculation gives for each formula written (see Calculate); tests may set it at any time. */
  calculate: Calculate | undefined;
  /** Office.context.requirements.isSetSupported of this Excel: hand it to the host. */
  readonly isSetSupported: (name: string, minVersion?: string) => boolean;

  constructor(
    public state: FakeWorkbookState,
    options: FakeOptions = {},
  ) {
    this.calculate = options.calculate;
    this.isSetSupported = options.isSetSupported ?? ((): boolean => true);
    this.maxRequestBytes = options.maxRequestBytes ?? 5_000_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 5_000_000;
    this.overCellLimit = options.overCellLimit ?? "throw";
    this.ownEvents = options.ownEvents ?? "async";
    this.triggerSource = options.triggerSource ?? false;
  }

  /** A formula's result as Excel would calculate it, when the test said (formula with its "="). */
  calculated(sheet: FakeSheet, row: number, col: number, formula: string): string | number | boolean | undefined {
    return this.calculate?.({ sheet: sheet.name, row, col }, formula.replace(/^=/, ""));
  }

  /** A member of a requirement set this Excel lacks: "ApiNotFound", as Office answers such a call. */
  requireSet(name: string, version: string, member: string): void {
    if (!this.isSetSupported(name, version))
      throw new FakeOfficeError("ApiNotFound", `${member} needs ${name} ${version}, which this Excel lacks.`);
  }

  /** Test switch, outside the API: a person is editing a cell (Excel's Edit mode). */
  cellEditMode = false;
  readonly ownEvents: "async" | "held";
  readonly triggerSource: boolean;
  /** Events of the add-in's writes not yet delivered ("held"), in order. */
  readonly heldEvents: Excel.WorksheetChangedEventArgs[] = [];
  /** Every event of the add-in's writes raised so far (delivered or held). */
  ownEventCount = 0;

  /** The add-in's data changes of one sync, as Excel raises them: one event per range written. */
  raiseOwnChanges(changes: readonly { sheet: FakeSheet; rect: Rect }[]): void {
    if (this.changeHandlers.size === 0 || changes.length === 0) return;
    const events = changes.map((c) => this.changeEvent(c.sheet, c.rect, "ThisLocalAddin"));
    this.ownEventCount += events.length;
    if (this.ownEvents === "held") {
      this.heldEvents.push(...events);
      return;
    }
    setTimeout(() => void this.deliver(events), 0);
  }

  /** Test helper, outside the API: delivers the held events of the add-in's own writes, now. */
  async deliverEvents(): Promise<number> {
    const events = this.heldEvents.splice(0);
    await this.deliver(events);
    return events.length;
  }

  private async deliver(events: readonly Excel.WorksheetChangedEventArgs[]): Promise<void> {
    for (const e of events) for (const h of [...this.changeHandlers]) await h(e);
  }

  private changeEvent(
    sheet: FakeSheet,
    rect: Rect,
    trigger: "ThisLocalAddin" | "Unknown",
  ): Excel.WorksheetChangedEventArgs {
    const args: Record<string, unknown> = {
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      address: rectAddress(rect),
      changeType: "RangeEdited",
      source: "Local",
    };
    if (this.triggerSource) args.triggerSource = trigger;
    return args as unknown as Excel.WorksheetChangedEventArgs;
  }

  /** Excel.run: a fresh context for the batch. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    // The one cast between the fake and Office's types: the `implements` clauses above check the members.
    batch(new FakeRequestContext(this) as unknown as Excel.RequestContext);

  /** Makes sync number `n` (1-based, counted over the fake's life) fail with `code`, after `afterOps` of its operations ran. */
  failSync(n: number, code = "ConnectionFailure", afterOps = 0): void {
    this.failures.set(n, { code, afterOps });
  }

  failureFor(n: number): Failure | undefined {
    return this.failures.get(n);
  }

  /** Operations queued in the last sync (to aim failSync's afterOps at the middle of a batch). */
  lastRequestOps = 0;

  recordSync(ops: Queued[]): void {
    this.syncCount++;
    this.lastRequestOps = ops.length;
    const wire = ops.map(({ path, kind, name, value }) =>
      kind === "load" ? { path, kind, name } : { path, kind, name, value },
    );
    this.requestBytes.push(Buffer.byteLength(JSON.stringify(wire)));
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.requestBytes.length = 0;
    this.responseBytes.length = 0;
    this.calculationSuspensions = 0;
  }

  toExcelJs(): ExcelJS.Workbook {
    return stateToExcelJs(this.state);
  }

  /** A deep copy of the workbook's state, for before/after comparisons. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.state.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        merges: s.merges,
        widths: [...s.columnWidths],
        cells: [...s.cells].sort((a, b) => a[0] - b[0]),
        conditionalFormats: s.conditionalFormats.map(({ areas, rule, fill, fontColor }) => ({
          areas,
          rule,
          fill,
          fontColor,
        })),
      })),
      names: [...this.state.names].sort(),
    });
  }

  /**
   * Test helper, outside the API: a person types `value` into a cell (0-based), and Excel raises
   * worksheets.onChanged. Resolves once the handlers ran (Office delivers events asynchronously).
   */
  async editAsPerson(sheet: string, row: number, col: number, value: string | number): Promise<void> {
    const s = this.state.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const cell = s.touch(row, col);
    cell.value = value;
    delete cell.formula;
    delete cell.error;
    const args = this.changeEvent(s, { top: row, left: col, bottom: row, right: col }, "Unknown");
    await Promise.resolve();
    for (const h of [...this.changeHandlers]) await h(args);
  }

  /** Test helper, outside the API: protect or unprotect a sheet as a person would. */
  protectSheet(name: string, on = true): void {
    const s = this.state.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    s.protected = on;
  }
}

export function fakeFromExcelJs(wb: ExcelJS.Workbook, options?: FakeOptions): FakeExcel {
  return new FakeExcel(stateFromExcelJs(wb), options);
}

/** An Excel fake holding the workbook of an .xlsx file (path or bytes), read through exceljs. */
export async function fakeFromXlsx(source: string | Buffer, options?: FakeOptions): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  const bytes = typeof source === "string" ? await fs.readFile(source) : source;
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return fakeFromExcelJs(wb, options);
}

export { cellKey };

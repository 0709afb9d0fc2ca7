/**
 * «Fogli e colonne» in Analizza: what the recogniser made of each sheet and column (describeRecognition),
 * the corrections an officer may make there, and the settings those corrections produce (applyCorrection),
 * which the pane saves into the settings sheet as the Regole tab does. Pure.
 */
import type { Diagnostic, DiagnosticCode } from "../../core/diagnostics/types";
import { columnLetter } from "../../core/grid/address";
import { BUILT_IN_VOCABULARY, taughtKey } from "../../core/layout/headerVocabulary";
import {
  applyCorrection,
  type ColumnRecognition,
  type ColumnRole,
  type SheetRecognition,
  type SheetRole,
  type TableRecognition,
} from "../../core/layout/recognition";
import type { Settings, TaughtRole } from "../../core/settings/types";
import { sheetNameKey } from "../../core/settings/values";

/** The roles an officer may give a header, in the settings sheet's order. */
export const TAUGHT_ROLES: readonly TaughtRole[] = [
  "objective",
  "indicator",
  "target",
  "weight",
  "actual",
  "area",
  "baseline",
];

/** What a column's role menu may say: a role, or «non usata». */
export type RoleChoice = ColumnRole | "none";

/** How a sheet is read: as the recogniser finds it, as the cruscotto whatever its name, or not at all. */
export type SheetMode = "auto" | "cruscotto" | "excluded";

/** Corrections chosen and not saved yet; the latest choice for a header or a sheet wins. */
export interface PendingCorrections {
  /** By header key (as taught words are matched): the header as written and the role chosen. */
  headers: Readonly<Record<string, { header: string; role: RoleChoice }>>;
  /** By sheet name key (case ignored, as Excel compares names). */
  sheets: Readonly<Record<string, { sheet: string; mode: SheetMode }>>;
}

export const NO_PENDING: PendingCorrections = { headers: {}, sheets: {} };

export interface ColumnView {
  col: number;
  /** The column's letter (C). */
  letter: string;
  header: string;
  /** Its header key: every column with the same key takes the same role. */
  key: string;
  /** The role as the last analysis recognised it (null: none), and whether the table reads the column. */
  role: ColumnRole | null;
  /** The year its header carries, for a cruscotto's year columns. */
  year: number | null;
  read: boolean;
  /** The choices its role menu offers; empty when it has none (empty header, a year, a mappa's columns). */
  options: RoleChoice[];
  /** What its menu shows: the pending choice, else the role recognised. */
  choice: RoleChoice;
  /** A correction chosen for this header is waiting to be saved. */
  changed: boolean;
}

/** Tables of one sheet whose columns are the same (one per strategic objective, say) are shown once. */
export interface TableView {
  /** Stable within one analysis: sheet and first header cell. */
  id: string;
  kind: TableRecognition["kind"];
  /** The header cell of every table shown by this one, in sheet order. */
  headerCells: string[];
  /** The name of the unit the table's rows belong to, when there is one. */
  unit: string | null;
  columns: ColumnView[];
  /** The roles an indicator table needs or normally has that no column reads (none for other tables). */
  missing: TaughtRole[];
}

export interface SheetView {
  sheet: string;
  roles: SheetRole[];
  units: { name: string; indicators: number }[];
  tables: TableView[];
  /** Something here stops a reading or needs a look: its disclosure is open at first. */
  problem: boolean;
  /** False for the settings sheet and the add-in's own sheets: nothing to correct on them. */
  correctable: boolean;
  /** How the sheet is to be read: the pending choice, else what the settings say. */
  mode: SheetMode;
  modeChanged: boolean;
}

/** Diagnostics that say a sheet was not read as it looks, or was read another way than it might be. */
const SHEET_PROBLEMS: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  "HEADER_NOT_RECOGNISED",
  "CRUSCOTTO_NOT_READ",
  "TABLE_READ_AS_CRUSCOTTO",
  "TABLE_READ_AS_UNIT",
]);

/** A cruscotto's heading cell over its KPIs («1. Semplificazione …»): a name, not a header to teach. */
const OBJECTIVE_HEADING = /^\d{1,2}\s*[.)]/;

/** An indicator table reads these, or cannot score: Indicatore and Target to be read, Peso and Consuntivo to be scored. */
const NEEDED: readonly TaughtRole[] = ["indicator", "target", "weight", "actual"];

const isTaught = (role: RoleChoice | null): role is TaughtRole =>
  role !== null && (TAUGHT_ROLES as readonly string[]).includes(role);

/** How the settings make the recogniser read the sheet (without pending corrections). */
export function sheetModeOf(settings: Settings, sheet: string): SheetMode {
  const key = sheetNameKey(sheet);
  if (settings.excludedSheets.some((s) => sheetNameKey(s) === key)) return "excluded";
  if (settings.cruscottoSheets.some((s) => sheetNameKey(s) === key)) return "cruscotto";
  return "auto";
}

/**
 * The role menu of a column. A header the built-in synonyms name cannot be left unused (only given another
 * role), so it offers its built-in role instead of «non usata»; a year and the mappa's or programmi's
 * columns are not the officers' to teach.
 */
export function roleOptions(table: TableRecognition["kind"], column: ColumnRecognition): RoleChoice[] {
  if (table === "mappa" || table === "programmi" || column.header === "" || column.role === "year") return [];
  if (table === "cruscotto" && OBJECTIVE_HEADING.test(column.header)) return [];
  const builtIn = BUILT_IN_VOCABULARY.roleOf.get(taughtKey(column.header)) ?? null;
  if (builtIn === null) return ["none", ...TAUGHT_ROLES];
  // The role the column plays now stays on the menu even when it is not a taught one (Owner, Albero).
  const own: RoleChoice[] = [];
  for (const r of [builtIn, column.role]) if (r !== null && !isTaught(r)) own.push(r);
  return [...new Set<RoleChoice>([...own, ...TAUGHT_ROLES])];
}

function columnView(
  kind: TableRecognition["kind"],
  column: ColumnRecognition,
  pending: PendingCorrections,
): ColumnView {
  const key = taughtKey(column.header);
  const options = roleOptions(kind, column);
  const chosen = options.length > 0 ? pending.headers[key] : undefined;
  return {
    col: column.col,
    letter: columnLetter(column.col),
    header: column.header,
    key,
    role: column.role,
    year: column.year,
    read: column.read,
    options,
    choice: chosen?.role ?? column.role ?? "none",
    changed: chosen !== undefined,
  };
}

function tableView(
  sheet: string,
  table: TableRecognition,
  units: ReadonlyMap<string, string>,
  pending: PendingCorrections,
): TableView {
  const indicatorTable = table.kind === "obiettivi" || table.kind === "dirigente" || table.kind === "unrecognised";
  const read = new Set(table.columns.filter((c) => c.read).map((c) => c.role));
  return {
    id: `${sheet}!${table.headerCell}`,
    kind: table.kind,
    headerCells: [table.headerCell],
    unit: table.unit === null ? null : (units.get(table.unit) ?? table.unit),
    columns: table.columns.map((c) => columnView(table.kind, c, pending)),
    missing: indicatorTable ? NEEDED.filter((r) => !read.has(r)) : [],
  };
}

/** What makes two tables look the same to an officer: kind, unit, and every column's header, role and reading. */
function signature(t: TableView): string {
  const columns = t.columns.map((c) => [c.col, c.options.length > 0 ? c.key : "", c.role, c.read, c.choice]);
  return JSON.stringify([t.kind, t.unit, columns]);
}

function grouped(tables: readonly TableView[]): TableView[] {
  const out = new Map<string, TableView>();
  for (const t of tables) {
    const key = signature(t);
    const first = out.get(key);
    if (first) first.headerCells.push(...t.headerCells);
    else out.set(key, { ...t, headerCells: [...t.headerCells] });
  }
  return [...out.values()];
}

/**
 * Every sheet as the pane shows it, in workbook order: its roles, units and tables, the role of each
 * column, what may be corrected and what is waiting to be saved.
 */
export function recognitionView(
  sheets: readonly SheetRecognition[],
  diagnostics: readonly Diagnostic[],
  settings: Settings,
  pending: PendingCorrections = NO_PENDING,
): SheetView[] {
  const flagged = new Set(diagnostics.filter((d) => SHEET_PROBLEMS.has(d.code)).map((d) => d.sheet));
  return sheets.map((s): SheetView => {
    const units = new Map(s.units.map((u) => [u.id, u.name]));
    const tables = grouped(s.tables.map((t) => tableView(s.sheet, t, units, pending)));
    const correctable = !s.roles.includes("settings") && !s.roles.includes("output");
    const current = sheetModeOf(settings, s.sheet);
    const chosen = correctable ? pending.sheets[sheetNameKey(s.sheet)] : undefined;
    return {
      sheet: s.sheet,
      roles: s.roles,
      units: s.units.map((u) => ({ name: u.name, indicators: u.indicators })),
      tables,
      // A missing Consuntivo is no problem: the first run that writes creates it.
      problem:
        flagged.has(s.sheet) ||
        tables.some((t) => t.kind === "unrecognised" || t.missing.some((role) => role !== "actual")),
      correctable,
      mode: chosen?.mode ?? current,
      modeChanged: chosen !== undefined,
    };
  });
}

/**
 * The pending corrections with `header` given `choice`. Choosing again what the column plays now takes the
 * correction back. Every column with the same header key shares the choice, as the taught word will.
 */
export function chooseRole(pending: PendingCorrections, column: ColumnView, choice: RoleChoice): PendingCorrections {
  const headers = { ...pending.headers };
  if (choice === (column.role ?? "none")) delete headers[column.key];
  else headers[column.key] = { header: column.header, role: choice };
  return { ...pending, headers };
}

/** The pending corrections with `sheet` to be read as `mode`; its mode now takes the correction back. */
export function chooseSheetMode(
  pending: PendingCorrections,
  settings: Settings,
  sheet: string,
  mode: SheetMode,
): PendingCorrections {
  const sheets = { ...pending.sheets };
  const key = sheetNameKey(sheet);
  if (mode === sheetModeOf(settings, sheet)) delete sheets[key];
  else sheets[key] = { sheet, mode };
  return { ...pending, sheets };
}

export function pendingCount(pending: PendingCorrections): number {
  return Object.keys(pending.headers).length + Object.keys(pending.sheets).length;
}

/**
 * The settings with the pending corrections applied, to be saved in the settings sheet. A header left
 * unused, or given a role that is not taught (its built-in one), takes back what was taught for it.
 */
export function correctedSettings(settings: Settings, pending: PendingCorrections): Settings {
  let out = settings;
  for (const { header, role } of Object.values(pending.headers))
    out = applyCorrection(out, { kind: "headerRole", header, role: isTaught(role) ? role : null });
  for (const { sheet, mode } of Object.values(pending.sheets)) {
    out = applyCorrection(out, { kind: "excludeSheet", sheet, excluded: mode === "excluded" });
    out = applyCorrection(out, { kind: "cruscottoSheet", sheet, cruscotto: mode === "cruscotto" });
  }
  return out;
}

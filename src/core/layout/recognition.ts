/**
 * What the recogniser made of each sheet, for the pane to show an officer — which sheets hold unit tables,
 * the cruscotto, the mappa, settings, which were excluded or left unread, and per table which column plays
 * which role — and the officer's corrections, turned into new Settings (taught header words, excluded and
 * cruscotto sheets) that the pane saves in the settings sheet. Pure.
 */
import type { CellValue, WorkbookGrid } from "../grid/types";
import { a1, parseRange } from "../grid/address";
import type { ColumnMap, TableKind, UnitKind } from "../model/types";
import { settingsPlace } from "../settings/place";
import type { HeaderWords, Settings, TaughtRole } from "../settings/types";
import { sheetNameKey } from "../settings/values";
import { withoutUndoLog } from "../undo/log";
import type { RecognisedHeader } from "./draft";
import { BUILT_IN_VOCABULARY, headerVocabulary, taughtKey, type HeaderVocabulary } from "./headerVocabulary";
import { ownedMask } from "./owned";
import { recogniseLayout } from "./recognise";
import { cellText, headerKey } from "./text";
import { HEADER_SYNONYMS, type Role } from "./vocabulary";

/**
 * units: tables of obiettivi (Servizi, PO, Dirigenti); cruscotto, mappa, programmi: those blocks; settings:
 * the settings sheet; output: a sheet the add-in wrote (Riepilogo, undo log); excluded: listed in «Fogli
 * esclusi»; unread: nothing recognised.
 */
export type SheetRole = "units" | "cruscotto" | "mappa" | "programmi" | "settings" | "output" | "excluded" | "unread";

/** A header's role, or "year": a cruscotto column holding the targets of the year its header names. */
export type ColumnRole = Role | "year";

export interface ColumnRecognition {
  /** 0-based column. */
  col: number;
  /** The header cell as written; "" when it is empty. */
  header: string;
  /** What the header says the column holds; null when no synonym or taught word names it. */
  role: ColumnRole | null;
  /** The year the header carries («Target 2023», «2024»), or null. */
  year: number | null;
  /** True when the table reads this column for its role (not a repeated header, not another year's target). */
  read: boolean;
}

export interface TableRecognition {
  /**
   * unrecognised: a block laid out as a table (a header row over data rows) on a sheet where no table was
   * recognised — the header HEADER_NOT_RECOGNISED names, shown so that an officer can give its columns roles.
   */
  kind: TableKind | "mappa" | "programmi" | "unrecognised";
  /** 0-based row of the header, and its first cell in A1. */
  headerRow: number;
  headerCell: string;
  /** The plan table's id; null for the mappa and the programmi. */
  tableId: string | null;
  /** The unit the table's rows belong to (obiettivi, dirigente). */
  unit: string | null;
  columns: ColumnRecognition[];
}

export interface UnitRecognition {
  id: string;
  name: string;
  kind: UnitKind;
  indicators: number;
}

export interface SheetRecognition {
  sheet: string;
  /** One role or more (a sheet may hold unit tables and the cruscotto), in the order they were found. */
  roles: SheetRole[];
  units: UnitRecognition[];
  tables: TableRecognition[];
}

const ROLES = new Set(Object.keys(HEADER_SYNONYMS));

/** Column -> role as the table reads it, from its ColumnMap (weightOther is the Dirigenti's first Peso). */
function columnsRead(columns: ColumnMap): Map<number, { role: ColumnRole; year: number | null }> {
  const out = new Map<number, { role: ColumnRole; year: number | null }>();
  for (const [key, value] of Object.entries(columns) as [string, unknown][]) {
    if (key === "years" && value && typeof value === "object") {
      for (const [year, col] of Object.entries(value as Record<string, number>))
        out.set(col, { role: "year", year: Number(year) });
    } else if (typeof value === "number" && value >= 0) {
      const role = key === "weightOther" ? "weight" : key;
      if (ROLES.has(role) && !out.has(value)) out.set(value, { role: role as Role, year: null });
    }
  }
  return out;
}

function mappaRead(
  h: Extract<RecognisedHeader["match"], { kind: "mappa" }>,
): Map<number, { role: ColumnRole; year: null }> {
  const out = new Map<number, { role: ColumnRole; year: null }>();
  const put = (col: number | undefined, role: Role): void => {
    if (col !== undefined) out.set(col, { role, year: null });
  };
  put(h.perspective, "perspective");
  put(h.number, "number");
  put(h.strategic, "strategic");
  put(h.missione, "missione");
  return out;
}

const YEAR_CELL = /^(19|20)\d\d$/;

function describeColumns(
  header: RecognisedHeader,
  row: readonly CellValue[],
  vocabulary: HeaderVocabulary,
): ColumnRecognition[] {
  const m = header.match;
  const read = m.kind === "mappa" ? mappaRead(m) : m.kind === "programmi" ? new Map() : columnsRead(m.columns);
  const out: ColumnRecognition[] = [];
  for (let col = m.firstCol; col <= m.lastCol; col++) {
    const text = cellText(row[col]);
    const used = read.get(col);
    if (used) {
      const year = used.year ?? (text === "" ? null : headerKey(text).year);
      out.push({ col, header: text, role: used.role, year, read: true });
      continue;
    }
    if (YEAR_CELL.test(text)) {
      out.push({ col, header: text, role: "year", year: Number(text), read: false });
      continue;
    }
    const key = text === "" ? null : headerKey(text);
    out.push({
      col,
      header: text,
      role: key ? (vocabulary.roleOf.get(key.key) ?? null) : null,
      year: key?.year ?? null,
      read: false,
    });
  }
  return out;
}

/** Header cells are looked for this far right, as unrecognised.ts looks for them. */
const MAX_HEADER_COLS = 40;

/** The block HEADER_NOT_RECOGNISED names: its header row, from the cell it gives to the last filled cell. */
function unrecognisedTable(
  row: number,
  firstCol: number,
  values: readonly CellValue[],
  vocabulary: HeaderVocabulary,
): TableRecognition {
  let lastCol = firstCol;
  for (let c = firstCol; c < Math.min(values.length, MAX_HEADER_COLS); c++) if (cellText(values[c]) !== "") lastCol = c;
  const columns: ColumnRecognition[] = [];
  for (let col = firstCol; col <= lastCol; col++) {
    const text = cellText(values[col]);
    const key = text === "" ? null : headerKey(text);
    const role: ColumnRole | null = YEAR_CELL.test(text)
      ? "year"
      : key
        ? (vocabulary.roleOf.get(key.key) ?? null)
        : null;
    columns.push({ col, header: text, role, year: key?.year ?? null, read: false });
  }
  return { kind: "unrecognised", headerRow: row, headerCell: a1(row, firstCol), tableId: null, unit: null, columns };
}

const SHEET_ROLE: Record<RecognisedHeader["match"]["kind"], SheetRole> = {
  obiettivi: "units",
  dirigente: "units",
  cruscotto: "cruscotto",
  mappa: "mappa",
  programmi: "programmi",
};

/** Every sheet of the workbook, in its order, as this run's settings make the recogniser read it. */
export function describeRecognition(input: WorkbookGrid, settings: Settings): SheetRecognition[] {
  const workbook = withoutUndoLog(input);
  const kept = new Set(workbook.sheets);
  const settingsSheet = settingsPlace(workbook).grid;
  const mask = ownedMask(workbook);
  const { plan, headers, excluded } = recogniseLayout(workbook, settings);
  const vocabulary = headerVocabulary(settings.headerWords);
  const tables = new Map(plan.tables.map((t) => [t.id, t]));
  const bySheet = new Map<string, RecognisedHeader[]>();
  for (const h of headers) {
    const list = bySheet.get(h.sheet);
    if (list) list.push(h);
    else bySheet.set(h.sheet, [h]);
  }
  // The undo log is the add-in's own (very) hidden sheet: nothing an officer could read or correct.
  const undoLog = new Set(input.sheets.filter((g) => !kept.has(g) && (g.hidden === true || g.veryHidden === true)));
  return input.sheets
    .filter((grid) => !undoLog.has(grid))
    .map((grid): SheetRecognition => {
      const sheet = grid.name;
      const own = (roles: SheetRole[]): SheetRecognition => ({ sheet, roles, units: [], tables: [] });
      if (grid === settingsSheet) return own(["settings"]);
      if (!kept.has(grid) || mask.sheets.has(sheet)) return own(["output"]);
      if (excluded.has(sheet)) return own(["excluded"]);
      const found = bySheet.get(sheet) ?? [];
      const roles = [...new Set(found.map((h) => SHEET_ROLE[h.match.kind]))];
      const unrecognised = plan.diagnostics
        .filter((d) => d.code === "HEADER_NOT_RECOGNISED" && d.sheet === sheet && d.cell !== null)
        .flatMap((d) => {
          const at = parseRange(d.cell ?? "");
          return at && !found.some((h) => h.row === at.top)
            ? [unrecognisedTable(at.top, at.left, grid.values[at.top] ?? [], vocabulary)]
            : [];
        });
      return {
        sheet,
        roles: roles.length > 0 ? roles : ["unread"],
        units: plan.units
          .filter((u) => u.sheet === sheet)
          .map((u) => ({ id: u.id, name: u.name, kind: u.kind, indicators: u.indicators.length })),
        tables: [
          ...found.map((h): TableRecognition => ({
            kind: h.match.kind,
            headerRow: h.row,
            headerCell: a1(h.row, h.match.firstCol),
            tableId: h.tableId,
            unit: h.tableId === null ? null : (tables.get(h.tableId)?.unitId ?? null),
            columns: describeColumns(h, grid.values[h.row] ?? [], vocabulary),
          })),
          ...unrecognised,
        ],
      };
    });
}

/** What an officer may correct: a header's role, a sheet left out, a sheet read as the cruscotto. */
export type Correction =
  /** Give the header text this role (null: take back a role the officer taught it). */
  | { kind: "headerRole"; header: string; role: TaughtRole | null }
  | { kind: "excludeSheet"; sheet: string; excluded: boolean }
  | { kind: "cruscottoSheet"; sheet: string; cruscotto: boolean };

const TAUGHT_ROLES: readonly TaughtRole[] = [
  "objective",
  "indicator",
  "target",
  "weight",
  "actual",
  "area",
  "baseline",
];

/**
 * The header taught for `role` and for no other role. A header the built-in synonyms already give that role
 * is not added (the settings sheet lists only the officers' own words); a built-in synonym cannot be taken
 * back, only given another role (taught words win).
 */
function teachHeader(words: HeaderWords, header: string, role: TaughtRole | null): HeaderWords {
  const text = header.trim();
  const key = taughtKey(text);
  if (key === "") return words;
  const out = {} as Record<TaughtRole, readonly string[]>;
  for (const r of TAUGHT_ROLES) out[r] = words[r].filter((w) => taughtKey(w) !== key);
  if (role !== null && BUILT_IN_VOCABULARY.roleOf.get(key) !== role) out[role] = [...out[role], text];
  return out;
}

function withSheet(list: readonly string[], sheet: string, present: boolean): string[] {
  const key = sheetNameKey(sheet);
  const others = list.filter((s) => sheetNameKey(s) !== key);
  return present ? [...others, sheet.trim()] : others;
}

/** The settings with the officer's correction applied; `settings` is left as it was. */
export function applyCorrection(settings: Settings, correction: Correction): Settings {
  switch (correction.kind) {
    case "headerRole":
      return { ...settings, headerWords: teachHeader(settings.headerWords, correction.header, correction.role) };
    case "excludeSheet":
      return {
        ...settings,
        excludedSheets: withSheet(settings.excludedSheets, correction.sheet, correction.excluded),
        // A sheet left out is not read as anything, the cruscotto included.
        cruscottoSheets: correction.excluded
          ? withSheet(settings.cruscottoSheets, correction.sheet, false)
          : [...settings.cruscottoSheets],
      };
    case "cruscottoSheet":
      return {
        ...settings,
        cruscottoSheets: withSheet(settings.cruscottoSheets, correction.sheet, correction.cruscotto),
        excludedSheets: correction.cruscotto
          ? withSheet(settings.excludedSheets, correction.sheet, false)
          : [...settings.excludedSheets],
      };
  }
}

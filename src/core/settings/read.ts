/** Reading the «Impostazioni Cruscotto» sheet: tolerant of where the keys are and how values are typed. */
import { a1 } from "../grid/address";
import type { CellValue, Grid } from "../grid/types";
import type { Diagnostic, DiagnosticParam } from "../diagnostics/types";
import { SETTINGS_FIELDS, type SettingField } from "./fields";
import { DEFAULT_SETTINGS, SETTINGS_SHEET_NAME, type Settings } from "./types";
import { normaliseWords, sheetNameKey } from "./values";

/** Keys are looked for in this many leftmost columns: people insert a column or indent the table. */
const KEY_COLUMNS = 4;

function isEmpty(value: CellValue | undefined): value is null | undefined | "" {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function fresh(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    levels: [...DEFAULT_SETTINGS.levels],
    lowerIsBetterWords: [...DEFAULT_SETTINGS.lowerIsBetterWords],
    headerWords: { ...DEFAULT_SETTINGS.headerWords },
    excludedSheets: [...DEFAULT_SETTINGS.excludedSheets],
    cruscottoSheets: [...DEFAULT_SETTINGS.cruscottoSheets],
  };
}

function invalid(
  grid: Grid,
  cell: string | null,
  key: string,
  raw: DiagnosticParam,
  used: DiagnosticParam,
): Diagnostic {
  return {
    severity: "warning",
    code: "SETTINGS_INVALID",
    sheet: grid.name || SETTINGS_SHEET_NAME,
    cell,
    params: { key, raw, default: used },
  };
}

/** Reads every recognised key of the sheet into `settings`; returns where each key's value cell is. */
function readSheet(grid: Grid, settings: Settings, diagnostics: Diagnostic[]): Map<SettingField, string> {
  const seen = new Map<SettingField, string>();
  grid.values.forEach((row, r) => {
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      const found = SETTINGS_FIELDS.find((f) => f.matches(normaliseWords(cell)));
      if (!found) continue;
      // The first occurrence of a key wins; a key's row is done once its label is found.
      if (seen.has(found)) return;
      const address = a1(r, c + 1);
      seen.set(found, address);
      const value = row[c + 1];
      if (isEmpty(value)) return;
      const format = grid.formats[r]?.[c + 1] ?? "General";
      if (!found.readInto(settings, value, format)) {
        diagnostics.push(invalid(grid, address, found.label, String(value), found.shown(DEFAULT_SETTINGS)));
      }
      return;
    }
  });
  return seen;
}

/** Bands out of order would make "Parzialmente raggiunto" swallow "Raggiunto": Parziale is lowered to it. */
function checkBands(grid: Grid, settings: Settings, seen: Map<SettingField, string>, diagnostics: Diagnostic[]): void {
  if (settings.bandParziale <= settings.bandRaggiunto) return;
  const field = SETTINGS_FIELDS.find((f) => f.key === "bandParziale");
  if (!field) return;
  const typed = field.shown(settings);
  settings.bandParziale = settings.bandRaggiunto;
  diagnostics.push(invalid(grid, seen.get(field) ?? null, field.label, typed, field.shown(settings)));
}

/**
 * A sheet named in «Fogli esclusi» or «Fogli cruscotto» that the workbook does not hold is most likely a
 * typing error: a draft the officer meant to exclude would otherwise be read without a word.
 */
function checkSheetNames(
  grid: Grid,
  settings: Settings,
  seen: Map<SettingField, string>,
  sheetNames: readonly string[],
  diagnostics: Diagnostic[],
): void {
  const present = new Set(sheetNames.map(sheetNameKey));
  for (const field of SETTINGS_FIELDS) {
    if (field.key !== "excludedSheets" && field.key !== "cruscottoSheets") continue;
    for (const name of settings[field.key]) {
      if (present.has(sheetNameKey(name))) continue;
      diagnostics.push({
        severity: "warning",
        code: "SETTINGS_SHEET_UNKNOWN",
        sheet: grid.name || SETTINGS_SHEET_NAME,
        cell: seen.get(field) ?? null,
        params: { key: field.label, name },
      });
    }
  }
}

export interface ReadSettingsOptions {
  /** The workbook's sheets: the sheets a setting names are checked against them. */
  sheetNames?: readonly string[];
}

/**
 * Settings from the sheet (absent: the defaults), then `overrides` (CLI --year / --lang) on top.
 * An unreadable value keeps the default and yields SETTINGS_INVALID; an empty one keeps it silently.
 */
export function readSettings(
  grid: Grid | undefined,
  overrides?: Partial<Settings>,
  options: ReadSettingsOptions = {},
): { settings: Settings; diagnostics: Diagnostic[] } {
  const settings = fresh();
  const diagnostics: Diagnostic[] = [];
  if (grid) {
    const seen = readSheet(grid, settings, diagnostics);
    checkBands(grid, settings, seen, diagnostics);
    if (options.sheetNames) checkSheetNames(grid, settings, seen, options.sheetNames, diagnostics);
  }
  if (overrides) {
    for (const [key, value] of Object.entries(overrides) as [keyof Settings, Settings[keyof Settings] | undefined][]) {
      if (value !== undefined) Object.assign(settings, { [key]: value });
    }
  }
  return { settings, diagnostics };
}

/**
 * The settings the formulas read live: the cap, the soglia minima and the two status bands. Each is a
 * defined name on its Valore cell in «Impostazioni Cruscotto», so that changing the setting there changes
 * every formula at once. A value a person typed as text («90 %» in a cell formatted as text) cannot be
 * compared by a formula: the formulas then carry the value as read, and an info says how to make it live.
 */
import type { CellValue, Grid } from "../../grid/types";
import type { Diagnostic } from "../../diagnostics/types";
import type { Settings } from "../../settings/types";
import { SETTINGS_FIELDS, SETTINGS_FIRST_FIELD_ROW, SETTINGS_VALUE_COL } from "../../settings";
import { a1, absRange } from "../../grid/address";
import type { NameSet } from "../types";
import { numberConstant } from "./references";

/** The live settings, and the name each has in the workbook. */
export const SETTING_NAMES = {
  cap: "CP_LIMITE",
  soglia: "CP_SOGLIA",
  bandRaggiunto: "CP_RAGGIUNTO",
  bandParziale: "CP_PARZIALE",
} as const;

export type LiveSetting = keyof typeof SETTING_NAMES;

/** What a formula writes for each live setting: its name, or its value as a constant. */
export type SettingRefs = Readonly<Record<LiveSetting, string>>;

export interface SettingRefsResult {
  refs: SettingRefs;
  names: NameSet[];
  diagnostics: Diagnostic[];
}

const LIVE: readonly LiveSetting[] = ["cap", "soglia", "bandRaggiunto", "bandParziale"];

/** The constants themselves: what formulas use when no settings sheet can hold the names. */
export function constantRefs(settings: Settings): SettingRefs {
  return {
    cap: numberConstant(settings.cap),
    soglia: numberConstant(settings.soglia),
    bandRaggiunto: numberConstant(settings.bandRaggiunto),
    bandParziale: numberConstant(settings.bandParziale),
  };
}

export interface SettingsSheetCells {
  /** The settings sheet's name. */
  sheet: string;
  /** Where each key's Valore cell is (0-based), and what it holds; a key the sheet lacks is absent. */
  valueCell(key: LiveSetting): { row: number; col: number; value: CellValue } | null;
}

/** The cells of the settings sheet this run creates: the layout of settingsSheetCells. */
export function createdSettingsCells(sheet: string, cells: readonly CellValue[][]): SettingsSheetCells {
  return {
    sheet,
    valueCell(key) {
      const i = SETTINGS_FIELDS.findIndex((f) => f.key === key);
      if (i < 0) return null;
      const row = SETTINGS_FIRST_FIELD_ROW + i;
      return { row, col: SETTINGS_VALUE_COL, value: cells[row]?.[SETTINGS_VALUE_COL] ?? null };
    },
  };
}

/** The cells of a settings sheet the workbook has, at the keys the reader found. */
export function existingSettingsCells(
  grid: Grid,
  keys: ReadonlyMap<string, { row: number; col: number }>,
): SettingsSheetCells {
  return {
    sheet: grid.name,
    valueCell(key) {
      const at = keys.get(key);
      if (!at) return null;
      const col = at.col + 1;
      return { row: at.row, col, value: grid.values[at.row]?.[col] ?? null };
    },
  };
}

/**
 * A name for each live setting whose Valore cell holds a number; a constant for the others (an absent
 * key keeps its default, a value typed as text is said).
 */
export function settingRefs(place: SettingsSheetCells | null, settings: Settings): SettingRefsResult {
  const constants = constantRefs(settings);
  const refs: Record<LiveSetting, string> = { ...constants };
  const names: NameSet[] = [];
  const diagnostics: Diagnostic[] = [];
  if (place === null) return { refs, names, diagnostics };
  for (const key of LIVE) {
    const cell = place.valueCell(key);
    if (cell === null) continue;
    if (typeof cell.value === "number") {
      refs[key] = SETTING_NAMES[key];
      names.push({
        name: SETTING_NAMES[key],
        sheet: place.sheet,
        range: absRange(cell.row, cell.col, cell.row, cell.col),
      });
    } else if (cell.value !== null && cell.value !== "") {
      const field = SETTINGS_FIELDS.find((f) => f.key === key);
      diagnostics.push({
        severity: "info",
        code: "SETTING_NOT_LIVE",
        sheet: place.sheet,
        cell: a1(cell.row, cell.col),
        params: {
          setting: field ? field.label : key,
          raw: String(cell.value),
          value: field ? field.shown(settings) : "",
        },
      });
    }
  }
  return { refs, names, diagnostics };
}

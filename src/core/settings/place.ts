/**
 * Which sheet holds the add-in's settings. The name «Impostazioni Cruscotto» alone does not make a sheet
 * the add-in's: a person may have a sheet of that name holding a plan table. Only a sheet laid out as
 * settings (the header the add-in writes, or keys the reader finds) is read as settings; another sheet of
 * that name is plan data like any other, and the settings go to the first free «Impostazioni Cruscotto (n)».
 * A person may also type the sheet by hand: any case of the name, no defined name, only the keys they need
 * under an «Impostazione | Valore» header, or a single key whose label no plan table would use.
 */
import type { Grid, WorkbookGrid } from "../grid/types";
import { SETTINGS_FIELDS } from "./fields";
import { SETTINGS_SHEET_NAME } from "./types";
import { normaliseWords, sheetNameKey } from "./values";

/** Same as the reader: keys are looked for in this many leftmost columns. */
const KEY_COLUMNS = 4;
/** The header the add-in writes is near the top; a person's sheet laid out by hand may start lower. */
const HEADER_ROWS = 10;
/** One key might be a coincidence in a plan table (a column titled «Lingua»); two are a settings layout. */
const MIN_KEYS = 2;
/** The add-in writes «Impostazione | Valore | Descrizione»; a person typing the sheet may leave out the third. */
const HEADER = ["impostazione", "valore"];

export function settingsSheetName(attempt: number): string {
  return attempt <= 1 ? SETTINGS_SHEET_NAME : `${SETTINGS_SHEET_NAME} (${attempt})`;
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** True when the sheet reads as settings: empty (nothing of a person's in it), the add-in's header, or two keys. */
export function hasSettingsLayout(grid: Grid): boolean {
  if (grid.values.every((row) => !row || row.every(isBlank))) return true;
  for (let r = 0; r < Math.min(HEADER_ROWS, grid.values.length); r++) {
    const row = grid.values[r] ?? [];
    for (let c = 0; c < KEY_COLUMNS; c++) {
      if (HEADER.every((h, i) => typeof row[c + i] === "string" && normaliseWords(String(row[c + i])) === h))
        return true;
    }
  }
  let keys = 0;
  for (const row of grid.values) {
    if (!row) continue;
    for (let c = 0; c < Math.min(KEY_COLUMNS, row.length); c++) {
      const cell = row[c];
      if (typeof cell !== "string") continue;
      const field = SETTINGS_FIELDS.find((f) => f.matches(normaliseWords(cell)));
      if (field) {
        if (field.marksSettings) return true;
        if (++keys >= MIN_KEYS) return true;
        break;
      }
    }
  }
  return false;
}

export interface SettingsPlace {
  /** The sheet the settings are read from and written to. */
  name: string;
  /** That sheet as read, or undefined when it is to be created. */
  grid: Grid | undefined;
  /** The person's sheets named like the settings sheet that are not settings, skipped over. */
  skipped: string[];
}

/**
 * The first «Impostazioni Cruscotto[ (n)]» that is missing or laid out as settings. Names are compared as
 * Excel compares them (case ignored): a person's «impostazioni cruscotto» is that sheet, and a sheet of that
 * name in another case could not be created beside it.
 */
export function settingsPlace(workbook: WorkbookGrid): SettingsPlace {
  const grids = new Map<string, Grid>();
  for (const g of workbook.sheets) if (!grids.has(sheetNameKey(g.name))) grids.set(sheetNameKey(g.name), g);
  const skipped: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const wanted = settingsSheetName(attempt);
    const grid = grids.get(sheetNameKey(wanted));
    if (!grid) return { name: wanted, grid, skipped };
    if (hasSettingsLayout(grid)) return { name: grid.name, grid, skipped };
    skipped.push(grid.name);
  }
}

/** The content of the «Impostazioni Cruscotto» sheet, as the write stage puts it in the workbook. */
import type { CellValue } from "../grid/types";
import { SETTINGS_FIELDS, type SheetLang } from "./fields";
import type { Settings } from "./types";
import { withPseudo } from "../../i18n/pseudo";

/** 0-based rows of the sheet's layout. */
export const SETTINGS_TITLE_ROW = 0;
export const SETTINGS_HEADER_ROW = 2;
export const SETTINGS_FIRST_FIELD_ROW = 3;
/** 0-based columns: key label, value, description. */
export const SETTINGS_KEY_COL = 0;
export const SETTINGS_VALUE_COL = 1;
export const SETTINGS_DESCRIPTION_COL = 2;

/**
 * Rows (0-based, in settingsSheetCells' output) whose value cell holds a fraction that must be shown
 * with SETTINGS_PERCENT_FORMAT (column SETTINGS_VALUE_COL).
 */
export const SETTINGS_PERCENT_ROWS: readonly number[] = SETTINGS_FIELDS.flatMap((f, i) =>
  f.percent ? [SETTINGS_FIRST_FIELD_ROW + i] : [],
);
export const SETTINGS_PERCENT_FORMAT = "0%";

const TITLE: Record<SheetLang, string> = withPseudo({
  it: "Impostazioni Cruscotto Performance",
  en: "Cruscotto Performance settings",
});
const INTRO: Record<SheetLang, string> = withPseudo({
  it: "Regole di valutazione (SMVP) usate dal Cruscotto. Modificare solo la colonna Valore: le percentuali si possono scrivere come 80% o 0,8, i sì/no come sì o no, gli elenchi separati da virgole (intestazioni e fogli da «;»).",
  en: "Scoring rules (SMVP) used by the Cruscotto. Edit only the Valore column: percentages may be typed as 80% or 0,8, yes/no as sì or no, lists separated by commas (headers and sheets by «;»).",
});
/** The header stays Italian in both languages, like the key labels the reader looks for. */
const HEADER: CellValue[] = ["Impostazione", "Valore", "Descrizione"];

/** Title, intro sentence, header, then one `label | value | description` row per setting. */
export function settingsSheetCells(settings: Settings, lang: SheetLang): CellValue[][] {
  return [
    [TITLE[lang], null, null],
    [INTRO[lang], null, null],
    [...HEADER],
    ...SETTINGS_FIELDS.map((f): CellValue[] => [f.label, f.cell(settings, lang), f.description[lang]]),
  ];
}

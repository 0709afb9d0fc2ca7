/** Settings: read from and written to the «Impostazioni Cruscotto» sheet. */
export { readSettings } from "./read";
export {
  settingsSheetCells,
  SETTINGS_PERCENT_ROWS,
  SETTINGS_PERCENT_FORMAT,
  SETTINGS_TITLE_ROW,
  SETTINGS_HEADER_ROW,
  SETTINGS_FIRST_FIELD_ROW,
  SETTINGS_KEY_COL,
  SETTINGS_VALUE_COL,
  SETTINGS_DESCRIPTION_COL,
} from "./sheet";
export { SETTINGS_FIELDS, type SettingField } from "./fields";
export { DEFAULT_SETTINGS, SETTINGS_SHEET_NAME, type Settings, type AreaMethod, type EnteMethodSetting } from "./types";
export { settingsPlace, settingsSheetName, hasSettingsLayout, type SettingsPlace } from "./place";

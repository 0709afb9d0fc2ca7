/**
 * Is a sheet the cruscotto strategico? Its name or its title says so (Cruscotto, KPI strategici,
 * Obiettivi strategici), or the settings list it (Fogli cruscotto). Such a sheet is read as the cruscotto
 * whatever its tables look like, and never as a unit.
 */
import type { CellValue } from "../grid/types";
import type { Settings } from "../settings/types";
import { SETTINGS_SHEET_NAME } from "../settings/types";
import { UNDO_SHEET_NAME } from "../undo/log";
import { classifyHeading } from "./headings";
import { cellText, isBlank, normalise } from "./text";
import { CRUSCOTTO_SHEET_PHRASES, OPERATIONAL_WORDS } from "./vocabulary";

export type CruscottoSheetReason = "settings" | "name" | "title";

/** Titles are in the first rows, above the first table. */
const MAX_TITLE_ROWS = 6;
/** Longer texts are a paragraph, not a title. */
const MAX_TITLE = 120;
/** The add-in's own sheets say "Cruscotto" as the product's name, and so do their renamed copies. */
const RESERVED_NAMES: ReadonlySet<string> = new Set([UNDO_SHEET_NAME, SETTINGS_SHEET_NAME].map(normalise));
const COPY_SUFFIX = /\s*\(\d+\)$/;

/** Whole words of a normalised text, padded so that a phrase matches only on word boundaries. */
const padded = (text: string): string => ` ${normalise(text)} `;

export function saysCruscotto(text: string): boolean {
  if (text.length > MAX_TITLE) return false;
  const words = padded(text);
  if (OPERATIONAL_WORDS.some((w) => words.includes(` ${w} `))) return false;
  return CRUSCOTTO_SHEET_PHRASES.some((p) => words.includes(` ${p} `));
}

/** The only text of a row, or null when the row holds anything else. */
function loneText(row: readonly CellValue[]): string | null {
  let text: string | null = null;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (text !== null || typeof v !== "string") return null;
    text = cellText(v);
  }
  return text;
}

/** Why the sheet is the cruscotto; null when nothing says it is. */
export function cruscottoSheetReason(
  name: string,
  values: readonly (readonly CellValue[])[],
  settings: Pick<Settings, "cruscottoSheets">,
): CruscottoSheetReason | null {
  const folded = name.trim().toLowerCase();
  if (settings.cruscottoSheets.some((s) => s.trim().toLowerCase() === folded)) return "settings";
  if (!RESERVED_NAMES.has(normalise(name.replace(COPY_SUFFIX, ""))) && saysCruscotto(name)) return "name";
  let seen = 0;
  for (const row of values) {
    if (row.every((v) => isBlank(v))) continue;
    if (++seen > MAX_TITLE_ROWS) break;
    const text = loneText(row);
    // The first row of two cells or more is a header or data: titles are above it. Below a unit's
    // heading the sheet is that unit's; a strategic objective's heading is not the sheet's title.
    if (text === null) break;
    const heading = classifyHeading(text);
    if (heading.kind === "unit") break;
    if (heading.kind === "other" && saysCruscotto(text)) return "title";
  }
  return null;
}

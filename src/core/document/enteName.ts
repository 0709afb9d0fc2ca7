/**
 * The Ente's name as the workbook writes it, when it does: a title cell near the top of a sheet
 * ("Piano della Performance 2022 - Camera di Commercio della Maremma e del Tirreno"). The plan's tables
 * never hold it, so only the top-left corner of each sheet is looked at, and only recognisable names of
 * public bodies are taken: a wrong name on a cover is worse than the neutral "Ente".
 */
import type { WorkbookGrid } from "../grid/types";

const TOP_ROWS = 8;
const LEFT_COLS = 8;
const MAX_LENGTH = 120;

/** Where a public body's name starts inside a title cell. */
const BODY_NAME =
  /\b(camera di commercio\b|c\.?\s?c\.?\s?i\.?\s?a\.?\s?a\.?(?=\s|$)|comune (?:di|del|della|dell')\b|provincia (?:di|del|della|dell')\b|regione (?=[A-Z])|citt[àa] metropolitana\b|universit[àa] (?:di|degli|del|della|dell')\b|unioncamere\b)/i;

/** A name ends at a line break, a dash or bracket that opens another part of the title, or a year. */
const NAME_END = /\s*(?:\n|\s[-–—|]\s|\(|\s(?:19|20)\d\d\b|[;:])/;

/**
 * The Ente's name a run prints: «Nome dell'Ente» from the settings when a person wrote one (they know their
 * body's name better than any title), else the one in a title cell, else null (the neutral «Ente»).
 */
export function enteNameOf(workbook: WorkbookGrid, setting: string | undefined): string | null {
  const typed = setting?.trim() ?? "";
  return typed !== "" ? typed : findEnteName(workbook);
}

export function findEnteName(workbook: WorkbookGrid): string | null {
  for (const sheet of workbook.sheets) {
    for (let r = 0; r < Math.min(TOP_ROWS, sheet.values.length); r++) {
      const row = sheet.values[r] ?? [];
      for (let c = 0; c < Math.min(LEFT_COLS, row.length); c++) {
        const value = row[c];
        if (typeof value !== "string") continue;
        const name = enteNameIn(value);
        if (name !== null) return name;
      }
    }
  }
  return null;
}

/** The body's name inside one title text, or null. Exported for its tests. */
export function enteNameIn(text: string): string | null {
  const match = BODY_NAME.exec(text);
  if (!match) return null;
  const rest = text.slice(match.index);
  const end = NAME_END.exec(rest.slice(match[0].length));
  const name = (end ? rest.slice(0, match[0].length + end.index) : rest)
    .replace(/\s+/g, " ")
    .replace(/[.,\s]+$/, "")
    .trim();
  if (name.length < 6 || name.length > MAX_LENGTH) return null;
  // A bare "Comune di" with nothing after it is no name.
  if (name.toLowerCase() === match[0].trim().toLowerCase()) return null;
  return name;
}

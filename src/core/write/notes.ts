/** The Note cell of each indicator row: the messages of the diagnostics that point into that row. */
import type { Diagnostic } from "../diagnostics/types";
import { diagnosticMessage, type Lang } from "../../i18n/messages";

export const NOTE_SEPARATOR = " · ";

/** Row part of "B7", "$B$7" or "B7:C9" -> 0-based row; null when the diagnostic has no cell. */
export function cellRow(cell: string | null): number | null {
  if (!cell) return null;
  const m = /^\$?[A-Za-z]{1,3}\$?(\d+)/.exec(cell);
  return m ? Number(m[1]) - 1 : null;
}

/**
 * The Note column is read by Dirigenti row by row: it carries what a person should act on or know
 * to read the figure. A percentage read as higher-is-better is the SMVP's own rule, not news on every
 * row; it stays in the report and the Riepilogo counts, and stays out of the Note.
 */
export function belongsInNote(d: Diagnostic): boolean {
  return !(d.code === "TARGET_POLARITY_INFERRED" && d.params.basis === "percentuale");
}

export class RowNotes {
  /** sheet -> 0-based row -> diagnostics: a block asks for its sheet once, then per row by number. */
  private readonly bySheet = new Map<string, Map<number, Diagnostic[]>>();

  constructor(
    diagnostics: readonly Diagnostic[],
    private readonly lang: Lang,
  ) {
    for (const d of diagnostics) {
      if (!belongsInNote(d)) continue;
      const row = cellRow(d.cell);
      if (row === null || d.sheet === "") continue;
      let rows = this.bySheet.get(d.sheet);
      if (!rows) {
        rows = new Map();
        this.bySheet.set(d.sheet, rows);
      }
      const list = rows.get(row);
      if (list) list.push(d);
      else rows.set(row, [d]);
    }
  }

  /** The notes of one sheet; null when it has none (the common case: no lookups per row). */
  forSheet(sheet: string): ((row: number) => string | null) | null {
    const rows = this.bySheet.get(sheet);
    if (!rows) return null;
    return (row) => this.format(rows.get(row));
  }

  note(sheet: string, row: number): string | null {
    return this.format(this.bySheet.get(sheet)?.get(row));
  }

  /** Messages are formatted only for rows that have diagnostics; a repeated message is written once. */
  private format(list: Diagnostic[] | undefined): string | null {
    if (!list) return null;
    const messages = [...new Set(list.map((d) => diagnosticMessage(d, this.lang)))];
    return messages.join(NOTE_SEPARATOR);
  }
}

/** The Note cell of each indicator row: the messages of the diagnostics that point into that row. */
import type { Diagnostic } from "../diagnostics/types";
import { diagnosticMessage, type Lang } from "../../i18n/messages";

export const NOTE_SEPARATOR = " · ";

/** Row part of "B7", "$B$7" or "B7:C9" -> 0-based row; null when the diagnostic has no cell. */
export function cellRow(cell: string | null): number | null {
  if (!cell) return null;
  // Read by hand rather than by a regular expression: called once per diagnostic, tens of thousands.
  let i = 0;
  if (cell.charCodeAt(i) === 0x24 /* $ */) i++;
  const lettersFrom = i;
  while (i < cell.length && i - lettersFrom < 4) {
    const c = cell.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    i++;
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (cell.charCodeAt(i) === 0x24) i++;
  let n = 0;
  let digits = 0;
  for (; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    n = n * 10 + (c - 0x30);
    digits++;
  }
  if (digits === 0) return null;
  // Beyond 15 digits the sum above would lose precision where Number() rounds: let Number() decide.
  return (digits > 15 ? Number(cell.slice(i - digits, i)) : n) - 1;
}

/** The settings that shape the Note column («Note: solo avvisi»). */
export interface NoteOptions {
  /** Only errors and warnings: the informations stay in the report and the Riepilogo's counts. */
  warningsOnly: boolean;
}

/**
 * The Note column is read by Dirigenti row by row: it carries what a person should act on or know
 * to read the figure. A percentage read as higher-is-better is the SMVP's own rule, not news on every
 * row; it stays in the report and the Riepilogo counts, and stays out of the Note.
 */
export function belongsInNote(d: Diagnostic, options: NoteOptions = { warningsOnly: false }): boolean {
  if (options.warningsOnly && d.severity === "info") return false;
  const basis = d.params.basis;
  return !(
    d.code === "TARGET_POLARITY_INFERRED" &&
    typeof basis === "object" &&
    basis.kind === "inferenceBasis" &&
    basis.basis === "percent"
  );
}

export class RowNotes {
  /** sheet -> 0-based row -> diagnostics: a block asks for its sheet once, then per row by number. */
  private readonly bySheet = new Map<string, Map<number, Diagnostic[]>>();

  constructor(
    diagnostics: readonly Diagnostic[],
    private readonly lang: Lang,
    options: NoteOptions = { warningsOnly: false },
  ) {
    for (const d of diagnostics) {
      if (!belongsInNote(d, options)) continue;
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

  /** The diagnostics of one sheet by 0-based row; null when it has none (then no lookup per row). */
  sheetNotes(sheet: string): ReadonlyMap<number, Diagnostic[]> | null {
    return this.bySheet.get(sheet) ?? null;
  }

  /** Messages are formatted only for rows that have diagnostics; a repeated message is written once. */
  format(list: Diagnostic[] | undefined): string | null {
    if (!list) return null;
    // Most noted rows have one diagnostic: its message, without the set and the arrays.
    if (list.length === 1) return diagnosticMessage(list[0], this.lang);
    const messages = [...new Set(list.map((d) => diagnosticMessage(d, this.lang)))];
    return messages.join(NOTE_SEPARATOR);
  }
}

/**
 * The styles the add-in writes. Shared objects: a plan of 50k rows points at these few instead of
 * carrying a style per cell, and the host converts each one once.
 */
import type { Status } from "../scoring/types";
import type { CellStyle } from "./types";

/** The add-in's own header cells: a fill a person learns to read as "written by the Cruscotto". */
export const OWNED_HEADER: CellStyle = { bold: true, fill: "DDEBF7", fontColor: "1F3864", wrap: true };
/** A Consuntivo header the add-in created for a person to type into: the "input cell" yellow. */
export const CONSUNTIVO_HEADER: CellStyle = { bold: true, fill: "FFF2CC", wrap: true };
export const PERCENT: CellStyle = { numberFormat: "0.0%" };
export const NOTE: CellStyle = { wrap: true };
export const TITLE: CellStyle = { bold: true };
export const SUBTITLE: CellStyle = { italic: true, fontColor: "595959" };
export const SECTION: CellStyle = { bold: true, fontColor: "1F3864" };

/** Excel's Good / Neutral / Bad cell styles for the three bands; greys for the two non-scores. */
export const STATUS_STYLES: Readonly<Record<Status, CellStyle>> = {
  raggiunto: { fill: "C6EFCE", fontColor: "006100" },
  parzialmente_raggiunto: { fill: "FFEB9C", fontColor: "9C5700" },
  non_raggiunto: { fill: "FFC7CE", fontColor: "9C0006" },
  non_rilevato: { fill: "D9D9D9", fontColor: "404040" },
  non_valutabile: { fill: "F2F2F2", fontColor: "595959" },
  // Grey like Non rilevato: out of the evaluation, not a result.
  neutralizzato: { fill: "D9D9D9", fontColor: "404040" },
};

/** Widths (characters) of the owned columns. */
export const WIDTHS = {
  consuntivo: 14,
  motivazione: 40,
  neutralizzato: 14,
  raggiungimento: 16,
  stato: 24,
  note: 60,
} as const;

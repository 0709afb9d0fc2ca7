/**
 * Colours and measures of the PDF. The palette follows the Italian PA's design guidelines
 * (dark blue-grey text, #0066CC accent); the band colours are Excel's Good/Neutral/Bad styles,
 * the same the add-in writes into the workbook, so the report and the sheet read alike.
 */
import type { Status } from "../../core/scoring/types";

export const PAGE = {
  size: "A4" as const,
  margins: { top: 50, bottom: 58, left: 48, right: 48 },
  /** Distance of the footer's baseline area from the bottom edge. */
  footerFromBottom: 34,
};

export const COLOURS = {
  text: "#17324D",
  muted: "#5C6F82",
  accent: "#0066CC",
  rule: "#C5CED8",
  headerFill: "#E3ECF6",
  groupFill: "#F2F5F8",
};

export const FONT = {
  regular: "TitilliumWeb-Regular",
  semibold: "TitilliumWeb-SemiBold",
  bold: "TitilliumWeb-Bold",
};

export const SIZE = {
  body: 10,
  note: 8.5,
  table: 8,
  h1: 17,
  h2: 12.5,
  h3: 10.5,
  footer: 8,
};

/** Fill and text/outline colour of each status: never the only sign, the text always names it. */
export const STATUS_COLOURS: Record<Status, { fill: string; ink: string }> = {
  raggiunto: { fill: "#C6EFCE", ink: "#006100" },
  parzialmente_raggiunto: { fill: "#FFEB9C", ink: "#9C5700" },
  non_raggiunto: { fill: "#FFC7CE", ink: "#9C0006" },
  non_rilevato: { fill: "#EDEDED", ink: "#404040" },
  non_valutabile: { fill: "#F7F7F7", ink: "#595959" },
  neutralizzato: { fill: "#EDEDED", ink: "#404040" },
};

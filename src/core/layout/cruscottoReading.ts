/**
 * One header, two readings: a unit's table of objectives, or a block of the cruscotto strategico (a
 * heading `N. Name` above `Indicatore | Peso | Target 2022 | Consuntivo 2022 | …`, or one flat table with an
 * Obiettivo strategico column). The sheet decides first: on the cruscotto's sheet every table is the
 * cruscotto's, or none at all. Elsewhere the header and the headings above it decide, and where both
 * readings stay possible the choice is said, never made silently.
 */
import { copyColumns, type CruscottoAlternative, type HeaderMatch } from "./headers";
import type { CruscottoSheetReason } from "./cruscottoSheet";
import type { HeadingContext } from "./units";

export type TableHeader = Extract<HeaderMatch, { kind: "obiettivi" | "dirigente" | "cruscotto" }>;

export type TableReading =
  | { as: "unit"; header: TableHeader; doubt: boolean }
  | { as: "cruscotto"; header: TableHeader; doubt: boolean }
  /** A table of the cruscotto's sheet that cannot be read as the cruscotto (no KPI header, no objective). */
  | { as: "none" };

const NONE: TableReading = { as: "none" };

/** The header read as a cruscotto block, with a copy of the columns of that reading (the table's own). */
function asCruscotto(header: TableHeader, alt: CruscottoAlternative): TableHeader {
  return { ...header, kind: "cruscotto", columns: copyColumns(alt.columns), strategic: null, asCruscotto: null };
}

export function tableReading(input: {
  header: TableHeader;
  /** Why the sheet is the cruscotto; null for any other sheet. */
  sheet: CruscottoSheetReason | null;
  /** The sheet is named like a unit ("PO Staff", "Servizio Legale"): as good as a unit heading. */
  unitSheet: boolean;
  headings: HeadingContext;
}): TableReading {
  const { header, sheet, headings } = input;
  // Layout (a), `N. Name | 2021 | … | 2026`: a cruscotto wherever it is.
  if (header.kind === "cruscotto") return { as: "cruscotto", header, doubt: false };
  const alt = header.asCruscotto;
  const objectiveColumn = alt !== null && alt.columns.strategic !== undefined;
  if (sheet !== null) {
    if (alt === null) return NONE;
    return objectiveColumn || headings.strategic !== null
      ? { as: "cruscotto", header: asCruscotto(header, alt), doubt: false }
      : NONE;
  }
  const unit = { as: "unit", header, doubt: false } as const;
  // Under a unit's heading, on a unit's sheet, or with an Obiettivo (operativo) column, the table is a unit's.
  const unitContext = headings.unit !== null || input.unitSheet;
  if (alt === null || unitContext || header.columns.objective !== undefined || alt.operational !== null) return unit;
  // An Obiettivo strategico column, or targets of several years under a strategic objective: the
  // cruscotto's habits, not a unit's; but nothing on the sheet says so.
  if (alt.evidence.length > 0 && (objectiveColumn || headings.strategic !== null))
    return { as: "cruscotto", header: asCruscotto(header, alt), doubt: true };
  // `Target 2022` under a strategic objective with no unit above: the cruscotto of a body that lays it
  // out one year at a time is possible too.
  if (headings.strategic !== null && alt.targetYears === 1) return { ...unit, doubt: true };
  return unit;
}

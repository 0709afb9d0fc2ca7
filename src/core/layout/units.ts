/**
 * Headings and units: what the heading rows above a table say (missione, perspective, strategic
 * objective, unit), the registry of units met so far, and the strategic objectives.
 */
import type { StrategicObjective, StrategicRef, UnitKind } from "../model/types";
import type { UnitDraft } from "./draft";
import type { Heading } from "./headings";
import { normalise } from "./text";

/** The headings in force at a row of a sheet. */
export interface HeadingContext {
  missione: string | null;
  perspective: string | null;
  strategic: StrategicRef | null;
  /** The unit of the last unit heading; null before the first one. */
  unit: UnitDraft | null;
}

export const NO_HEADINGS: HeadingContext = { missione: null, perspective: null, strategic: null, unit: null };

/**
 * The context after a heading row at (sheet, row, col). A missione starts a new group of strategic
 * objectives; a unit heading names (or finds again) its unit and starts afresh below it.
 */
export function afterHeading(input: {
  context: HeadingContext;
  heading: Heading;
  units: UnitRegistry;
  sheet: string;
  row: number;
  col: number;
}): HeadingContext {
  const { context, heading } = input;
  // Every field written out: a heading opens each of the 10 000 blocks of a large plan, and an object
  // spread of the context cost several times a plain literal.
  const { missione, perspective, strategic, unit } = context;
  switch (heading.kind) {
    case "missione":
      return { missione: heading.text, perspective, strategic: null, unit };
    case "strategic":
      return { missione, perspective, strategic: heading.ref, unit };
    case "perspective":
      return { missione, perspective: heading.text, strategic, unit };
    case "unit":
      return {
        missione,
        perspective: null,
        strategic: null,
        unit: input.units.unit({
          sheet: input.sheet,
          name: heading.name,
          kind: heading.unitKind,
          headingRow: input.row,
          headingCol: input.col,
        }),
      };
    case "other":
      return context;
  }
}

/** Units by sheet and name: a unit named twice on one sheet is one unit; on two sheets, two. */
export class UnitRegistry {
  readonly all: UnitDraft[] = [];
  private readonly byKey = new Map<string, UnitDraft>();

  /** The unit of that name on that sheet; the first mention creates it, and its heading is where. */
  unit(input: {
    sheet: string;
    name: string;
    kind: UnitKind;
    headingRow: number | null;
    headingCol: number;
  }): UnitDraft {
    const key = `${input.sheet}\u0000${input.name}`;
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const u: UnitDraft = {
      name: input.name,
      kind: input.kind,
      sheet: input.sheet,
      headingRow: input.headingRow,
      headingCol: input.headingCol,
      tables: [],
      indicators: [],
      sinceTotal: { weight: 0, weightOther: 0 },
    };
    this.all.push(u);
    this.byKey.set(key, u);
    return u;
  }
}

/** The number identifies an objective across sheets; an unnumbered one goes by its name. */
export function objectiveKey(ref: StrategicRef): string {
  return ref.number !== null ? `#${ref.number}` : normalise(ref.name);
}

/** The strategic objective of a reference, created on first mention under the headings in force. */
export function strategicObjective(
  objectives: Map<string, StrategicObjective>,
  ref: StrategicRef,
  context: HeadingContext,
): StrategicObjective {
  const key = objectiveKey(ref);
  let o = objectives.get(key);
  if (!o) {
    o = {
      number: ref.number,
      name: ref.name,
      perspective: context.perspective,
      missione: context.missione,
      kpis: [],
      weighted: false,
    };
    objectives.set(key, o);
  }
  return o;
}

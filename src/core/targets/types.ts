/** What an officer typed in a Target cell, read into a typed value. */

/** Comparison operator after normalisation (≥ and >= and => are all ">="). */
export type Operator = ">=" | ">" | "<=" | "<" | "=";

/** Unit of measure written next to a number. */
export type MeasureUnit = "%" | "gg" | "€" | null;

/** Higher is better, lower is better, or must equal. */
export type Polarity = "higher" | "lower" | "equal";

export interface TargetBase {
  /** The cell's content as typed (a number cell is given as its number; a date cell as its serial). */
  raw: string | number | boolean;
}

export interface ComparisonTarget extends TargetBase {
  kind: "comparison";
  operator: Operator;
  /** The threshold. For a percent target this is the fraction: "≥ 80%" -> 0.8. */
  value: number;
  unit: MeasureUnit;
  /** True when written with % or formatted as %. */
  percent: boolean;
  /**
   * Words that name the quantity: before the operator ("ITP" in "ITP < -10") or after the value
   * ("delle pratiche" in "≥ 90% delle pratiche"); null when none.
   */
  label: string | null;
  polarity: Polarity;
  /** True when no operator was written and the polarity was inferred (bare value, `= X`, `pari a X`). */
  inferred: boolean;
}

export interface DeadlineTarget extends TargetBase {
  kind: "deadline";
  /** ISO dates (yyyy-mm-dd), in the order written. */
  deadlines: string[];
  /** What is due, written before the date ("Determina" in "Determina (entro il 31/10/2024)"); absent when none. */
  label?: string;
}

export interface QualitativeTarget extends TargetBase {
  kind: "qualitative";
  operator: Operator;
  /** Rank in the settings' level scale (1-based: Basso 1 … Alto 5 by default). */
  level: number;
  /** The level as written ("Medio"). */
  levelLabel: string;
}

export interface BooleanTarget extends TargetBase {
  kind: "boolean";
  /** What was typed: "Annuale", "Sì", "Realizzato", "Rispetto della tempistica prevista:sì/no". */
  label: string;
  /**
   * Set when the target names a thing to deliver in words only ("Redazione delle Linee guida"): read
   * as done or not, which the layout reports (info) since it is a reading, not a notation.
   */
  deliverable?: true;
}

export interface BaselineTarget extends TargetBase {
  kind: "baseline";
  label: string;
}

/** No target for this period ("n.d.", "non definito", "-"): nothing to score, like a baseline year. */
export interface NotSetTarget extends TargetBase {
  kind: "not_set";
  label: string;
}

/** Which way a relative target moves from its baseline. */
export type RelativeDirection = "increase" | "decrease";

/**
 * A change from the row's baseline ("Incremento del 10% rispetto all'anno precedente", "-20% rispetto
 * alla baseline"). The threshold is baseline × (1 + change) or × (1 − change), known only when the
 * row's baseline is read: scoring resolves it (resolveRelative).
 */
export interface RelativeTarget extends TargetBase {
  kind: "relative";
  /** The change as a fraction: "del 10%" -> 0.1. Never negative: the direction carries the sign. */
  change: number;
  direction: RelativeDirection;
  /** increase: higher is better; decrease: lower is better. */
  polarity: "higher" | "lower";
  /** What the change is measured from, as written after "rispetto" ("all'anno precedente"); null when not said. */
  reference: string | null;
}

/** Why a cell could not be read: a code for the catalogs, never words. */
export type UnreadableCode =
  | "invalid_number" // NaN / Infinity in the cell
  | "date_out_of_range" // a serial outside Excel's calendar; text = the number
  | "operator_unsupported" // text = the operator as written
  | "value_missing_after_operator" // text = the operator as written
  | "deadline_with_greater" // "≥ 30/06/2022"; text = the whole target
  | "unknown_level" // text = the word; levels = the scale
  | "false_boolean" // a FALSE cell as a target
  | "zero_denominator" // "3/0"; text = the ratio
  | "ratio_not_computable" // text = the ratio
  | "html_markup" // OCR / copy-paste debris; text = the fragment
  | "unknown_character" // a character nobody types in a plan; text = the character
  | "unrecognised_text" // text = the text (clipped)
  | "unreadable_number" // text = the number-looking text
  | "unrecognised_symbol" // text = the symbols
  | "text_after_number" // "12 pezzi"; text = "pezzi", after = "12"
  | "nonexistent_date" // "31/02/2022"; text = the date
  | "negative_weight" // text = the weight
  | "boolean_weight" // TRUE/FALSE in a Peso cell
  | "unit_in_weight"; // "10 gg" as a weight; text = the unit

export interface Unreadable {
  code: UnreadableCode;
  /** The offending part of the person's text, as typed (long texts clipped). */
  text?: string;
  /** The number written before the unrecognised text. */
  after?: string;
  /** The levels of the ordinal scale, for an unknown level. */
  levels?: readonly string[];
}

export interface InvalidTarget extends TargetBase {
  kind: "invalid";
  /** Why it could not be read; the catalogs turn it into words ("carattere non riconosciuto «м»"). */
  reason: Unreadable;
}

export type Target =
  | ComparisonTarget
  | DeadlineTarget
  | QualitativeTarget
  | BooleanTarget
  | BaselineTarget
  | NotSetTarget
  | RelativeTarget
  | InvalidTarget;

export type TargetKind = Target["kind"];

/** A consuntivo (actual value) as read. */
export type Actual =
  | { kind: "number"; raw: string | number | boolean; value: number; percent: boolean }
  /** "45/50": value is the ratio (0.9). */
  | { kind: "ratio"; raw: string | number | boolean; value: number; numerator: number; denominator: number }
  | { kind: "date"; raw: string | number | boolean; dates: string[] }
  | { kind: "boolean"; raw: string | number | boolean; value: boolean }
  | { kind: "level"; raw: string | number | boolean; level: number; levelLabel: string }
  | { kind: "invalid"; raw: string | number | boolean; reason: Unreadable };

/** What the target and actual parsers need from the settings and the row. */
export interface ParseContext {
  /** Number format of the cell ("0%", "dd/mm/yyyy", "General" …). */
  numberFormat?: string;
  /** The indicator text of the row, for polarity inference of bare values. */
  indicator?: string;
  /** Ordinal scale, lowest first (settings.levels). */
  levels: string[];
  /** Whole words that make a bare plain value lower-is-better (settings.lowerIsBetterWords). */
  lowerIsBetterWords: string[];
  /** Read > and < as strict (settings.strictComparisons). */
  strictComparisons: boolean;
}

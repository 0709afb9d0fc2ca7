/** Diagnostics are values: every problem found in a user's workbook becomes one of these. */
import type { EnteMethod } from "../scoring/types";
import type { Settings, TaughtRole } from "../settings/types";
import type { Polarity, RelativeDirection, TargetKind, Unreadable } from "../targets/types";

export type Severity = "info" | "warning" | "error";

/**
 * Stable codes (they appear in the JSON report and in tests). The human message for each code
 * lives in src/i18n/messages.ts, in Italian and English.
 */
export type DiagnosticCode =
  | "NO_PLAN_TABLE" // no recognisable plan table in the whole workbook
  | "HEADER_NOT_FOUND" // a sheet with content but no table header recognised
  | "HEADER_NOT_RECOGNISED" // a sheet laid out as a table (a header row over data rows) whose header was not recognised
  | "HEADER_DUPLICATED" // a header appears twice in one header row (e.g. Peso ... Peso)
  | "WEIGHT_COLUMNS_DISAGREE" // the two Peso columns of a row differ
  | "UNIT_FROM_SHEET_NAME" // no unit heading: the unit is named after the sheet
  | "TARGET_MISSING" // weighted row without a target
  | "TARGET_UNREADABLE" // a target that cannot be read
  | "TARGET_POLARITY_INFERRED" // bare value: polarity inferred from the indicator text / unit
  | "TARGET_INCONSISTENT" // a cruscotto year whose target does not look like the row's other years
  | "TARGET_NOT_SET" // weighted row whose target says none was set for the period ("n.d.", "-")
  | "TARGET_DELIVERABLE" // a target in words only, read as a thing to deliver (done or not)
  | "TARGET_RELATIVE" // a relative target made absolute from the row's baseline
  | "BASELINE_MISSING" // a relative target on a row without a readable baseline
  | "INDICATOR_NEUTRALISED" // the OIV neutralised the indicator: it stays visible and leaves every total
  | "JUSTIFICATION_MISSING" // a weighted indicator below Raggiunto without a motivazione dello scostamento
  | "ACTUAL_UNREADABLE" // a consuntivo that cannot be read
  | "ACTUAL_KIND_MISMATCH" // a consuntivo that does not fit the target's kind
  | "ACTUAL_PERCENT_POINTS" // 85 against a % target read as 85 %
  | "ACTUAL_NOT_LIVE" // a number typed as text: the row's computed cells are values, not formulas
  | "ACTUAL_DATES_NOT_LIVE" // a date typed as text, or several dates in a cell: the row's computed cells are values
  | "SETTING_NOT_LIVE" // a cap, soglia or band typed as text: formulas carry its value, not the cell
  | "ACTUAL_IGNORED_DERIVED" // typed actual on a derived (Ente/Area synthesis) row: the computed one is used
  | "DERIVED_ACTUAL" // the actual of a Dirigente's synthetic indicator is the computed synthesis
  | "DERIVED_NOT_AVAILABLE" // the synthesis it needs has no score
  | "WEIGHT_UNREADABLE" // a Peso cell that cannot be read
  | "WEIGHT_SUM" // a unit's weights do not sum to 100 %
  | "TOTAL_ROW_MISMATCH" // a printed total row differs from the sum of the weights above it
  | "UNIT_WITHOUT_AREA" // no Area could be derived for a unit
  | "YEAR_COLUMN_MISSING" // the cruscotto has no target column for the evaluation year
  | "CRUSCOTTO_NOT_READ" // a sheet that says it is the cruscotto, or one of its tables, could not be read as one
  | "TABLE_READ_AS_CRUSCOTTO" // a table that could be a unit's was read as the cruscotto
  | "TABLE_READ_AS_UNIT" // a table that could be the cruscotto was read as a unit's
  | "ENTE_METHOD" // which method produced the Ente score
  | "SETTINGS_INVALID" // a setting in the settings sheet cannot be read: default used
  | "SETTINGS_SHEET_UNKNOWN" // «Fogli esclusi» / «Fogli cruscotto» names a sheet the workbook does not hold
  | "SETTINGS_CREATED" // the settings sheet did not exist and is created with defaults
  | "SETTINGS_DEFAULTS" // a read-only run: no settings sheet, the defaults are used until a run creates it
  | "OWNED_COLUMN_MOVED" // an owned column moved right because a person filled the cells
  | "OWNED_SHEET_RENAMED" // a sheet with the Riepilogo name exists and is not ours
  | "MONITORING_RECORDED" // the run recorded a monitoring point in the history sheet
  | "MONITORING_REPLACED" // the run recorded a monitoring point over the one of the same date
  | "MONITORING_NOT_RECORDED" // the history sheet is protected: the point asked for was not recorded
  | "HISTORY_ROW_UNREADABLE" // a row of the history sheet that cannot be read: left out of the trend
  | "OWNED_NAME_NOT_OURS" // a CP_OWN_/CP_SHEET_ name that points at something the add-in did not write
  | "RESERVED_SHEET_TAKEN" // a person's sheet holds the name of one of the add-in's sheets: the add-in uses another
  | "SHEET_PROTECTED"; // a protected sheet: nothing is written to it

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  /** Sheet name; empty string for workbook-level diagnostics. */
  sheet: string;
  /** A1 address of the cell (or top-left of the range); null for sheet/workbook-level diagnostics. */
  cell: string | null;
  /** Values substituted in the message template (see src/i18n/messages.ts). */
  params: DiagnosticParams;
}

/**
 * What fills a message's {placeholders}. The core never puts words of one language here: the catalogs
 * render each value per language, so an English message holds no Italian except the person's own text.
 * - string: the person's own text as typed (a cell, a header, a sheet, unit or Area name) or an A1
 *   address / column letter; shown unchanged.
 * - number: an integer (a row, a year, a count); shown as digits.
 * - the tagged records: numbers and codes the catalog turns into words.
 */
export type DiagnosticParam =
  | string
  | number
  /** A fraction shown as a percentage: 0.8991 -> "89,91%" (it), "89.91%" (en). */
  | { kind: "percent"; fraction: number }
  | { kind: "polarity"; polarity: Polarity }
  /** Why a cell could not be read, with the offending part of the person's text. */
  | { kind: "unreadable"; reason: Unreadable }
  | { kind: "enteMethod"; method: EnteMethod }
  | { kind: "targetKind"; targetKind: TargetKind }
  /** The synthesis a derived row takes: the Ente's, or an Area's when the row's Area is unknown. */
  | { kind: "synthesis"; of: "ente" | "area" }
  /** An empty cell, or a value not available. */
  | { kind: "none" }
  /** Why a bare target got its polarity (not shown: the Note column leaves out the routine case). */
  | { kind: "inferenceBasis"; basis: "percent" | "indicator" }
  /**
   * A relative target made absolute: "+10% rispetto a 1.200 = 1.320". change, baseline and target are
   * fractions when percent (the baseline was a percentage).
   */
  | {
      kind: "relativeTarget";
      direction: RelativeDirection;
      change: number;
      baseline: number;
      target: number;
      percent: boolean;
    }
  /** Column roles a header row lacks, worded as the columns are usually titled («Indicatore e Target»). */
  | { kind: "headerRoles"; roles: readonly TaughtRole[] }
  /** The motivazione dello scostamento a person typed (shown quoted), or null when there is none. */
  | { kind: "justification"; text: string | null }
  /** A setting's value as the settings sheet writes it in the chosen language. */
  | { kind: "setting"; key: keyof Settings; value: Settings[keyof Settings] };

export type DiagnosticParams = Readonly<Record<string, DiagnosticParam>>;

export const percentParam = (fraction: number): DiagnosticParam => ({ kind: "percent", fraction });
export const unreadableParam = (reason: Unreadable): DiagnosticParam => ({ kind: "unreadable", reason });
export const NONE_PARAM: DiagnosticParam = { kind: "none" };
export const justificationParam = (text: string | null): DiagnosticParam => ({ kind: "justification", text });
export const relativeTargetParam = (
  r: Omit<Extract<DiagnosticParam, { kind: "relativeTarget" }>, "kind">,
): DiagnosticParam => ({ kind: "relativeTarget", ...r });

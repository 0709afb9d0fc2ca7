/**
 * The formulas of one indicator's Raggiungimento and Stato: what src/core/scoring computes for the row
 * (achievement.ts, status.ts), written over the officers' own Consuntivo cell, with the target as the engine
 * read it written in as constants and the cap, soglia and bands read from the settings (see settingRefs).
 * Only functions that Excel 2016 and LibreOffice both have (see ALLOWED_FUNCTIONS).
 */
import type { Settings } from "../../settings/types";
import type { ComparisonTarget, DeadlineTarget, Operator, QualitativeTarget } from "../../targets/types";
import type { ScorableTarget } from "../../scoring/achievement";
import { NO_ACTUAL_WORDS, NOT_AVAILABLE_WORDS, YES_ACTUAL_WORDS } from "../../targets/keywords";
import { levelKey } from "../../targets/levels";
import type { SettingRefs } from "./settingRefs";
import { numberConstant, textArray, textConstant } from "./references";

/** The same tolerance as the engine's MET_EPSILON and BAND_EPSILON. */
const EPS = "1E-9";

/**
 * Every function the add-in's formulas may use: each is in Excel 2016 and in LibreOffice Calc, returns one
 * value (no dynamic array) and needs no Ctrl+Shift+Enter where it is used (OR over an array constant,
 * SUMPRODUCT over ranges are evaluated as arrays by both).
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  "IF",
  "AND",
  "OR",
  "NOT",
  "ABS",
  "MIN",
  "MAX",
  "SUM",
  "SUMPRODUCT",
  "SUMIFS",
  "COUNT",
  "COUNTIF",
  "COUNTIFS",
  "AVERAGE",
  "ISNUMBER",
  "ISLOGICAL",
  "MATCH",
  "INDEX",
  "DATE",
  "INT",
  "TRIM",
  "LEFT",
  "SUBSTITUTE",
  // Only CELL("format", …)'s first letter "P" (a percentage), which Excel and LibreOffice both give.
  "CELL",
]);

export interface IndicatorFormulaInput {
  /** The target as scored: a relative one already resolved into its comparison. */
  target: ScorableTarget;
  /** Reference of the cell holding the actual (the officers' Consuntivo, or a synthesis for derived rows). */
  actual: string;
  /** The actual is a fraction the add-in computed (the Ente's or an Area's score): read as a %, never as points. */
  actualIsFraction: boolean;
  /** An empty actual scores 0 (the «missing as zero» setting, unit rows only). */
  missingAsZero: boolean;
  settings: Pick<Settings, "strictComparisons" | "levels">;
  refs: SettingRefs;
}

// Folded forms are what the engine compares; Excel compares text without case, not without accents.
const YES_WORDS = [...YES_ACTUAL_WORDS, "sì"];
const NO_WORDS = [...NO_ACTUAL_WORDS];
/** An empty cell and the words for «not available yet»: the engine reads them as no actual. */
const NOT_YET_WORDS = ["", ...NOT_AVAILABLE_WORDS];

/**
 * The first serial read as a date (1 January 2000). A formula cannot see a cell's format in both programs
 * (LibreOffice's CELL("format") says "G" for dd/mm/yyyy), so against a deadline a number from there on is a
 * date, as the engine reads a date cell; a row whose actual the two would read differently keeps values
 * (see liveRows).
 */
export const FIRST_DATE_SERIAL = 36526;

const isNumberCell = (a: string): string => `AND(ISNUMBER(${a}),NOT(ISLOGICAL(${a})))`;
const isDateCell = (a: string): string => `AND(ISNUMBER(${a}),${a}>=${FIRST_DATE_SERIAL})`;
const saysYes = (a: string): string => `OR(AND(ISLOGICAL(${a}),${a}=TRUE),TRIM(${a})=${textArray(YES_WORDS)})`;
const saysNo = (a: string): string => `OR(AND(ISLOGICAL(${a}),${a}=FALSE),TRIM(${a})=${textArray(NO_WORDS)})`;
/** True when the cell holds no actual yet: empty, blanks, «n.d.», «-». */
export const notYet = (a: string): string => `OR(TRIM(${a})=${textArray(NOT_YET_WORDS)})`;

/** The engine's `meets`: `>`/`<` are `≥`/`≤` unless comparisons are strict. */
function meets(x: string, op: Operator, t: string, strict: boolean): string {
  switch (op) {
    case ">=":
      return `${x}>=${t}-${EPS}`;
    case ">":
      return strict ? `${x}>${t}+${EPS}` : `${x}>=${t}-${EPS}`;
    case "<=":
      return `${x}<=${t}+${EPS}`;
    case "<":
      return strict ? `${x}<${t}-${EPS}` : `${x}<=${t}+${EPS}`;
    case "=":
      return `ABS(${x}-${t})<=${EPS}`;
  }
}

/** finish(): clipped to [0, cap], then 0 below the soglia minima (and everything 0 when the cap is below it). */
function finish(raw: string, refs: SettingRefs): string {
  const { cap, soglia } = refs;
  return `IF(OR(${raw}<${soglia}-${EPS},${cap}<${soglia}-${EPS}),0,MAX(0,MIN(${raw},${cap})))`;
}

function effectiveOperator(target: ComparisonTarget): Operator {
  if (target.polarity === "equal") return "=";
  if (target.polarity === "higher") return target.operator === ">" ? ">" : ">=";
  return target.operator === "<" ? "<" : "<=";
}

function comparison(target: ComparisonTarget, input: IndicatorFormulaInput): { fits: string; raw: string } {
  const a = input.actual;
  // A plain number above 1 against a % target is percentage points; a %-formatted one is its fraction.
  const x =
    target.percent && !input.actualIsFraction ? `(${a}/IF(AND(${a}>1,LEFT(CELL("format",${a}),1)<>"P"),100,1))` : a;
  const t = numberConstant(target.value);
  const met = meets(x, effectiveOperator(target), t, input.settings.strictComparisons);
  let raw: string;
  if (target.polarity === "higher") raw = target.value > 0 ? `${x}/${t}` : `IF(${met},1,0)`;
  else if (target.polarity === "lower") raw = target.value > 0 ? `IF(${met},1,${t}/${x})` : `IF(${met},1,0)`;
  else raw = `IF(${met},1,0)`;
  return { fits: input.actualIsFraction ? `ISNUMBER(${a})` : isNumberCell(a), raw };
}

function deadline(target: DeadlineTarget, a: string): string {
  const n = target.deadlines.length;
  const met = target.deadlines
    .map((iso) => {
      const [y, m, d] = iso.split("-").map(Number);
      return `(INT(${a})<=DATE(${y},${m},${d}))`;
    })
    .join("+");
  return `IF(${saysYes(a)},1,IF(${saysNo(a)},0,IF(${isDateCell(a)},(${met})/${n},"")))`;
}

/** A level's key as the engine's levelKey makes it: separators folded into one «-», ends trimmed. */
function levelKeyOf(a: string): string {
  const spaced = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${a},"-"," "),"_"," "),"–"," "),"—"," ")`;
  return `SUBSTITUTE(TRIM(${spaced})," ","-")`;
}

function qualitative(target: QualitativeTarget, input: IndicatorFormulaInput): { fits: string; raw: string } {
  // A level with no key never matches: a single space is never a key (keys have no spaces).
  const keys = input.settings.levels.map((name) => levelKey(name) || " ");
  const rank = `MATCH(${levelKeyOf(input.actual)},${textArray(keys)},0)`;
  const w = String(target.level);
  const strict = input.settings.strictComparisons;
  let raw: string;
  if (target.operator === "=") raw = `IF(${rank}=${w},1,0)`;
  else if (target.operator === "<=" || target.operator === "<")
    raw = `IF(${meets(rank, target.operator, w, strict)},1,${w}/${rank})`;
  else raw = `IF(${meets(rank, target.operator, w, strict)},1,${rank}/${w})`;
  return { fits: `ISNUMBER(${rank})`, raw };
}

/** The Raggiungimento formula: the achievement, or "" when there is none (no actual, or one that does not fit). */
export function achievementFormula(input: IndicatorFormulaInput): string {
  const { target, refs } = input;
  const a = input.actual;
  let body: string;
  switch (target.kind) {
    case "comparison": {
      const { fits, raw } = comparison(target, input);
      body = `IF(${fits},${finish(raw, refs)},"")`;
      break;
    }
    case "qualitative": {
      const { fits, raw } = qualitative(target, input);
      body = `IF(${fits},${finish(raw, refs)},"")`;
      break;
    }
    case "deadline": {
      // One helper value: "" when the actual does not fit, else the share of deadlines met.
      const share = deadline(target, a);
      body = `IF(ISNUMBER(${share}),${finish(share, refs)},"")`;
      break;
    }
    case "boolean":
      // A completion date says the thing was done; finish(0) is 0 whatever the settings.
      body = `IF(OR(${saysYes(a)},${isDateCell(a)}),${finish("1", refs)},IF(${saysNo(a)},0,""))`;
      break;
  }
  return input.missingAsZero ? `IF(${notYet(a)},0,${body})` : body;
}

export interface StatusLabels {
  raggiunto: string;
  parzialmente_raggiunto: string;
  non_raggiunto: string;
  non_rilevato: string;
  non_valutabile: string;
}

/** The Stato formula: the band of the Raggiungimento cell, else why there is none. */
export function statusFormula(input: {
  achievement: string;
  actual: string;
  labels: StatusLabels;
  refs: SettingRefs;
}): string {
  const { achievement: r, actual: a, labels, refs } = input;
  const band = `IF(${r}+${EPS}>=${refs.bandRaggiunto},${textConstant(labels.raggiunto)},IF(${r}+${EPS}>=${
    refs.bandParziale
  },${textConstant(labels.parzialmente_raggiunto)},${textConstant(labels.non_raggiunto)}))`;
  const none = `IF(${notYet(a)},${textConstant(labels.non_rilevato)},${textConstant(labels.non_valutabile)})`;
  return `IF(ISNUMBER(${r}),${band},${none})`;
}

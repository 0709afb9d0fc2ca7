/**
 * The formulas of one indicator's Raggiungimento and Stato: what src/core/scoring computes for the row
 * (achievement.ts, status.ts), written over the officers' own Consuntivo cell, with the target as the engine
 * read it written in as constants and the cap, soglia and bands read from the settings (see settingRefs).
 * Only functions that Excel 2016 and LibreOffice both have (see ALLOWED_FUNCTIONS).
 */
import type { Settings } from "../../settings/types";
import type { ComparisonTarget, DeadlineTarget, Operator, QualitativeTarget } from "../../targets/types";
import type { ScorableTarget } from "../../scoring/achievement";
import type { SettingRefs } from "./settingRefs";
import { numberConstant, textConstant } from "./references";
import { countOf, type WordRefs } from "./words";

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
  /** The yes / no / not-yet word lists: names on the Riepilogo, or array constants. */
  words: WordRefs;
}

/**
 * The first serial read as a date (1 January 2000). A formula cannot see a cell's format in both programs
 * (LibreOffice's CELL("format") says "G" for dd/mm/yyyy), so against a deadline a number from there on is a
 * date, as the engine reads a date cell; a row whose actual the two would read differently keeps values
 * (see liveRows).
 */
export const FIRST_DATE_SERIAL = 36526;

const isNumberCell = (a: string): string => `AND(ISNUMBER(${a}),NOT(ISLOGICAL(${a})))`;
const isDateCell = (a: string): string => `AND(ISNUMBER(${a}),${a}>=${FIRST_DATE_SERIAL})`;
// OR reads a count as a truth value (0 is FALSE), as IF does: the word tests need no ">0" inside them.
const saysYes = (a: string, words: WordRefs): string => `OR(AND(ISLOGICAL(${a}),${a}=TRUE),${countOf(a, words.yes)})`;
const saysNo = (a: string, words: WordRefs): string => `OR(AND(ISLOGICAL(${a}),${a}=FALSE),${countOf(a, words.no)})`;
/** True when the cell holds no actual yet: empty, blanks, «n.d.», «-». */
export const notYet = (a: string, words: WordRefs): string => `OR(TRIM(${a})="",${countOf(a, words.notYet)})`;

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

/**
 * finish(): clipped to [0, cap], then 0 below the soglia minima. MIN(raw,cap) below the soglia is exactly the
 * engine's test on the clipped value (everything is 0 when the cap is below the soglia). A raw value that
 * cannot be negative (a rank, a share of deadlines, full marks) needs no clip at 0: the cap is above 0 (the
 * settings reader refuses any other).
 */
function finish(raw: string, refs: SettingRefs, nonNegative = false, atMostOne = false): string {
  const { cap, soglia } = refs;
  // MIN(1,x,cap) is MIN(MIN(1,x),cap): a raw value already capped at 1 needs no MIN of its own.
  const clipped = `MIN(${atMostOne ? "1," : ""}${raw},${cap})`;
  return `IF(${clipped}<${soglia}-${EPS},0,${nonNegative ? clipped : `MAX(0,${clipped})`})`;
}

/** Full marks, finished: what «sì» or a met deadline scores. */
const fullMarks = (refs: SettingRefs): string => finish("1", refs, true);

function effectiveOperator(target: ComparisonTarget): Operator {
  if (target.polarity === "equal") return "=";
  if (target.polarity === "higher") return target.operator === ">" ? ">" : ">=";
  return target.operator === "<" ? "<" : "<=";
}

function comparison(target: ComparisonTarget, input: IndicatorFormulaInput): { fits: string; raw: string } {
  const a = input.actual;
  // A plain number above 1 against a % target is percentage points; a %-formatted one is its fraction.
  const x =
    target.percent && !input.actualIsFraction ? `(${a}/IF(AND(${a}>1,LEFT(CELL("format",${a}))<>"P"),100,1))` : a;
  const t = numberConstant(target.value);
  const met = meets(x, effectiveOperator(target), t, input.settings.strictComparisons);
  let raw: string;
  // x/1 is x to the last bit: a target of 100% divides by nothing.
  if (target.polarity === "higher") raw = target.value > 0 ? (target.value === 1 ? x : `${x}/${t}`) : `IF(${met},1,0)`;
  else if (target.polarity === "lower") raw = target.value > 0 ? `IF(${met},1,${t}/${x})` : `IF(${met},1,0)`;
  else raw = `IF(${met},1,0)`;
  // Against a % target a serial from FIRST_DATE_SERIAL on is a date typed there, never a share: it does not fit.
  const fits = input.actualIsFraction
    ? `ISNUMBER(${a})`
    : target.percent
      ? `AND(ISNUMBER(${a}),NOT(ISLOGICAL(${a})),${a}<${FIRST_DATE_SERIAL})`
      : isNumberCell(a);
  return { fits, raw };
}

/**
 * The share of the deadlines a completion date meets, as a formula over that date's cell. One deadline's share
 * is 0 or 1, and finish(0) is 0: it is written as the test times full marks.
 */
function deadlineScore(target: DeadlineTarget, a: string, refs: SettingRefs): string {
  const n = target.deadlines.length;
  const met = target.deadlines.map((iso) => {
    const [y, m, d] = iso.split("-").map(Number);
    return `(INT(${a})<=DATE(${y},${m},${d}))`;
  });
  return n === 1 ? `${met[0]}*${fullMarks(refs)}` : finish(`(${met.join("+")})/${n}`, refs, true);
}

function qualitative(
  target: QualitativeTarget,
  input: IndicatorFormulaInput,
): { fits: string; raw: string; atMostOne: boolean } {
  // The rank of the level typed, 0 when it is none of the scale's spellings.
  const rank = `SUMPRODUCT((TRIM(${input.actual})=${input.words.levels})*${input.words.ranks})`;
  const w = String(target.level);
  // Ranks are whole numbers: «met, else rank / wanted» is MIN(1, rank / wanted), strict or not (at rank =
  // wanted both give 1); «at most» is MIN(1, wanted / rank) likewise.
  if (target.operator === "=") return { fits: rank, raw: `IF(${rank}=${w},1,0)`, atMostOne: false };
  const raw = target.operator === "<=" || target.operator === "<" ? `${w}/${rank}` : `${rank}/${w}`;
  // A rank is never negative: its sum is the test (0, no level, is FALSE).
  return { fits: rank, raw, atMostOne: true };
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
      const { fits, raw, atMostOne } = qualitative(target, input);
      body = `IF(${fits},${finish(raw, refs, true, atMostOne)},"")`;
      break;
    }
    case "deadline":
      // «sì» meets every deadline, «no» none, one date each deadline it is not after.
      body = `IF(${saysYes(a, input.words)},${fullMarks(refs)},IF(${saysNo(a, input.words)},0,IF(${isDateCell(a)},${deadlineScore(
        target,
        a,
        refs,
      )},"")))`;
      break;
    case "boolean":
      // A completion date says the thing was done; finish(0) is 0 whatever the settings.
      body = `IF(OR(AND(ISLOGICAL(${a}),${a}=TRUE),${countOf(a, input.words.yes)},${isDateCell(a)}),${fullMarks(
        refs,
      )},IF(${saysNo(a, input.words)},0,""))`;
      break;
  }
  return input.missingAsZero ? `IF(${notYet(a, input.words)},0,${body})` : body;
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
  words: WordRefs;
}): string {
  const { achievement: r, actual: a, labels, refs } = input;
  const band = `IF(${r}+${EPS}>=${refs.bandRaggiunto},${textConstant(labels.raggiunto)},IF(${r}+${EPS}>=${
    refs.bandParziale
  },${textConstant(labels.parzialmente_raggiunto)},${textConstant(labels.non_raggiunto)}))`;
  const none = `IF(${notYet(a, input.words)},${textConstant(labels.non_rilevato)},${textConstant(labels.non_valutabile)})`;
  return `IF(ISNUMBER(${r}),${band},${none})`;
}

/**
 * The Riepilogo <year> sheet: the Ente, Areas, units, strategic objectives, counts per status and per
 * diagnostic. No run timestamp: two runs on the same data must write the same sheet.
 */
import type { CellValue } from "../grid/types";
import type { Diagnostic, Severity } from "../diagnostics/types";
import type { IndicatorRow, Plan } from "../model/types";
import { STATUSES, type EnteMethod, type Scorecard, type Status } from "../scoring/types";
import type { MonitoringPoint } from "../monitoring/types";
import { MONITORING_TEXTS } from "../monitoring/labels";
import {
  areaScoreAt,
  changeDirection,
  changePoints,
  changeText,
  objectiveScoreAt,
  PointUnits,
} from "../monitoring/trend";
import { formatIsoDate } from "../document/format";
import type { CellStyle, CellWrite, ConditionalFormat, NameSet } from "./types";
import type { Lang } from "../../i18n/messages";
import { ENTE_METHOD_LABELS, STATUS_LABELS, UNIT_KIND_LABELS } from "../../i18n/labels";
import { WRITE_TEXTS } from "./labels";
import { levelSpellings, WORD_LISTS, WORD_NAMES, type WordList } from "./formulas/words";
import { absRange } from "../grid/address";
import { OWNED_HEADER, PERCENT, SECTION, STATUS_STYLES, SUBTITLE, TITLE } from "./styles";
import { cellRef, numberConstant, sameRowRef, textConstant } from "./formulas/references";
import { bandFormula, columnRefs, firstPresent, fitting, meanFormula } from "./formulas/totals";
import { SummaryLive, type SummaryFormulaSources } from "./summaryLive";

export const SUMMARY_COLUMN_WIDTHS: Record<number, number> = { 0: 52, 1: 16, 2: 30, 3: 14, 4: 14, 5: 14, 6: 14, 7: 24 };
/** Columns right of the eighth (the trend beside the units, the KPIs' years) get this width. */
const EXTRA_COLUMN_WIDTH = 14;

/** The Riepilogo's widths once its cells are known: the usual ones, and the extra columns it writes. */
export function summaryColumnWidths(cells: readonly CellWrite[]): Record<number, number> {
  const widths = { ...SUMMARY_COLUMN_WIDTHS };
  for (const c of cells) if (widths[c.col] === undefined) widths[c.col] = EXTRA_COLUMN_WIDTH;
  return widths;
}

/** What the Riepilogo shows beyond the run's scores: the previous monitoring point, the cruscotto's years. */
export interface SummaryExtras {
  plan: Plan;
  /** The latest monitoring point before this run: the trend columns appear only when there is one. */
  previous: MonitoringPoint | null;
  /**
   * Set when the settings ask for formulas (calculation «formule»): every figure that comes from scoring is
   * then a formula over the owned cells, its value the engine's result.
   */
  formulas?: SummaryFormulaSources;
}

/**
 * A cell to write. `formula` is asked for once every line is placed (a figure may read lines below it); it
 * gives null when the figure stays a value (then a cell without a value is not written at all).
 */
type Cell = { value: CellValue; style?: CellStyle; formula?: () => string | null; shared?: number } | null;

/**
 * The shared id of the units' Stato cells: each reads its own line's score ($D16), so the column's formulas
 * are one formula moved down (see CellWrite.shared).
 */
const UNIT_STATUS_SHARED = 1;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

class SheetWriter {
  private row = 0;
  private readonly pending: { write: CellWrite; formula: () => string | null; shared?: number }[] = [];
  constructor(
    readonly sheet: string,
    private readonly out: CellWrite[],
  ) {}

  /** Writes the line; returns its row. */
  line(cells: Cell[]): number {
    cells.forEach((c, col) => {
      // A formula with no result yet (an empty score) is written; an empty value alone is not.
      if (c === null || (c.value === null && !c.formula)) return;
      const w: CellWrite = { sheet: this.sheet, row: this.row, col, value: c.value };
      if (c.style) w.style = c.style;
      this.out.push(w);
      if (c.formula) this.pending.push({ write: w, formula: c.formula, shared: c.shared });
    });
    return this.row++;
  }

  blank(): void {
    this.row++;
  }

  get next(): number {
    return this.row;
  }

  /** The cells, their formulas resolved now that every line has its row. */
  cells(): CellWrite[] {
    const dropped = new Set<CellWrite>();
    for (const p of this.pending) {
      const formula = fitting(p.formula());
      if (formula !== null) {
        p.write.formula = formula;
        if (p.shared !== undefined) p.write.shared = p.shared;
      } else if (p.write.value === null) dropped.add(p.write);
    }
    return dropped.size === 0 ? this.out : this.out.filter((w) => !dropped.has(w));
  }
}

const text = (value: string, style?: CellStyle): Cell => (style ? { value, style } : { value });
const pct = (value: number | null): Cell => (value === null ? null : { value, style: PERCENT });
const num = (value: number): Cell => ({ value });
const header = (labels: string[]): Cell[] => labels.map((l) => text(l, OWNED_HEADER));

const UP: CellStyle = { fontColor: "006100", horizontal: "right" };
const DOWN: CellStyle = { fontColor: "9C0006", horizontal: "right" };
const SAME: CellStyle = { horizontal: "right" };

/** The previous point's score and the change since, as two cells; none without a previous point. */
function trendCells(now: number | null, before: number | null, previous: MonitoringPoint | null, lang: Lang): Cell[] {
  if (previous === null) return [];
  const points = changePoints(now, before);
  const direction = changeDirection(points);
  const style = direction === "up" ? UP : direction === "down" ? DOWN : SAME;
  return [pct(before), text(changeText(points, lang), style)];
}

function trendHeader(previous: MonitoringPoint | null, lang: Lang): string[] {
  if (previous === null) return [];
  const t = MONITORING_TEXTS[lang];
  return [t.previousScore(formatIsoDate(previous.date)), t.change];
}

/** One style per number format of the person's target and actual cells copied into the KPIs' table. */
const FORMAT_STYLES = new Map<string, CellStyle>();
function asTyped(raw: CellValue, numberFormat: string): Cell {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return null;
  if (typeof raw !== "number" || !numberFormat || numberFormat === "General") return { value: raw };
  let style = FORMAT_STYLES.get(numberFormat);
  if (!style) FORMAT_STYLES.set(numberFormat, (style = { numberFormat }));
  return { value: raw, style };
}

/** A KPI's Consuntivo of a year: its `Consuntivo <anno>` cell, or the evaluation year's Consuntivo. */
function actualOf(
  row: IndicatorRow,
  year: number,
  evaluationYear: number,
): { raw: CellValue; numberFormat: string; col: number } | null {
  const cell = row.actualsByYear?.[year] ?? (year === evaluationYear ? row.actual : undefined);
  return cell && cell.col !== null ? { raw: cell.raw, numberFormat: cell.numberFormat, col: cell.col } : null;
}

const filled = (v: CellValue | undefined): boolean =>
  v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");

/** The cruscotto's KPIs with every year's target and every year's Consuntivo that holds a value. */
function kpiYears(w: SheetWriter, plan: Plan, lang: Lang, live: SummaryLive | null): void {
  const kpis = plan.strategicObjectives.flatMap((o) => o.kpis);
  if (kpis.length === 0) return;
  const t = MONITORING_TEXTS[lang];
  const years = new Set<number>();
  const actualYears = new Set<number>();
  for (const k of kpis) {
    for (const [y, cell] of Object.entries(k.targetsByYear ?? {})) if (filled(cell.raw)) years.add(Number(y));
    for (const y of Object.keys(k.actualsByYear ?? {})) {
      if (filled(k.actualsByYear?.[Number(y)]?.raw)) actualYears.add(Number(y));
    }
    if (filled(k.actual.raw)) actualYears.add(plan.year);
  }
  for (const y of actualYears) years.add(y);
  const columns: { year: number; actual: boolean }[] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    columns.push({ year: y, actual: false });
    if (actualYears.has(y)) columns.push({ year: y, actual: true });
  }
  w.blank();
  w.line([text(t.kpiYears, SECTION)]);
  w.line(
    header([
      t.kpiIndicator,
      WRITE_TEXTS[lang].number,
      ...columns.map((c) => (c.actual ? t.kpiActual(c.year) : t.kpiTarget(c.year))),
    ]),
  );
  for (const o of plan.strategicObjectives) {
    for (const k of o.kpis) {
      const cells: Cell[] = [text(k.indicator), o.number === null ? null : num(o.number)];
      for (const c of columns) {
        const actual = c.actual ? actualOf(k, c.year, plan.year) : null;
        const source = c.actual ? actual : (k.targetsByYear?.[c.year] ?? null);
        const typed = source ? asTyped(source.raw, source.numberFormat) : null;
        // The Consuntivo column this run creates for the KPI's table counts as its cell already: the rerun
        // reads it as the KPI's own and must write the same reference.
        const col = live && c.actual && c.year === plan.year ? (actual?.col ?? live.actualColOf(k)) : null;
        if (col !== null) {
          // The evaluation year's Consuntivo as the officers type it: a reference (an empty cell shows empty).
          const at = cellRef(k.sheet, k.row, col);
          cells.push({ ...(typed ?? { value: null }), formula: () => `IF(${at}="","",${at})` });
        } else cells.push(typed);
      }
      w.line(cells);
    }
  }
}

function statusCell(status: Status, lang: Lang): Cell {
  return { value: STATUS_LABELS[lang][status], style: STATUS_STYLES[status] };
}

/** Counts per (code, severity), errors first, then by code: a stable order for identical reruns. */
function diagnosticCounts(diagnostics: readonly Diagnostic[]): { code: string; severity: Severity; count: number }[] {
  // severity -> code -> count: no key string per diagnostic (a large plan has tens of thousands).
  const counts = new Map<string, { code: string; severity: Severity; count: number }>();
  const bySeverity = new Map<Severity, Map<string, { code: string; severity: Severity; count: number }>>();
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    let codes = bySeverity.get(d.severity);
    if (!codes) bySeverity.set(d.severity, (codes = new Map()));
    const c = codes.get(d.code);
    if (c) c.count++;
    else {
      const created = { code: d.code, severity: d.severity, count: 1 };
      codes.set(d.code, created);
      counts.set(`${d.severity}\u0000${d.code}`, created);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** Where the Ente's score is, and where the Areas' scores start (one line each, in scorecard.areas order). */
const ENTE_ROW = 5;
const FIRST_AREA_ROW = 9;
/** The score column of the Ente's and the Areas' lines. */
const SYNTHESIS_COL = 1;
/** Columns of the units' lines. */
const UNIT_SCORE_COL = 3;
const UNIT_STATUS_COL = 7;
const STRATEGIC_SCORE_COL = 2;

/**
 * The Riepilogo's cells holding the Ente's and each Area's score (absolute, with the sheet): what the
 * Dirigenti's derived indicators take as their actual. Pure layout: the cells are there whatever the scores.
 */
export function summaryScoreCells(
  sheet: string,
  scorecard: Pick<Scorecard, "areas">,
): { ente: string; areas: ReadonlyMap<string, string> } {
  return {
    ente: cellRef(sheet, ENTE_ROW, SYNTHESIS_COL),
    areas: new Map(scorecard.areas.map((a, i) => [a.name, cellRef(sheet, FIRST_AREA_ROW + i, SYNTHESIS_COL)])),
  };
}

/**
 * The Riepilogo cell a Dirigente's derived indicator takes as its actual: the Ente's score, or the score of
 * its unit's Area; null when the row is not derived or its unit belongs to no Area the scorecard has.
 */
export function derivedActualCell(
  sheet: string,
  plan: Pick<Plan, "units">,
  scorecard: Pick<Scorecard, "areas">,
): (row: IndicatorRow) => string | null {
  const cells = summaryScoreCells(sheet, scorecard);
  const areaOf = new Map(plan.units.map((u) => [u.id, u.area]));
  return (row) => {
    if (row.derived === "ente") return cells.ente;
    if (row.derived !== "area" || row.unitId === null) return null;
    const area = areaOf.get(row.unitId) ?? null;
    return area === null ? null : (cells.areas.get(area) ?? null);
  };
}

/** The statuses a score's band formula can give, and so the ones its conditional format colours. */
const BAND_STATUSES: readonly Status[] = ["raggiunto", "parzialmente_raggiunto", "non_raggiunto", "non_rilevato"];

/** The rows the formulas refer to, filled in as the lines are written and read once they all are. */
interface SummaryRows {
  areas: number[];
  units: Map<string, number>;
  ordinaryUnits: number[];
  strategic: number[];
}

/** A figure that is a formula in «formule» mode: its value the engine's (null: none yet), kept when no formula fits. */
function livePct(value: number | null, formula: (() => string | null) | null): Cell {
  if (formula === null) return pct(value);
  return { value, style: PERCENT, formula };
}

const ARROWS_TEXT = { up: "▲", down: "▼", same: "=" } as const;

/**
 * The change since the previous point as changeText writes it, over the live score cell: «▲ 3,2 pp»,
 * «= 0,0 pp», «—» without a score now. The previous score is a constant (that point is past).
 */
function changeFormula(now: string, before: number, lang: Lang): string {
  const points = `((${now}-${numberConstant(before)})*100)`;
  const tenths = `INT(ABS(${points})*10+0.5)`;
  const sign = `IF(${tenths}=0,${textConstant(ARROWS_TEXT.same)},IF(${points}>0,${textConstant(
    ARROWS_TEXT.up,
  )},${textConstant(ARROWS_TEXT.down)}))`;
  const separator = lang === "en" ? "." : ",";
  const figure = `INT(${tenths}/10)&${textConstant(separator)}&(${tenths}-INT(${tenths}/10)*10)`;
  // The sentence around the sign and the figure comes from the catalog, as changeText's does.
  const SIGN = "{{sign}}";
  const FIGURE = "{{figure}}";
  const pieces: string[] = [];
  MONITORING_TEXTS[lang]
    .changeValue(SIGN, FIGURE)
    .split(SIGN)
    .forEach((part, i) => {
      if (i > 0) pieces.push(sign);
      part.split(FIGURE).forEach((words, j) => {
        if (j > 0) pieces.push(figure);
        if (words !== "") pieces.push(textConstant(words));
      });
    });
  const text = pieces.join("&");
  return `IF(ISNUMBER(${now}),${text},${textConstant("—")})`;
}

/** trendCells over a live score cell: the change a formula (no colour: it would not follow the figure). */
function liveTrendCells(
  now: number | null,
  before: number | null,
  previous: MonitoringPoint | null,
  lang: Lang,
  nowRef: string,
): Cell[] {
  if (previous === null) return [];
  if (before === null) return trendCells(now, before, previous, lang);
  return [
    pct(before),
    {
      value: changeText(changePoints(now, before), lang),
      style: SAME,
      formula: () => changeFormula(nowRef, before, lang),
    },
  ];
}

export interface SummaryWrites {
  cells: CellWrite[];
  /** The colours of the units' Stato cells, by their (formula) text: only in «formule» mode. */
  conditionalFormats: ConditionalFormat[];
  /** The word lists the indicators' formulas read (CP_PAROLE_*): only in «formule» mode. */
  names: NameSet[];
}

export function summaryCells(
  sheet: string,
  scorecard: Scorecard,
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  extras: SummaryExtras | null = null,
): CellWrite[] {
  return summaryWrites(sheet, scorecard, diagnostics, lang, extras).cells;
}

export function summaryWrites(
  sheet: string,
  scorecard: Scorecard,
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  extras: SummaryExtras | null = null,
): SummaryWrites {
  const t = WRITE_TEXTS[lang];
  const previous = extras?.previous ?? null;
  const live = extras?.formulas ? new SummaryLive(extras.plan, scorecard, extras.formulas) : null;
  const rows: SummaryRows = { areas: [], units: new Map(), ordinaryUnits: [], strategic: [] };
  const conditionalFormats: ConditionalFormat[] = [];
  const trendTitles = trendHeader(previous, lang);
  const w = new SheetWriter(sheet, []);
  const ref = (row: number, col: number): string => cellRef(sheet, row, col);
  const trend = (now: number | null, before: number | null, row: number, col: number): Cell[] =>
    live ? liveTrendCells(now, before, previous, lang, ref(row, col)) : trendCells(now, before, previous, lang);
  w.line([text(t.summaryTitle(scorecard.year), TITLE)]);
  w.line([text(t.summaryNotice, SUBTITLE)]);
  w.blank();

  w.line([text(t.ente, SECTION)]);
  w.line(header([t.ente, t.score, t.method, ...trendTitles]));
  const method = scorecard.ente.method ? ENTE_METHOD_LABELS[lang][scorecard.ente.method] : t.noMethod;
  // The Ente's candidates, as scoreEnte tries them: each the mean of its score cells.
  const enteCandidates = (then: (refs: readonly string[], method: EnteMethod) => string) => {
    const all: Record<EnteMethod, string[]> = {
      strategico: columnRefs(sheet, STRATEGIC_SCORE_COL, rows.strategic),
      aree: columnRefs(sheet, SYNTHESIS_COL, rows.areas),
      unita: columnRefs(sheet, UNIT_SCORE_COL, rows.ordinaryUnits),
    };
    const setting = scorecard.settings.enteMethod;
    const order: EnteMethod[] = setting === "auto" ? ["strategico", "aree", "unita"] : [setting];
    return order.map((m) => ({ refs: all[m], then: then(all[m], m) }));
  };
  w.line([
    text(t.enteIndicator),
    livePct(
      scorecard.ente.score,
      live &&
        (() =>
          firstPresent(
            enteCandidates((refs) => `AVERAGE(${refs.join(",")})`),
            '""',
          )),
    ),
    live
      ? {
          value: method,
          formula: () =>
            firstPresent(
              enteCandidates((_, m) => textConstant(ENTE_METHOD_LABELS[lang][m])),
              textConstant(t.noMethod),
            ),
        }
      : text(method),
    ...trend(scorecard.ente.score, previous?.ente ?? null, ENTE_ROW, SYNTHESIS_COL),
  ]);
  w.blank();

  w.line([text(t.areas, SECTION)]);
  w.line(header([t.area, t.score, t.unitCount, ...trendTitles]));
  for (const a of scorecard.areas) {
    const before = previous ? areaScoreAt(previous, a.name) : null;
    const row = w.next;
    const formula =
      live &&
      (() => {
        if (scorecard.settings.areaMethod === "pool_ponderato") return live.pool(a.units, a.score);
        const members = a.units.map((id) => rows.units.get(id));
        if (members.some((r) => r === undefined)) return null;
        return meanFormula(columnRefs(sheet, UNIT_SCORE_COL, members as number[]));
      });
    rows.areas.push(
      w.line([
        text(a.name),
        livePct(a.score, formula),
        num(a.units.length),
        ...trend(a.score, before, row, SYNTHESIS_COL),
      ]),
    );
  }
  if (scorecard.areas.length === 0) w.line([text(t.none, SUBTITLE)]);
  w.blank();

  // The cells summaryScoreCells gives the derived rows (a test holds it to the lines just written).
  const scoreCells = summaryScoreCells(sheet, scorecard);
  const synthesisOf = (row: IndicatorRow): string | null => {
    if (row.derived === "ente") return scoreCells.ente;
    const area = live?.areaOf(row) ?? null;
    return area === null ? null : (scoreCells.areas.get(area) ?? null);
  };

  w.line([text(t.units, SECTION)]);
  w.line(header([t.unit, t.kind, t.area, t.score, t.coverage, t.weightSum, t.productivity, t.status, ...trendTitles]));
  const previousUnits = previous ? new PointUnits(previous) : null;
  const labels = STATUS_LABELS[lang];
  const firstUnitRow = w.next;
  for (const u of scorecard.units) {
    const before = previousUnits ? previousUnits.scoreAt(u) : null;
    const row = w.next;
    w.line([
      text(u.name),
      text(UNIT_KIND_LABELS[lang][u.kind]),
      u.area === null ? null : text(u.area),
      livePct(u.score, live && (() => live.unitScore(u.id, u.score))),
      livePct(u.coverage, live && (() => live.coverage(u.id, u.coverage, synthesisOf))),
      pct(u.weightSum),
      livePct(u.productivityScore, live && (() => live.productivity(u.id, u.productivityScore))),
      // With a formula the colour is the column's conditional formatting: it follows the text, a fill would not.
      live
        ? {
            value: labels[u.status],
            formula: () => bandFormula(sameRowRef(row, UNIT_SCORE_COL), labels, live.refs),
            shared: UNIT_STATUS_SHARED,
          }
        : statusCell(u.status, lang),
      ...trend(u.score, before, row, UNIT_SCORE_COL),
    ]);
    rows.units.set(u.id, row);
    if (live?.isOrdinary(u.id)) rows.ordinaryUnits.push(row);
  }
  if (live && scorecard.units.length > 0) {
    conditionalFormats.push({
      range: {
        sheet,
        top: firstUnitRow,
        bottom: firstUnitRow + scorecard.units.length - 1,
        left: UNIT_STATUS_COL,
        right: UNIT_STATUS_COL,
      },
      rules: BAND_STATUSES.map((s) => ({
        equals: labels[s],
        fill: STATUS_STYLES[s].fill ?? "",
        fontColor: STATUS_STYLES[s].fontColor ?? "",
      })),
    });
  }
  if (scorecard.units.length === 0) w.line([text(t.none, SUBTITLE)]);
  w.blank();

  w.line([text(t.strategic, SECTION)]);
  w.line(header([t.strategicObjective, t.number, t.score, ...trendTitles]));
  scorecard.strategicObjectives.forEach((s, i) => {
    const before = previous ? objectiveScoreAt(previous, s) : null;
    const row = w.next;
    rows.strategic.push(
      w.line([
        text(s.name),
        s.number === null ? null : num(s.number),
        livePct(s.score, live && (() => live.strategic(i, s.score))),
        ...trend(s.score, before, row, STRATEGIC_SCORE_COL),
      ]),
    );
  });
  if (scorecard.strategicObjectives.length === 0) w.line([text(t.none, SUBTITLE)]);
  if (extras) kpiYears(w, extras.plan, lang, live);
  w.blank();

  w.line([text(t.byStatus, SECTION)]);
  w.line(header([t.status, t.count]));
  const byStatus = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const r of scorecard.indicators) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  const statusCells = live ? live.statusCells() : null;
  for (const s of STATUSES) {
    const n = byStatus.get(s) ?? 0;
    // Neutralisation is the OIV's exception: its line is shown only when it happened.
    if (s === "neutralizzato" && n === 0) continue;
    const count: Cell = statusCells
      ? { value: n, formula: () => SummaryLive.countOf(statusCells.cells, statusCells.constant, s, labels[s]) }
      : num(n);
    w.line([statusCell(s, lang), count]);
  }
  w.blank();

  w.line([text(t.diagnostics, SECTION)]);
  w.line(header([t.code, t.severity, t.count]));
  const counts = diagnosticCounts(diagnostics);
  for (const c of counts) w.line([text(c.code), text(t.severities[c.severity]), num(c.count)]);
  if (counts.length === 0) w.line([text(t.none, SUBTITLE)]);
  const names: NameSet[] = [];
  if (live) {
    // The words the indicators' formulas read, one list per column, each named for the formulas.
    w.blank();
    w.line([text(t.formulaWords, SECTION)]);
    w.line([text(t.formulaWordsNotice, SUBTITLE)]);
    w.line(header([t.wordsYes, t.wordsNo, t.wordsNotYet, t.wordsLevel, t.wordsRank]));
    const lists: WordList[] = ["yes", "no", "notYet"];
    const levels = levelSpellings(scorecard.settings.levels);
    const first = w.next;
    const longest = Math.max(levels.length, ...lists.map((l) => WORD_LISTS[l].length));
    for (let i = 0; i < longest; i++) {
      const words = lists.map((l) => (i < WORD_LISTS[l].length ? text(WORD_LISTS[l][i]) : null));
      const level = levels[i];
      w.line([...words, level ? text(level.text) : null, level ? num(level.rank) : null]);
    }
    const column = (name: string, col: number, length: number): void => {
      if (length > 0) names.push({ name, sheet, range: absRange(first, col, first + length - 1, col) });
    };
    lists.forEach((l, col) => column(WORD_NAMES[l], col, WORD_LISTS[l].length));
    column(WORD_NAMES.levels, 3, levels.length);
    column(WORD_NAMES.ranks, 4, levels.length);
  }
  return { cells: w.cells(), conditionalFormats, names };
}

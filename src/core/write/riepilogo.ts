/**
 * The Riepilogo <year> sheet: the Ente, Areas, units, strategic objectives, counts per status and per
 * diagnostic. No run timestamp: two runs on the same data must write the same sheet.
 */
import type { CellValue } from "../grid/types";
import type { Diagnostic, Severity } from "../diagnostics/types";
import type { IndicatorRow, Plan } from "../model/types";
import { STATUSES, type Scorecard, type Status } from "../scoring/types";
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
import type { CellStyle, CellWrite } from "./types";
import type { Lang } from "../../i18n/messages";
import { ENTE_METHOD_LABELS, STATUS_LABELS, UNIT_KIND_LABELS } from "../../i18n/labels";
import { WRITE_TEXTS } from "./labels";
import { OWNED_HEADER, PERCENT, SECTION, STATUS_STYLES, SUBTITLE, TITLE } from "./styles";

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
}

type Cell = { value: CellValue; style?: CellStyle } | null;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

class SheetWriter {
  private row = 0;
  constructor(
    private readonly sheet: string,
    readonly out: CellWrite[],
  ) {}

  line(cells: Cell[]): void {
    cells.forEach((c, col) => {
      if (c === null || c.value === null) return;
      const w: CellWrite = { sheet: this.sheet, row: this.row, col, value: c.value };
      if (c.style) w.style = c.style;
      this.out.push(w);
    });
    this.row++;
  }

  blank(): void {
    this.row++;
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
): { raw: CellValue; numberFormat: string } | null {
  const cell = row.actualsByYear?.[year] ?? (year === evaluationYear ? row.actual : undefined);
  return cell && cell.col !== null ? cell : null;
}

const filled = (v: CellValue | undefined): boolean =>
  v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "");

/** The cruscotto's KPIs with every year's target and every year's Consuntivo that holds a value. */
function kpiYears(w: SheetWriter, plan: Plan, lang: Lang): void {
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
        const source = c.actual ? actualOf(k, c.year, plan.year) : (k.targetsByYear?.[c.year] ?? null);
        cells.push(source ? asTyped(source.raw, source.numberFormat) : null);
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

export function summaryCells(
  sheet: string,
  scorecard: Scorecard,
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  extras: SummaryExtras | null = null,
): CellWrite[] {
  const t = WRITE_TEXTS[lang];
  const previous = extras?.previous ?? null;
  const trendTitles = trendHeader(previous, lang);
  const w = new SheetWriter(sheet, []);
  w.line([text(t.summaryTitle(scorecard.year), TITLE)]);
  w.line([text(t.summaryNotice, SUBTITLE)]);
  w.blank();

  w.line([text(t.ente, SECTION)]);
  w.line(header([t.ente, t.score, t.method, ...trendTitles]));
  const method = scorecard.ente.method ? ENTE_METHOD_LABELS[lang][scorecard.ente.method] : t.noMethod;
  w.line([
    text(t.enteIndicator),
    pct(scorecard.ente.score),
    text(method),
    ...trendCells(scorecard.ente.score, previous?.ente ?? null, previous, lang),
  ]);
  w.blank();

  w.line([text(t.areas, SECTION)]);
  w.line(header([t.area, t.score, t.unitCount, ...trendTitles]));
  for (const a of scorecard.areas) {
    const before = previous ? areaScoreAt(previous, a.name) : null;
    w.line([text(a.name), pct(a.score), num(a.units.length), ...trendCells(a.score, before, previous, lang)]);
  }
  if (scorecard.areas.length === 0) w.line([text(t.none, SUBTITLE)]);
  w.blank();

  w.line([text(t.units, SECTION)]);
  w.line(header([t.unit, t.kind, t.area, t.score, t.coverage, t.weightSum, t.productivity, t.status, ...trendTitles]));
  const previousUnits = previous ? new PointUnits(previous) : null;
  for (const u of scorecard.units) {
    const before = previousUnits ? previousUnits.scoreAt(u) : null;
    w.line([
      text(u.name),
      text(UNIT_KIND_LABELS[lang][u.kind]),
      u.area === null ? null : text(u.area),
      pct(u.score),
      pct(u.coverage),
      pct(u.weightSum),
      pct(u.productivityScore),
      statusCell(u.status, lang),
      ...trendCells(u.score, before, previous, lang),
    ]);
  }
  if (scorecard.units.length === 0) w.line([text(t.none, SUBTITLE)]);
  w.blank();

  w.line([text(t.strategic, SECTION)]);
  w.line(header([t.strategicObjective, t.number, t.score, ...trendTitles]));
  for (const s of scorecard.strategicObjectives) {
    const before = previous ? objectiveScoreAt(previous, s) : null;
    w.line([
      text(s.name),
      s.number === null ? null : num(s.number),
      pct(s.score),
      ...trendCells(s.score, before, previous, lang),
    ]);
  }
  if (scorecard.strategicObjectives.length === 0) w.line([text(t.none, SUBTITLE)]);
  if (extras) kpiYears(w, extras.plan, lang);
  w.blank();

  w.line([text(t.byStatus, SECTION)]);
  w.line(header([t.status, t.count]));
  const byStatus = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const r of scorecard.indicators) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  for (const s of STATUSES) {
    const n = byStatus.get(s) ?? 0;
    // Neutralisation is the OIV's exception: its line is shown only when it happened.
    if (s === "neutralizzato" && n === 0) continue;
    w.line([statusCell(s, lang), num(n)]);
  }
  w.blank();

  w.line([text(t.diagnostics, SECTION)]);
  w.line(header([t.code, t.severity, t.count]));
  const counts = diagnosticCounts(diagnostics);
  for (const c of counts) w.line([text(c.code), text(t.severities[c.severity]), num(c.count)]);
  if (counts.length === 0) w.line([text(t.none, SUBTITLE)]);
  return w.out;
}

/**
 * «Andamento»: the Ente's, the Areas' and the units' scores across the monitoring points the workbook
 * keeps, with the change between the last two; then each strategic objective's KPIs, their target and
 * actual year by year. Every chart writes its figures beside the bars.
 */
import type { Block, ChartBar, DocumentSection, GroupedBarChartBlock, TableRow } from "./types";
import type { BuildContext } from "./context";
import type { Lang } from "../../i18n/messages";
import type { MonitoringPoint } from "../monitoring/types";
import { areaScoreAt, changeParts, changePoints, PointUnits } from "../monitoring/trend";
import type { StrategicObjective } from "../model/types";
import { displayCell } from "../targets/display";
import { formatIsoDate } from "./format";
import { groupName } from "./scheda";
import { kpiYears } from "./kpiYears";
import { TREND_TEXTS, type TrendTexts } from "./trendLabels";

const DASH = "—";
/** Points shown side by side in the table: the latest ones (the chart shows every point). */
const TABLE_POINTS = 6;
/** Signs of a change in the PDF (the embedded font has no arrows): the figure is always there. */
const SIGNS = { up: "+", down: "−", same: "= " } as const;

interface Series {
  name: string;
  scores: (number | null)[];
}

export function trendSection(ctx: BuildContext): DocumentSection {
  const t = TREND_TEXTS[ctx.lang];
  const points = ctx.monitoring?.points ?? [];
  const blocks: Block[] = [{ kind: "heading", level: 1, text: t.part }];
  if (points.length === 0) blocks.push({ kind: "paragraph", text: t.noPoints, style: "note" });
  else blocks.push(...scoreBlocks(ctx, t, points));
  blocks.push(...kpiBlocks(ctx, t));
  return { kind: "trend", newPage: true, outline: { title: t.part }, blocks };
}

function changeOf(ctx: BuildContext, t: TrendTexts, now: number | null, before: number | null): string {
  const parts = changeParts(changePoints(now, before), ctx.lang);
  return parts === null ? DASH : t.changeValue(SIGNS[parts.direction], parts.figure);
}

/** A change as the PDF prints it, in percentage points: «+3,2 pp», «−1,0 pp», «= 0,0 pp»; «—» when unknown. */
export function changeInPdf(lang: Lang, now: number | null, before: number | null): string {
  const parts = changeParts(changePoints(now, before), lang);
  return parts === null ? DASH : TREND_TEXTS[lang].changeValue(SIGNS[parts.direction], parts.figure);
}

function scoreBlocks(ctx: BuildContext, t: TrendTexts, points: readonly MonitoringPoint[]): Block[] {
  const dates = points.map((p) => formatIsoDate(p.date));
  const ente: Series = { name: ctx.ente, scores: points.map((p) => p.ente) };
  const areas: Series[] = ctx.report.areas.map((a) => ({
    name: a.name,
    scores: points.map((p) => areaScoreAt(p, a.name)),
  }));
  const pointUnits = points.map((p) => new PointUnits(p));
  const units: Series[] = ctx.report.units.map((u) => ({
    name: u.name,
    scores: pointUnits.map((p) => p.scoreAt(u)),
  }));

  const shown = points.slice(-TABLE_POINTS);
  const first = points.length - shown.length;
  const withChange = points.length >= 2;
  const row = (s: Series): TableRow => {
    const cells = [s.name, ...shown.map((_, i) => ctx.percent(s.scores[first + i]))];
    if (withChange) cells.push(changeOf(ctx, t, s.scores[points.length - 1], s.scores[points.length - 2]));
    return { kind: "row", cells };
  };
  const rows: TableRow[] = [row(ente)];
  if (areas.length > 0) rows.push({ kind: "group", text: t.areasGroup }, ...areas.map(row));
  if (units.length > 0) rows.push({ kind: "group", text: t.unitsGroup }, ...units.map(row));
  const columns = [
    { header: t.nameColumn, width: 34, align: "left" as const },
    ...shown.map((p) => ({ header: t.point(formatIsoDate(p.date), p.label), width: 12, align: "right" as const })),
  ];
  if (withChange) {
    columns.push({ header: t.change(dates[dates.length - 2], dates[dates.length - 1]), width: 14, align: "right" });
  }
  return [
    { kind: "paragraph", text: t.pointsIntro(points.map((p) => t.point(formatIsoDate(p.date), p.label)).join("; ")) },
    { kind: "heading", level: 2, text: t.scoresHeading },
    { kind: "table", columns, rows, statusColumn: null, mergeRepeated: [] },
    { kind: "heading", level: 2, text: t.chartHeading },
    scoresChart(ctx, t, dates, [ente, ...units]),
  ];
}

function chartFrame(ctx: BuildContext): Pick<GroupedBarChartBlock, "max" | "thresholds" | "axisLabels"> {
  const { settings } = ctx;
  const edge = (f: number): string => ctx.percent(f).replace(/[,.]0%$/, "%");
  const max = Math.max(settings.cap, 1);
  return {
    max,
    thresholds: [
      { value: settings.bandParziale, label: edge(settings.bandParziale) },
      { value: settings.bandRaggiunto, label: edge(settings.bandRaggiunto) },
    ],
    axisLabels: [edge(0), edge(max)],
  };
}

function scoresChart(ctx: BuildContext, t: TrendTexts, dates: readonly string[], series: readonly Series[]): Block {
  const groups = series.map((s) => ({
    label: s.name,
    bars: s.scores.map((score, i): ChartBar => {
      const status = score === null ? "non_rilevato" : ctx.bandOf(score);
      const change = i > 0 ? changeOf(ctx, t, score, s.scores[i - 1]) : null;
      const statusText = ctx.statusText(status) + (change !== null && change !== DASH ? ` · ${change}` : "");
      return { label: dates[i], value: score, valueText: ctx.percent(score), status, statusText };
    }),
  }));
  const items = groups
    .map((g) => `${g.label}: ${g.bars.map((b) => `${b.label} ${b.valueText} ${b.statusText}`).join(", ")}`)
    .join("; ");
  return { kind: "groupedBarChart", altText: t.chartAlt(items), groups, ...chartFrame(ctx) };
}

function kpiBlocks(ctx: BuildContext, t: TrendTexts): Block[] {
  const objectives = ctx.plan.strategicObjectives;
  if (objectives.length === 0) return [];
  const blocks: Block[] = [
    { kind: "heading", level: 2, text: t.kpiHeading },
    { kind: "paragraph", text: t.kpiIntro },
  ];
  for (const objective of objectives) blocks.push(...objectiveBlocks(ctx, t, objective));
  return blocks;
}

function objectiveBlocks(ctx: BuildContext, t: TrendTexts, objective: StrategicObjective): Block[] {
  const c = t.kpiColumns;
  const title = groupName(objective) ?? objective.name;
  const results = new Map(ctx.scorecard.indicators.map((r) => [r.key, r]));
  const rows: TableRow[] = [];
  const groups: GroupedBarChartBlock["groups"] = [];
  for (const kpi of objective.kpis) {
    const years = kpiYears(kpi, ctx.plan.year, results.get(kpi.key), ctx.settings);
    const bars: ChartBar[] = [];
    for (const y of years) {
      const target = y.target ? displayCell(y.target.raw, y.target.numberFormat) : DASH;
      const actual = y.actual ? displayCell(y.actual.raw, y.actual.numberFormat) : DASH;
      rows.push({
        kind: "row",
        cells: [kpi.indicator, String(y.year), target, actual, ctx.percent(y.achievement), ctx.statusText(y.status)],
        status: y.status,
      });
      if (y.achievement !== null) {
        bars.push({
          label: String(y.year),
          value: y.achievement,
          valueText: ctx.percent(y.achievement),
          status: y.status,
          statusText: t.kpiBar(ctx.statusText(y.status), target, actual),
        });
      }
    }
    if (bars.length > 0) groups.push({ label: kpi.indicator, bars });
  }
  const blocks: Block[] = [
    { kind: "heading", level: 3, text: title },
    {
      kind: "table",
      columns: [
        { header: c.indicator, width: 38, align: "left" },
        { header: c.year, width: 7, align: "left" },
        { header: c.target, width: 13, align: "left" },
        { header: c.actual, width: 13, align: "left" },
        { header: c.achievement, width: 14, align: "right" },
        { header: c.status, width: 15, align: "left" },
      ],
      rows,
      statusColumn: 5,
      mergeRepeated: [0],
      emptyText: t.noKpis,
    },
  ];
  if (groups.length > 0) {
    const items = groups
      .map((g) => `${g.label}: ${g.bars.map((b) => `${b.label} ${b.valueText} ${b.statusText}`).join(", ")}`)
      .join("; ");
    blocks.push({ kind: "groupedBarChart", altText: t.kpiChartAlt(title, items), groups, ...chartFrame(ctx) });
  }
  return blocks;
}

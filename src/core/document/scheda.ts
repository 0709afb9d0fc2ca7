/** One scheda per unit and per Dirigente: its figures, then every objective and indicator. */
import type { DocumentSection, TableBlock, TableRow } from "./types";
import type { BuildContext } from "./context";
import type { IndicatorRow, StrategicRef, Unit } from "../model/types";
import { BELOW_TARGET, type IndicatorResult, type Status, type UnitResult } from "../scoring/types";
import { UNIT_KIND_LABELS } from "../../i18n/labels";
import { displayCell } from "../targets/display";
import { formatTarget, formatWeight } from "./format";

const DASH = "—";

/** A scheda made on its own (the pane's «Esporta la scheda in PDF»): the unit's score at the previous point. */
export interface SchedaTrendFacts {
  /** «Punteggio al 30/06/2024» and the score then. */
  previous: { label: string; value: string };
  /** «Variazione» and the change («+3,2 pp»). */
  change: { label: string; value: string };
}

export function schedaSection(
  ctx: BuildContext,
  unit: Unit,
  result: UnitResult,
  part: string,
  trend: SchedaTrendFacts | null = null,
): DocumentSection {
  const { texts, lang } = ctx;
  const f = texts.figures;
  return {
    kind: unit.kind === "dirigente" ? "dirigente" : "unit",
    newPage: true,
    outline: { title: unit.name, parent: part },
    blocks: [
      { kind: "paragraph", text: part, style: "note" },
      { kind: "heading", level: 1, text: unit.name },
      {
        kind: "facts",
        items: [
          { label: f.kind, value: UNIT_KIND_LABELS[lang][unit.kind] },
          { label: f.area, value: result.area ?? texts.noArea },
          { label: f.score, value: ctx.percent(result.score) },
          { label: f.status, value: ctx.statusText(result.status), status: result.status },
          ...(trend ? [trend.previous, trend.change] : []),
          { label: f.coverage, value: ctx.percent(result.coverage) },
          { label: f.weightSum, value: formatWeight(result.weightSum, lang) || DASH },
          { label: f.productivity, value: ctx.percent(result.productivityScore) },
          { label: f.sheet, value: unit.sheet },
        ],
      },
      // Copertura is read as «how complete», not as a result: one line says what it is, where it is shown.
      { kind: "paragraph", text: texts.coverageNote, style: "note" },
      indicatorTable(ctx, unit),
    ],
  };
}

function indicatorTable(ctx: BuildContext, unit: Unit): TableBlock {
  const c = ctx.texts.indicatorColumns;
  const results = new Map(ctx.scorecard.indicators.map((r) => [r.key, r]));
  const rows: TableRow[] = [];
  let group: string | null = null;
  for (const row of unit.indicators) {
    const heading = groupName(row.strategicObjective);
    // A group row each time the strategic objective changes, as the headings in the workbook.
    if (heading !== group && (heading !== null || group !== null)) {
      rows.push({ kind: "group", text: heading ?? ctx.texts.otherObjectives });
    }
    group = heading;
    const result = results.get(row.key);
    const status = result?.status ?? "non_valutabile";
    const note = justificationNote(ctx, row, status);
    rows.push({
      ...(note === null ? {} : { note }),
      kind: "row",
      cells: [
        row.objective ?? "",
        row.indicator,
        formatTarget(row, ctx.lang) || DASH,
        actualText(ctx, row, result),
        ctx.percent(result?.achievement ?? null),
        formatWeight(row.weight.value, ctx.lang) || DASH,
        ctx.statusText(status),
      ],
      status,
    });
  }
  return {
    kind: "table",
    columns: [
      { header: c.objective, width: 19, align: "left" },
      { header: c.indicator, width: 25, align: "left" },
      { header: c.target, width: 11, align: "left" },
      { header: c.actual, width: 11, align: "left" },
      { header: c.achievement, width: 14, align: "right" },
      { header: c.weight, width: 7, align: "right" },
      { header: c.status, width: 13, align: "left" },
    ],
    rows,
    statusColumn: 6,
    mergeRepeated: [0],
    emptyText: ctx.texts.noIndicators,
  };
}

/** The actual as typed; a Dirigente's synthetic indicator shows the synthesis it was given. */
function actualText(ctx: BuildContext, row: IndicatorRow, result: IndicatorResult | undefined): string {
  if (row.derived !== null && result && result.actualValue !== null) {
    return `${ctx.percent(result.actualValue)} (${ctx.texts.derivedActual})`;
  }
  return displayCell(row.actual.raw, row.actual.numberFormat) || DASH;
}

/**
 * What the Relazione prints under an indicator: the motivazione dello scostamento of one below Raggiunto (or
 * that none was given, which the OIV reads as well), the reason of a neutralised one; null for the others.
 */
export function justificationNote(ctx: BuildContext, row: IndicatorRow, status: Status): string | null {
  const j = ctx.texts.justification;
  const text = row.justification ?? j.none;
  if (status === "neutralizzato") return j.neutralised(text);
  return BELOW_TARGET.has(status) ? j.shortfall(text) : null;
}

export function groupName(ref: StrategicRef | null): string | null {
  if (ref === null) return null;
  return ref.number === null ? ref.name : `${ref.number}. ${ref.name}`;
}

/** The strategic objectives of the cruscotto: score and KPIs with the evaluation year's target. */
import type { Block, DocumentSection, TableColumn } from "./types";
import type { BuildContext } from "./context";
import type { StrategicObjective } from "../model/types";
import { displayCell } from "../targets/display";
import { formatTarget, formatWeight } from "./format";
import { groupName, justificationNote } from "./scheda";

const DASH = "—";

export function strategicSection(ctx: BuildContext): DocumentSection {
  const { texts, plan, scorecard } = ctx;
  const blocks: Block[] = [{ kind: "heading", level: 1, text: texts.strategicPart }];
  if (plan.strategicObjectives.length === 0) blocks.push({ kind: "paragraph", text: texts.noStrategic, style: "note" });
  plan.strategicObjectives.forEach((objective, i) => {
    // Scorecard.strategicObjectives is built from plan.strategicObjectives in the same order.
    const score = scorecard.strategicObjectives[i]?.score ?? null;
    const status = ctx.bandOf(score);
    blocks.push(
      { kind: "heading", level: 2, text: groupName(objective) ?? objective.name },
      {
        kind: "paragraph",
        text: texts.strategicScore(
          score === null
            ? `${DASH} (${ctx.statusText("non_rilevato")})`
            : `${ctx.percent(score)} — ${ctx.statusText(status)}`,
        ),
      },
      kpiTable(ctx, objective),
    );
  });
  return { kind: "strategic", newPage: true, outline: { title: texts.strategicPart }, blocks };
}

function kpiTable(ctx: BuildContext, objective: StrategicObjective): Block {
  const c = ctx.texts.indicatorColumns;
  const results = new Map(ctx.scorecard.indicators.map((r) => [r.key, r]));
  const weighted = objective.weighted;
  const columns: TableColumn[] = [
    { header: c.indicator, width: 38, align: "left" },
    { header: ctx.texts.kpiTarget(ctx.plan.year), width: 13, align: "left" },
    { header: c.actual, width: 12, align: "left" },
    { header: c.achievement, width: 14, align: "right" },
  ];
  if (weighted) columns.push({ header: c.weight, width: 7, align: "right" });
  columns.push({ header: c.status, width: 14, align: "left" });
  return {
    kind: "table",
    columns,
    rows: objective.kpis.map((row) => {
      const result = results.get(row.key);
      const status = result?.status ?? "non_valutabile";
      const cells = [
        row.indicator,
        formatTarget(row, ctx.lang) || DASH,
        displayCell(row.actual.raw, row.actual.numberFormat) || DASH,
        ctx.percent(result?.achievement ?? null),
      ];
      if (weighted) cells.push(formatWeight(row.weight.value, ctx.lang) || DASH);
      cells.push(ctx.statusText(status));
      const note = justificationNote(ctx, row, status);
      return { kind: "row" as const, cells, status, ...(note === null ? {} : { note }) };
    }),
    statusColumn: columns.length - 1,
    mergeRepeated: [],
    emptyText: ctx.texts.noKpis,
  };
}

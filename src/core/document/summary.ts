/** The summary: the Ente's synthesis, the Areas and a bar chart of every unit. */
import type { BarChartBlock, Block, DocumentSection } from "./types";
import type { BuildContext } from "./context";
import { ENTE_METHOD_LABELS, UNIT_KIND_LABELS } from "../../i18n/labels";

export function summarySection(ctx: BuildContext): DocumentSection {
  const { texts, report, lang } = ctx;
  const enteStatus = ctx.bandOf(report.ente.score);
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: texts.summary },
    {
      kind: "facts",
      items: [
        report.ente.score === null
          ? { label: texts.enteScore, value: texts.enteNoScore }
          : {
              label: texts.enteScore,
              value: `${ctx.percent(report.ente.score)} — ${ctx.statusText(enteStatus)}`,
              status: enteStatus,
            },
        {
          label: texts.enteMethodUsed,
          value: report.ente.method === null ? "—" : ENTE_METHOD_LABELS[lang][report.ente.method],
        },
      ],
    },
    { kind: "heading", level: 2, text: texts.areasHeading },
  ];
  if (report.areas.length === 0) {
    blocks.push({ kind: "paragraph", text: texts.noAreas, style: "note" });
  } else {
    blocks.push({
      kind: "table",
      columns: [
        { header: texts.areaColumns.name, width: 5, align: "left" },
        { header: texts.areaColumns.score, width: 2, align: "right" },
        { header: texts.areaColumns.status, width: 3, align: "left" },
        { header: texts.areaColumns.units, width: 1.5, align: "right" },
      ],
      rows: report.areas.map((a) => {
        const status = ctx.bandOf(a.score);
        return {
          kind: "row",
          cells: [a.name, ctx.percent(a.score), ctx.statusText(status), String(a.units.length)],
          status,
        };
      }),
      statusColumn: 2,
      mergeRepeated: [],
    });
  }
  blocks.push({ kind: "heading", level: 2, text: texts.chartHeading }, unitsChart(ctx));
  return { kind: "summary", newPage: true, outline: { title: texts.summary }, blocks };
}

function unitsChart(ctx: BuildContext): BarChartBlock {
  const { report, settings, lang } = ctx;
  const bars = report.units.map((u) => ({
    label: u.name,
    value: u.score,
    valueText: ctx.percent(u.score),
    status: u.status,
    statusText: ctx.statusText(u.status),
  }));
  const items = report.units
    .map((u) => `${u.name} (${UNIT_KIND_LABELS[lang][u.kind]}) ${ctx.percent(u.score)} ${ctx.statusText(u.status)}`)
    .join("; ");
  const edge = (f: number): string => ctx.percent(f).replace(/[,.]0%$/, "%");
  return {
    kind: "barChart",
    altText: ctx.texts.chartAlt(items),
    bars,
    max: Math.max(settings.cap, 1),
    thresholds: [
      { value: settings.bandParziale, label: edge(settings.bandParziale) },
      { value: settings.bandRaggiunto, label: edge(settings.bandRaggiunto) },
    ],
    axisLabels: [edge(0), edge(Math.max(settings.cap, 1))],
  };
}

/**
 * One unit's scheda as a document of its own (the pane's «Esporta la scheda in PDF»): the Ente, the year and
 * the date over the same scheda the Relazione prints, with the unit's score at the previous monitoring
 * point and the change since. No cover, no summary: a Dirigente's page to read and sign.
 */
import type { ReportDocument } from "./types";
import type { DocumentInput } from "./context";
import { buildContext } from "./context";
import { schedaSection, type SchedaTrendFacts } from "./scheda";
import { changeInPdf } from "./trend";
import { formatIsoDate } from "./format";
import type { MonitoringPoint } from "../monitoring/types";
import { unitScoreAt } from "../monitoring/trend";
import { MONITORING_TEXTS } from "../monitoring/labels";

export interface SchedaDocumentInput extends DocumentInput {
  /** Unit.id of the scheda. */
  unitId: string;
  /** The point the run compares with (RunResult.monitoring.previous); null when there is none. */
  previous: MonitoringPoint | null;
}

/** The scheda's document; null when the plan has no such unit or the scorecard no result for it. */
export function buildSchedaDocument(input: SchedaDocumentInput): ReportDocument | null {
  const ctx = buildContext(input);
  const { texts, plan } = ctx;
  const unit = plan.units.find((u) => u.id === input.unitId);
  const result = ctx.scorecard.units.find((u) => u.id === input.unitId);
  if (!unit || !result) return null;
  const title = `${texts.unitTitle(plan.year)} — ${unit.name}`;
  const m = MONITORING_TEXTS[ctx.lang];
  const before = input.previous ? unitScoreAt(input.previous, unit) : null;
  const trend: SchedaTrendFacts | null = input.previous
    ? {
        previous: { label: m.previousScore(formatIsoDate(input.previous.date)), value: ctx.percent(before) },
        change: { label: m.change, value: changeInPdf(ctx.lang, result.score, before) },
      }
    : null;
  const section = schedaSection(ctx, unit, result, texts.unitTitle(plan.year), trend);
  const details = [texts.runDate(formatIsoDate(ctx.runDate))];
  if (ctx.sourceName) details.push(texts.source(ctx.sourceName));
  return {
    lang: ctx.lang,
    meta: {
      title: ctx.enteName ? `${title} — ${ctx.enteName}` : title,
      author: texts.author,
      subject: texts.subject(plan.year),
      keywords: texts.keywords,
      language: texts.language,
      runDate: input.runDate,
    },
    footerText: ctx.enteName ? `${ctx.enteName} · ${title}` : title,
    pageTemplate: texts.pageTemplate,
    sections: [
      {
        ...section,
        newPage: false,
        blocks: [
          { kind: "paragraph", text: ctx.ente, style: "lead" },
          ...details.map((text) => ({ kind: "paragraph" as const, text, style: "note" as const })),
          ...section.blocks,
        ],
      },
    ],
  };
}

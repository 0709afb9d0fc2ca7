/** Builds the report document from the engine's results: pure, the same in the CLI and in the pane. */
import type { DocumentSection, ReportDocument } from "./types";
import type { Plan, Unit } from "../model/types";
import { buildContext, type DocumentInput } from "./context";
import { coverSection } from "./cover";
import { summarySection } from "./summary";
import { schedaSection } from "./scheda";
import { strategicSection } from "./strategic";
import { diagnosticsSection } from "./appendix";
import { trendSection } from "./trend";

export function buildReportDocument(input: DocumentInput): ReportDocument {
  const ctx = buildContext(input);
  const { texts, plan, scorecard } = ctx;
  const only = input.unitId ? (plan.units.find((u) => u.id === input.unitId) ?? null) : null;
  const title = only ? `${texts.unitTitle(plan.year)} — ${only.name}` : texts.title(plan.year);

  const sections: DocumentSection[] = [coverSection(ctx, title), summarySection(ctx)];
  const results = new Map(scorecard.units.map((u) => [u.id, u]));
  const units = only ? [only] : plan.units;
  // Servizi, PO and Uffici first, then the Dirigenti: the order of the Relazione's chapters.
  const ordered = [...units.filter((u) => u.kind !== "dirigente"), ...units.filter((u) => u.kind === "dirigente")];
  for (const unit of ordered) {
    const result = results.get(unit.id);
    if (!result) continue;
    const part = unit.kind === "dirigente" ? texts.dirigentiPart : texts.unitsPart;
    sections.push(schedaSection(ctx, unit, result, part));
  }
  if (!only) sections.push(strategicSection(ctx), trendSection(ctx), diagnosticsSection(ctx));

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
    sections,
  };
}

/**
 * The unit a person named on the command line or in the pane: its id or its name, case, accents
 * and spacing aside; null when none matches. Exact id first, since names can repeat across sheets.
 */
export function findUnit(plan: Plan, name: string): Unit | null {
  const key = looseKey(name);
  if (key === "") return null;
  return (
    plan.units.find((u) => u.id === name.trim()) ??
    plan.units.find((u) => looseKey(u.id) === key) ??
    plan.units.find((u) => looseKey(u.name) === key) ??
    null
  );
}

const looseKey = (text: string): string =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();

/** The report document's own words, Italian first. Statuses, kinds and methods come from src/i18n/labels.ts. */
import type { Lang } from "../../i18n/messages";
import type { Severity } from "../diagnostics/types";
import type { AreaMethod, EnteMethodSetting } from "../settings/types";
import { withPseudo } from "../../i18n/pseudo";
import { definition, term, termLower } from "../../i18n/glossary";

export interface DocumentTexts {
  language: string;
  author: string;
  defaultEnte: string;
  title: (year: number) => string;
  unitTitle: (year: number) => string;
  subject: (year: number) => string;
  keywords: string;
  coverLead: string;
  runDate: (date: string) => string;
  source: (file: string) => string;
  settingsHeading: string;
  settings: {
    bands: string;
    bandsValue: (raggiunto: string, parziale: string) => string;
    cap: string;
    soglia: string;
    areaMethod: string;
    enteMethod: string;
    missingAsZero: string;
    strict: string;
    levels: string;
  };
  areaMethods: Record<AreaMethod, string>;
  enteMethods: Record<EnteMethodSetting, string>;
  yes: string;
  no: string;
  summary: string;
  enteScore: string;
  enteMethodUsed: string;
  enteNoScore: string;
  areasHeading: string;
  areaColumns: { name: string; score: string; status: string; units: string };
  noAreas: string;
  chartHeading: string;
  chartAlt: (items: string) => string;
  unitsPart: string;
  dirigentiPart: string;
  /** Under a scheda's figures: what Copertura is, in the glossary's words. */
  coverageNote: string;
  figures: {
    kind: string;
    area: string;
    score: string;
    status: string;
    coverage: string;
    weightSum: string;
    productivity: string;
    sheet: string;
  };
  noArea: string;
  indicatorColumns: {
    objective: string;
    indicator: string;
    target: string;
    actual: string;
    achievement: string;
    weight: string;
    status: string;
  };
  noIndicators: string;
  derivedActual: string;
  /** Printed under an indicator below Raggiunto, or neutralised: its motivazione, or that it has none. */
  justification: { shortfall: (text: string) => string; neutralised: (text: string) => string; none: string };
  otherObjectives: string;
  strategicPart: string;
  strategicScore: (score: string) => string;
  kpiTarget: (year: number) => string;
  noKpis: string;
  noStrategic: string;
  diagnosticsPart: string;
  diagnosticsIntro: (errors: number, warnings: number, infos: number) => string;
  severityHeading: Record<Severity, (n: number) => string>;
  diagnosticColumns: { sheet: string; cell: string; message: string };
  noDiagnostics: string;
  pageTemplate: string;
}

export const DOCUMENT_TEXTS: Record<Lang, DocumentTexts> = withPseudo({
  it: {
    language: "it-IT",
    author: "Cruscotto Performance",
    defaultEnte: "Ente",
    title: (y) => `Risultati della performance ${y}`,
    unitTitle: (y) => `Scheda obiettivi ${y}`,
    subject: (y) => `${term("it", "raggiungimento")} degli obiettivi del Piano della Performance ${y}`,
    keywords: "Piano della Performance, Relazione sulla Performance, obiettivi, OIV",
    coverLead: `${term("it", "raggiungimento")} degli obiettivi del Piano della Performance`,
    runDate: (d) => `Data di elaborazione: ${d}`,
    source: (f) => `Cartella di lavoro: ${f}`,
    settingsHeading: "Regole di valutazione applicate",
    settings: {
      bands: "Fasce di stato",
      bandsValue: (r, p) => `Raggiunto da ${r}; Parzialmente raggiunto da ${p}; Non raggiunto sotto ${p}`,
      cap: term("it", "limiteMassimo"),
      soglia: term("it", "sogliaMinima"),
      areaMethod: `${term("it", "punteggio")} delle Aree`,
      enteMethod: `${term("it", "punteggio")} dell'Ente`,
      missingAsZero: "Consuntivi mancanti contati come zero",
      strict: "Confronti stretti (> e < non comprendono il valore)",
      levels: "Scala qualitativa",
    },
    areaMethods: { media_unita: termLower("it", "mediaUnita"), pool_ponderato: termLower("it", "mediaPonderata") },
    enteMethods: {
      auto: "automatico (cruscotto strategico, altrimenti Aree, altrimenti unità)",
      strategico: "obiettivi strategici del cruscotto",
      aree: "media delle Aree",
      unita: "media delle unità",
    },
    yes: "sì",
    no: "no",
    summary: "Sintesi",
    enteScore: "Indicatore sintetico di performance organizzativa dell'Ente",
    enteMethodUsed: "Metodo",
    enteNoScore: "nessun valore: nessun indicatore misurato",
    areasHeading: "Aree",
    areaColumns: { name: "Area", score: term("it", "punteggio"), status: term("it", "stato"), units: "Unità" },
    noAreas: "Nessuna Area riconosciuta nel piano.",
    chartHeading: `${term("it", "punteggio")} delle unità`,
    chartAlt: (items) => `Grafico a barre del ${termLower("it", "punteggio")} delle unità: ${items}`,
    unitsPart: "Schede delle unità organizzative",
    dirigentiPart: "Schede dei Dirigenti",
    coverageNote: `${term("it", "copertura")}: ${definition("it", "copertura")}`,
    figures: {
      kind: "Tipo",
      area: "Area",
      score: term("it", "punteggio"),
      status: term("it", "stato"),
      coverage: term("it", "copertura"),
      weightSum: "Somma dei pesi",
      productivity: `${term("it", "punteggio")} di produttività`,
      sheet: "Foglio",
    },
    noArea: "nessuna",
    indicatorColumns: {
      objective: "Obiettivo",
      indicator: "Indicatore",
      target: "Target",
      actual: "Consuntivo",
      achievement: term("it", "raggiungimento"),
      weight: "Peso",
      status: term("it", "stato"),
    },
    noIndicators: "Nessun indicatore per questa unità.",
    derivedActual: "calcolato",
    justification: {
      shortfall: (t) => `Motivazione dello scostamento: ${t}`,
      neutralised: (t) => `Indicatore neutralizzato, escluso da tutti i totali. Motivazione: ${t}`,
      none: "non indicata",
    },
    otherObjectives: "Altri obiettivi",
    strategicPart: "Obiettivi strategici",
    strategicScore: (s) => `${term("it", "punteggio")}: ${s}`,
    kpiTarget: (y) => `Target ${y}`,
    noKpis: "Nessun indicatore nel cruscotto per questo obiettivo.",
    noStrategic: "Il piano non ha un cruscotto strategico riconosciuto.",
    diagnosticsPart: "Appendice: segnalazioni",
    diagnosticsIntro: (e, w, i) =>
      `Quanto la lettura della cartella di lavoro ha rilevato: ${e} errori, ${w} avvisi, ${i} informazioni.`,
    severityHeading: {
      error: (n) => `Errori (${n})`,
      warning: (n) => `Avvisi (${n})`,
      info: (n) => `Informazioni (${n})`,
    },
    diagnosticColumns: { sheet: "Foglio", cell: "Cella", message: "Messaggio" },
    noDiagnostics: "Nessuna segnalazione.",
    pageTemplate: "Pagina {n} di {N}",
  },
  en: {
    language: "en-GB",
    author: "Cruscotto Performance",
    defaultEnte: "Ente",
    title: (y) => `Performance results ${y}`,
    unitTitle: (y) => `Objectives scorecard ${y}`,
    subject: (y) => `${term("en", "raggiungimento")} of the objectives of the Performance Plan ${y}`,
    keywords: "Performance Plan, Performance Report, objectives, OIV",
    coverLead: `${term("en", "raggiungimento")} of the objectives of the Performance Plan`,
    runDate: (d) => `Date of the run: ${d}`,
    source: (f) => `Workbook: ${f}`,
    settingsHeading: "Scoring rules applied",
    settings: {
      bands: "Status bands",
      bandsValue: (r, p) => `Achieved from ${r}; Partly achieved from ${p}; Not achieved below ${p}`,
      cap: term("en", "limiteMassimo"),
      soglia: term("en", "sogliaMinima"),
      areaMethod: `Area ${termLower("en", "punteggio")}`,
      enteMethod: `Ente ${termLower("en", "punteggio")}`,
      missingAsZero: "Missing actuals counted as zero",
      strict: "Strict comparisons (> and < exclude the value)",
      levels: "Qualitative scale",
    },
    areaMethods: { media_unita: termLower("en", "mediaUnita"), pool_ponderato: termLower("en", "mediaPonderata") },
    enteMethods: {
      auto: "automatic (strategic dashboard, else Areas, else units)",
      strategico: "strategic objectives of the dashboard",
      aree: "mean of the Areas",
      unita: "mean of the units",
    },
    yes: "yes",
    no: "no",
    summary: "Summary",
    enteScore: "Synthetic indicator of the Ente's organisational performance",
    enteMethodUsed: "Method",
    enteNoScore: "no value: no indicator measured",
    areasHeading: "Areas",
    areaColumns: { name: "Area", score: term("en", "punteggio"), status: term("en", "stato"), units: "Units" },
    noAreas: "No Area recognised in the plan.",
    chartHeading: `${term("en", "punteggio")} of the units`,
    chartAlt: (items) => `Bar chart of the units' scores: ${items}`,
    unitsPart: "Scorecards of the organisational units",
    dirigentiPart: "Scorecards of the Directors",
    coverageNote: `${term("en", "copertura")}: ${definition("en", "copertura")}`,
    figures: {
      kind: "Kind",
      area: "Area",
      score: term("en", "punteggio"),
      status: term("en", "stato"),
      coverage: term("en", "copertura"),
      weightSum: "Sum of the weights",
      productivity: `Productivity ${termLower("en", "punteggio")}`,
      sheet: "Sheet",
    },
    noArea: "none",
    indicatorColumns: {
      objective: "Objective",
      indicator: "Indicator",
      target: "Target",
      actual: "Actual",
      achievement: term("en", "raggiungimento"),
      weight: "Weight",
      status: term("en", "stato"),
    },
    noIndicators: "No indicator for this unit.",
    derivedActual: "computed",
    justification: {
      shortfall: (t) => `Reason for the shortfall: ${t}`,
      neutralised: (t) => `Neutralised indicator, left out of every total. Reason: ${t}`,
      none: "not given",
    },
    otherObjectives: "Other objectives",
    strategicPart: "Strategic objectives",
    strategicScore: (s) => `${term("en", "punteggio")}: ${s}`,
    kpiTarget: (y) => `Target ${y}`,
    noKpis: "No dashboard indicator for this objective.",
    noStrategic: "The plan has no recognised strategic dashboard.",
    diagnosticsPart: "Appendix: diagnostics",
    diagnosticsIntro: (e, w, i) => `What reading the workbook found: ${e} errors, ${w} warnings, ${i} notes.`,
    severityHeading: {
      error: (n) => `Errors (${n})`,
      warning: (n) => `Warnings (${n})`,
      info: (n) => `Notes (${n})`,
    },
    diagnosticColumns: { sheet: "Sheet", cell: "Cell", message: "Message" },
    noDiagnostics: "No diagnostics.",
    pageTemplate: "Page {n} of {N}",
  },
});

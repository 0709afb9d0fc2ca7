/** Texts the write plan puts into cells (headers, the Riepilogo sheet). Diagnostics' texts live in src/i18n. */
import type { Lang } from "../../i18n/messages";
import type { Severity } from "../diagnostics/types";
import { withPseudo } from "../../i18n/pseudo";
import { term } from "../../i18n/glossary";

export interface WriteTexts {
  raggiungimento: string;
  stato: string;
  note: string;
  summaryTitle: (year: number) => string;
  summaryNotice: string;
  ente: string;
  enteIndicator: string;
  score: string;
  method: string;
  noMethod: string;
  areas: string;
  area: string;
  unitCount: string;
  units: string;
  unit: string;
  kind: string;
  coverage: string;
  weightSum: string;
  productivity: string;
  status: string;
  strategic: string;
  number: string;
  strategicObjective: string;
  byStatus: string;
  /** The words the formulas read in a Consuntivo: a section of the Riepilogo the formulas point at. */
  formulaWords: string;
  formulaWordsNotice: string;
  wordsYes: string;
  wordsNo: string;
  wordsNotYet: string;
  wordsLevel: string;
  wordsRank: string;
  count: string;
  diagnostics: string;
  code: string;
  severity: string;
  severities: Record<Severity, string>;
  none: string;
}

export const WRITE_TEXTS: Record<Lang, WriteTexts> = withPseudo({
  it: {
    raggiungimento: term("it", "raggiungimento"),
    stato: term("it", "stato"),
    note: "Note",
    summaryTitle: (y) => `Cruscotto Performance — Riepilogo ${y}`,
    summaryNotice: "Foglio scritto dal Cruscotto Performance e riscritto a ogni esecuzione: non inserire dati qui.",
    ente: "Ente",
    enteIndicator: "Indicatore sintetico di performance organizzativa",
    score: term("it", "punteggio"),
    method: "Metodo",
    noMethod: "non calcolabile: nessun consuntivo",
    areas: "Aree",
    area: "Area",
    unitCount: "N. unità",
    units: "Unità organizzative",
    unit: "Unità",
    kind: "Tipo",
    coverage: term("it", "copertura"),
    weightSum: "Somma pesi",
    productivity: "Produttività",
    status: term("it", "stato"),
    strategic: "Obiettivi strategici",
    number: "N.",
    strategicObjective: "Obiettivo strategico",
    byStatus: "Indicatori per stato",
    formulaWords: "Parole che le formule leggono nei consuntivi",
    formulaWordsNotice:
      "Le formule di Raggiungimento e Stato leggono queste parole (maiuscole e minuscole indifferenti): non modificare queste celle.",
    wordsYes: "Fatto (sì)",
    wordsNo: "Non fatto (no)",
    wordsNotYet: "Non ancora rilevato",
    wordsLevel: "Livello",
    wordsRank: "Posizione nella scala",
    count: "Numero",
    diagnostics: "Diagnostica",
    code: "Codice",
    severity: "Gravità",
    severities: { error: "Errore", warning: "Avviso", info: "Informazione" },
    none: "Nessuna",
  },
  en: {
    raggiungimento: term("en", "raggiungimento"),
    stato: term("en", "stato"),
    note: "Notes",
    summaryTitle: (y) => `Cruscotto Performance — Summary ${y}`,
    summaryNotice: "Sheet written by Cruscotto Performance and rewritten on every run: do not enter data here.",
    ente: "Ente",
    enteIndicator: "Overall organisational performance indicator",
    score: term("en", "punteggio"),
    method: "Method",
    noMethod: "not computable: no actuals",
    areas: "Areas",
    area: "Area",
    unitCount: "Units",
    units: "Organisational units",
    unit: "Unit",
    kind: "Kind",
    coverage: term("en", "copertura"),
    weightSum: "Weight sum",
    productivity: "Productivity",
    status: term("en", "stato"),
    strategic: "Strategic objectives",
    number: "No.",
    strategicObjective: "Strategic objective",
    byStatus: "Indicators by status",
    formulaWords: "Words the formulas read in the actuals",
    formulaWordsNotice:
      "The Raggiungimento and Stato formulas read these words (whatever the case): do not change these cells.",
    wordsYes: "Done (yes)",
    wordsNo: "Not done (no)",
    wordsNotYet: "Not measured yet",
    wordsLevel: "Level",
    wordsRank: "Rank in the scale",
    count: "Count",
    diagnostics: "Diagnostics",
    code: "Code",
    severity: "Severity",
    severities: { error: "Error", warning: "Warning", info: "Info" },
    none: "None",
  },
});

/** The three columns the add-in owns right of each table. */
export type OwnedColumn = "raggiungimento" | "stato" | "note";

/**
 * Every header the add-in has ever written over its owned columns, in Italian and English. The recogniser
 * accepts each of them besides today's (WRITE_TEXTS, which take their words from the glossary): renaming a
 * header must add the new word here and keep the old one, or an old workbook's columns would become a
 * person's — read as plan data, never cleared, a new set written beside them.
 */
export const WRITTEN_HEADERS: Readonly<Record<OwnedColumn, readonly string[]>> = {
  raggiungimento: ["Raggiungimento", "Achievement"],
  stato: ["Stato", "Status"],
  note: ["Note", "Notes"],
};

/**
 * The header of a Consuntivo column the add-in creates. Always Italian whatever the report language:
 * it must be recognised as the table's own Consuntivo column on the next run.
 */
export function consuntivoHeader(kind: "obiettivi" | "dirigente" | "cruscotto", year: number): string {
  return kind === "cruscotto" ? `Consuntivo ${year}` : "Consuntivo";
}

/**
 * The header of an officers' column the add-in creates (Consuntivo, Motivazione scostamento, Neutralizzato).
 * Always Italian, with the year in the cruscotto (which spans years): the next run must recognise it as
 * the table's own column.
 */
export function createdHeader(
  kind: "obiettivi" | "dirigente" | "cruscotto",
  column: "consuntivo" | "motivazione" | "neutralizzato",
  year: number,
): string {
  if (column === "consuntivo") return consuntivoHeader(kind, year);
  const label = column === "motivazione" ? "Motivazione scostamento" : "Neutralizzato";
  return kind === "cruscotto" ? `${label} ${year}` : label;
}

/** Sheet name of the summary; Italian in both languages so a rerun in English finds the same sheet. */
export function summarySheetName(year: number, attempt: number): string {
  return attempt <= 1 ? `Riepilogo ${year}` : `Riepilogo ${year} (${attempt})`;
}

/**
 * Texts of «Fogli e colonne» in Analizza: what was recognised on each sheet and column, and the officer's
 * corrections. Italian first; part of the pane's catalog (PANE_TEXTS.recognition), so the pseudo-locale
 * covers them.
 */
import type { ColumnRole, SheetRole, TableRecognition } from "../core/layout/recognition";
import type { SheetMode } from "../taskpane/model/recognitionView";

export interface RecognitionTexts {
  title: string;
  intro: string;
  /** Beside a sheet's name when something on it needs a look. */
  problem: string;
  sheetRoles: Record<SheetRole, string>;
  tableKinds: Record<TableRecognition["kind"], string>;
  /** Where the tables shown as one have their header rows. */
  headerAt: (cells: string) => string;
  /** A unit of the sheet and how many indicators it has. */
  unit: (name: string, indicators: number) => string;
  columnRoles: Record<ColumnRole | "none", string>;
  /** A cruscotto column holding the targets of a year. */
  yearColumn: (year: string) => string;
  emptyHeader: string;
  /** A column whose header names a role that its table does not read (a repeated header, another year). */
  notRead: string;
  /** Name of a column's role menu, for screen readers: the column and its header. */
  roleLabel: (letter: string, header: string) => string;
  /** The roles an indicator table needs that no column plays. */
  missing: (roles: string) => string;
  /** Beside a menu whose choice is waiting to be saved. */
  changed: string;
  sameHeader: string;
  modeLabel: string;
  modes: Record<SheetMode, string>;
  pending: (n: number) => string;
  save: string;
  discard: string;
  /** Said, with the analysis's sentence, once the corrections are saved and the workbook analysed again. */
  saved: string;
  noPlanTitle: string;
  noPlan: string;
}

export const RECOGNITION_TEXTS: { it: RecognitionTexts; en: RecognitionTexts } = {
  it: {
    title: "Fogli e colonne",
    intro:
      "Come è stato letto ogni foglio e quale ruolo ha ogni colonna. Se una colonna non è letta o ha il ruolo sbagliato, sceglierne il ruolo; un foglio si può escludere o indicare come cruscotto. Poi premere «Salva e rianalizza».",
    problem: "da controllare",
    sheetRoles: {
      units: "Obiettivi delle unità",
      cruscotto: "Cruscotto strategico",
      mappa: "Mappa strategica",
      programmi: "Programmi di intervento",
      settings: "Impostazioni",
      output: "Scritto dal Cruscotto",
      excluded: "Escluso",
      unread: "Non letto",
    },
    tableKinds: {
      obiettivi: "Obiettivi operativi",
      dirigente: "Obiettivi del dirigente",
      cruscotto: "Cruscotto",
      mappa: "Mappa strategica",
      programmi: "Programmi di intervento",
      unrecognised: "Tabella non riconosciuta",
    },
    headerAt: (c) => `intestazione in ${c}`,
    unit: (n, i) => (i === 1 ? `${n}: 1 indicatore` : `${n}: ${i} indicatori`),
    columnRoles: {
      objective: "Obiettivo",
      indicator: "Indicatore",
      target: "Target",
      weight: "Peso",
      actual: "Consuntivo",
      area: "Area",
      baseline: "Baseline",
      servizi: "Servizi coinvolti",
      albero: "Albero",
      produttivita: "Produttività",
      owner: "Responsabile",
      justification: "Motivazione scostamento",
      neutralised: "Neutralizzato",
      perspective: "Prospettiva",
      number: "Numero",
      strategic: "Obiettivo strategico",
      missione: "Missione",
      programma: "Programma",
      benefici: "Benefici attesi",
      azioni: "Azioni",
      year: "Target dell'anno",
      none: "non usata",
    },
    yearColumn: (y) => `Target ${y}`,
    emptyHeader: "(senza intestazione)",
    notRead: "non letta",
    roleLabel: (l, h) => `Ruolo della colonna ${l}, «${h}»`,
    missing: (r) => `Nessuna colonna letta come ${r}.`,
    changed: "da salvare",
    sameHeader: "Il ruolo scelto vale per ogni colonna con la stessa intestazione, in tutti i fogli.",
    modeLabel: "Come leggere il foglio",
    modes: { auto: "Riconoscimento automatico", cruscotto: "È il cruscotto strategico", excluded: "Escludi il foglio" },
    pending: (n) => (n === 1 ? "1 correzione da salvare." : `${n} correzioni da salvare.`),
    save: "Salva e rianalizza",
    discard: "Annulla le correzioni",
    saved: "Correzioni salvate nel foglio «Impostazioni Cruscotto».",
    noPlanTitle: "Nessuna tabella del piano riconosciuta",
    noPlan:
      "Le intestazioni delle colonne non sono tra quelle note (Indicatore, Target, Peso, Consuntivo…). In «Fogli e colonne», qui sotto, scegliere il ruolo delle colonne del foglio degli obiettivi — almeno Indicatore e Target, di solito anche Obiettivo, Peso e Consuntivo — poi premere «Salva e rianalizza»: le intestazioni sono salvate nel foglio «Impostazioni Cruscotto» (Intestazioni Indicatore, Intestazioni Target…) e valgono per le analisi e i calcoli successivi.",
  },
  en: {
    title: "Sheets and columns",
    intro:
      "How each sheet was read and which role each column plays. If a column is not read or has the wrong role, choose its role; a sheet can be left out or marked as the cruscotto. Then press «Save and analyse again».",
    problem: "to check",
    sheetRoles: {
      units: "Units' objectives",
      cruscotto: "Strategic cruscotto",
      mappa: "Strategy map",
      programmi: "Action programmes",
      settings: "Settings",
      output: "Written by the Cruscotto",
      excluded: "Left out",
      unread: "Not read",
    },
    tableKinds: {
      obiettivi: "Operational objectives",
      dirigente: "Manager's objectives",
      cruscotto: "Cruscotto",
      mappa: "Strategy map",
      programmi: "Action programmes",
      unrecognised: "Table not recognised",
    },
    headerAt: (c) => `header at ${c}`,
    unit: (n, i) => (i === 1 ? `${n}: 1 indicator` : `${n}: ${i} indicators`),
    columnRoles: {
      objective: "Objective",
      indicator: "Indicator",
      target: "Target",
      weight: "Weight",
      actual: "Actual",
      area: "Area",
      baseline: "Baseline",
      servizi: "Units involved",
      albero: "Performance tree",
      produttivita: "Productivity",
      owner: "Owner",
      justification: "Reason for the shortfall",
      neutralised: "Neutralised",
      perspective: "Perspective",
      number: "Number",
      strategic: "Strategic objective",
      missione: "Mission",
      programma: "Programme",
      benefici: "Expected benefits",
      azioni: "Actions",
      year: "Year's target",
      none: "not used",
    },
    yearColumn: (y) => `Target ${y}`,
    emptyHeader: "(no header)",
    notRead: "not read",
    roleLabel: (l, h) => `Role of column ${l}, «${h}»`,
    missing: (r) => `No column is read as ${r}.`,
    changed: "to save",
    sameHeader: "The role chosen applies to every column with the same header, on every sheet.",
    modeLabel: "How to read the sheet",
    modes: {
      auto: "Automatic recognition",
      cruscotto: "It is the strategic cruscotto",
      excluded: "Leave the sheet out",
    },
    pending: (n) => (n === 1 ? "1 correction to save." : `${n} corrections to save.`),
    save: "Save and analyse again",
    discard: "Discard the corrections",
    saved: "Corrections saved in the «Impostazioni Cruscotto» sheet.",
    noPlanTitle: "No plan table recognised",
    noPlan:
      "The columns' headers are not among the known ones (Indicatore, Target, Peso, Consuntivo…). In «Sheets and columns», below, choose the roles of the columns of the objectives' sheet — at least Indicator and Target, usually also Objective, Weight and Actual — then press «Save and analyse again»: the headers are saved in the «Impostazioni Cruscotto» sheet (Intestazioni Indicatore, Intestazioni Target…) and hold for the later analyses and runs.",
  },
};

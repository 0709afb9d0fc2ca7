/** Labels shown to people outside diagnostics: statuses, methods, kinds, CLI texts. Italian first. */
import type { Status, EnteMethod } from "../core/scoring/types";
import type { UnitKind } from "../core/model/types";
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";
import { definition, term } from "./glossary";

export const STATUS_LABELS: Record<Lang, Record<Status, string>> = withPseudo({
  it: {
    raggiunto: "Raggiunto",
    parzialmente_raggiunto: "Parzialmente raggiunto",
    non_raggiunto: "Non raggiunto",
    non_rilevato: "Non rilevato",
    non_valutabile: "Non valutabile",
    neutralizzato: "Neutralizzato",
  },
  en: {
    raggiunto: "Achieved",
    parzialmente_raggiunto: "Partly achieved",
    non_raggiunto: "Not achieved",
    non_rilevato: "Not measured",
    non_valutabile: "Not assessable",
    neutralizzato: "Neutralised",
  },
});

export const ENTE_METHOD_LABELS: Record<Lang, Record<EnteMethod, string>> = withPseudo({
  it: {
    strategico: "media degli obiettivi strategici del cruscotto",
    aree: "media delle Aree",
    unita: "media delle unità",
  },
  en: {
    strategico: "mean of the cruscotto's strategic objectives",
    aree: "mean of the Areas",
    unita: "mean of the units",
  },
});

export const UNIT_KIND_LABELS: Record<Lang, Record<UnitKind, string>> = withPseudo({
  it: { servizio: "Servizio", po: "PO", dirigente: "Dirigente", ufficio: "Ufficio" },
  en: { servizio: "Service", po: "PO", dirigente: "Director", ufficio: "Office" },
});

export interface CliTexts {
  title: (year: number) => string;
  ente: string;
  method: string;
  areas: string;
  units: string;
  columns: { name: string; kind: string; score: string; coverage: string; status: string };
  /** Lines under the units' table: what Punteggio and Copertura are, in the glossary's words. */
  legend: string[];
  diagnostics: (errors: number, warnings: number, infos: number) => string;
  written: (path: string) => string;
  report: (path: string) => string;
  noScore: string;
  unusable: (reason: string) => string;
  notFound: (path: string) => string;
  notXlsx: (path: string) => string;
  encrypted: (path: string) => string;
  openDocument: (path: string) => string;
  corrupt: (path: string, detail: string) => string;
  /** The workbook's real content passes the read budget (READ_BUDGET in src/hosts/xlsx/package). */
  tooCostly: (path: string) => string;
  cannotWrite: (path: string, detail: string) => string;
  sameAsInput: string;
  progress: { reading: string; scoring: string; writing: string };
  seeJson: string;
}

export const CLI_TEXTS: Record<Lang, CliTexts> = withPseudo({
  it: {
    title: (y) => `Cruscotto Performance — valutazione ${y}`,
    ente: "Ente",
    method: "metodo",
    areas: "Aree",
    units: "Unità",
    columns: {
      name: "Unità",
      kind: "Tipo",
      score: term("it", "punteggio"),
      coverage: term("it", "copertura"),
      status: term("it", "stato"),
    },
    legend: [
      `${term("it", "punteggio")}: ${definition("it", "punteggio")}`,
      `${term("it", "copertura")}: ${definition("it", "copertura")}`,
    ],
    diagnostics: (e, w, i) => `Diagnostica: ${e} errori, ${w} avvisi, ${i} informazioni.`,
    written: (p) => `Cartella di lavoro scritta: ${p}`,
    report: (p) => `Rapporto JSON scritto: ${p}`,
    noScore: "nessun valore",
    unusable: (r) => `Impossibile usare il file: ${r}`,
    notFound: (p) => `Il file «${p}» non esiste. Controllare il percorso e riprovare.`,
    notXlsx: (p) =>
      `Il file «${p}» non è una cartella di lavoro .xlsx. Salvarlo da Excel in formato .xlsx e riprovare.`,
    encrypted: (p) =>
      `Il file «${p}» è protetto da password o è nel vecchio formato .xls. Salvarlo da Excel come .xlsx senza password e riprovare.`,
    openDocument: (p) =>
      `Il file «${p}» è un foglio OpenDocument (.ods), non una cartella .xlsx. Salvarlo come .xlsx (Excel 2007-365) e riprovare.`,
    corrupt: (p, d) =>
      `Il file «${p}» è danneggiato o illeggibile (${d}). Aprirlo in Excel, salvarlo di nuovo e riprovare.`,
    tooCostly: (p) =>
      `Il file «${p}» contiene più di quanto il Cruscotto può leggere (oltre 2 milioni di celle o 256 MB di dati, spesso per celle unite o formattate fino in fondo al foglio): eliminare in Excel le righe e le colonne vuote in fondo ai fogli, salvarlo e riprovare.`,
    cannotWrite: (p, d) =>
      `Impossibile scrivere «${p}» (${d}). Scegliere un'altra cartella o chiudere il file se è aperto.`,
    sameAsInput: "Il file di uscita coincide con quello di ingresso: usare --in-place per sovrascriverlo.",
    progress: { reading: "Lettura della cartella di lavoro…", scoring: "Valutazione…", writing: "Scrittura…" },
    seeJson: "Dettagli per indicatore: opzione --json.",
  },
  en: {
    title: (y) => `Cruscotto Performance — evaluation ${y}`,
    ente: "Ente",
    method: "method",
    areas: "Areas",
    units: "Units",
    columns: {
      name: "Unit",
      kind: "Kind",
      score: term("en", "punteggio"),
      coverage: term("en", "copertura"),
      status: term("en", "stato"),
    },
    legend: [
      `${term("en", "punteggio")}: ${definition("en", "punteggio")}`,
      `${term("en", "copertura")}: ${definition("en", "copertura")}`,
    ],
    diagnostics: (e, w, i) => `Diagnostics: ${e} errors, ${w} warnings, ${i} notes.`,
    written: (p) => `Workbook written: ${p}`,
    report: (p) => `JSON report written: ${p}`,
    noScore: "no value",
    unusable: (r) => `Cannot use the file: ${r}`,
    notFound: (p) => `File «${p}» does not exist. Check the path and try again.`,
    notXlsx: (p) => `File «${p}» is not an .xlsx workbook. Save it from Excel as .xlsx and try again.`,
    encrypted: (p) =>
      `File «${p}» is password-protected or in the old .xls format. Save it from Excel as .xlsx without a password and try again.`,
    openDocument: (p) =>
      `File «${p}» is an OpenDocument spreadsheet (.ods), not an .xlsx workbook. Save it as .xlsx and try again.`,
    corrupt: (p, d) => `File «${p}» is damaged or unreadable (${d}). Open it in Excel, save it again and try again.`,
    tooCostly: (p) =>
      `File «${p}» holds more than the Cruscotto can read (over 2 million cells or 256 MB of data, often from cells merged or formatted down to the end of a sheet): delete the empty rows and columns at the end of the sheets in Excel, save it and try again.`,
    cannotWrite: (p, d) => `Cannot write «${p}» (${d}). Choose another folder or close the file if it is open.`,
    sameAsInput: "The output file is the input file: use --in-place to overwrite it.",
    progress: { reading: "Reading the workbook…", scoring: "Scoring…", writing: "Writing…" },
    seeJson: "Per-indicator details: use --json.",
  },
});

/** Texts of the pane's "Stampa e PDF" tab (kept apart from pane.ts so that each tab's texts stay small). */
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";

export interface ExportTexts {
  tab: string;
  intro: string;
  pdfTitle: string;
  scope: string;
  wholePlan: string;
  analyzeForUnits: string;
  exportButton: string;
  making: string;
  ready: (name: string) => string;
  download: (name: string) => string;
  unusable: string;
  unknownUnit: string;
  printTitle: string;
  printIntro: string;
  printButton: string;
  printed: (sheets: number) => string;
  printNone: string;
  /** The host has no page layout API (Excel without ExcelApi 1.9). */
  printUnsupported: string;
}

export const EXPORT_TEXTS: Record<Lang, ExportTexts> = withPseudo({
  it: {
    tab: "Stampa e PDF",
    intro: "La relazione PDF è la stessa del comando «cruscotto report»: copertina, sintesi, schede delle unità e dei Dirigenti, obiettivi strategici, segnalazioni.",
    pdfTitle: "Relazione PDF",
    scope: "Contenuto",
    wholePlan: "Intero piano",
    analyzeForUnits: "Per scegliere una sola unità, eseguire prima «Analizza» o «Calcola e scrivi».",
    exportButton: "Esporta PDF",
    making: "Preparazione del PDF…",
    ready: (n) => `PDF pronto: ${n}.`,
    download: (n) => `Scarica ${n}`,
    unusable: "Nessuna tabella del Piano riconosciuta: il PDF non è stato creato.",
    unknownUnit: "L'unità scelta non è più nel piano: rieseguire «Analizza» e sceglierla di nuovo.",
    printTitle: "Impostazione di stampa",
    printIntro: "A4 orizzontale, una pagina in larghezza, intestazioni della tabella ripetute su ogni pagina, area di stampa sulla tabella con le colonne del Cruscotto, intestazione e piè di pagina con Ente, anno, foglio, pagina e data di stampa. «Calcola e scrivi» la applica già.",
    printButton: "Prepara per la stampa",
    printed: (n) => (n === 1 ? "Impostazione di stampa applicata a 1 foglio." : `Impostazione di stampa applicata a ${n} fogli.`),
    printNone: "Nessun foglio da impostare per la stampa.",
    printUnsupported: "Impostazione di stampa non disponibile in questa versione di Excel.",
  },
  en: {
    tab: "Print & PDF",
    intro: "The PDF report is the one «cruscotto report» makes: cover, summary, unit and Dirigente schede, strategic objectives, diagnostics.",
    pdfTitle: "PDF report",
    scope: "Content",
    wholePlan: "Whole plan",
    analyzeForUnits: "To choose a single unit, run «Analyse» or «Score and write» first.",
    exportButton: "Export PDF",
    making: "Making the PDF…",
    ready: (n) => `PDF ready: ${n}.`,
    download: (n) => `Download ${n}`,
    unusable: "No table of the Plan was recognised: no PDF was made.",
    unknownUnit: "The chosen unit is no longer in the plan: run «Analyse» again and choose it again.",
    printTitle: "Print layout",
    printIntro: "A4 landscape, one page wide, the table's header repeated on each page, the print area on the table with the Cruscotto's columns, a header and footer with the Ente, year, sheet, page and print date. «Score and write» already sets it.",
    printButton: "Prepare for printing",
    printed: (n) => (n === 1 ? "Print layout set on 1 sheet." : `Print layout set on ${n} sheets.`),
    printNone: "No sheet to set up for printing.",
    printUnsupported: "Print layout not available in this version of Excel.",
  },
});

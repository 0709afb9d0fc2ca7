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
  /** Inside Office where the link may fail silently (desktop builds): the link, and the browser as the way out. */
  readyWithBrowser: (name: string) => string;
  openInBrowser: string;
  /** The pane handed pdf.html to the default browser (Excel for Mac, or «Apri nel browser»). */
  openedInBrowser: (name: string) => string;
  /** Office, or the browser's popup blocker, did not open the window. */
  browserBlocked: string;
  /** The report would make an address longer than browsers take. */
  tooLongForBrowser: string;
  /** Excel for Mac without OpenBrowserWindowApi: neither the link nor the browser works. */
  noBrowser: string;
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
    tab: "Stampa",
    intro:
      "La relazione PDF raccoglie copertina con le regole applicate, sintesi, schede delle unità e dei Dirigenti, obiettivi strategici e segnalazioni.",
    pdfTitle: "Relazione PDF",
    scope: "Contenuto",
    wholePlan: "Intero piano",
    analyzeForUnits: "Per scegliere una sola unità, eseguire prima «Analizza» o «Calcola e scrivi».",
    exportButton: "Esporta PDF",
    making: "Preparazione del PDF…",
    ready: (n) => `PDF pronto: ${n}.`,
    download: (n) => `Scarica ${n}`,
    readyWithBrowser: (n) => `PDF pronto: ${n}. Se il download non parte, premere «Apri nel browser».`,
    openInBrowser: "Apri nel browser",
    openedInBrowser: (n) =>
      `Il PDF si apre nel browser predefinito (${n}): salvarlo da lì. Se la finestra non compare, premere «Apri nel browser».`,
    browserBlocked:
      "Il browser non si è aperto: premere «Apri nel browser», o consentire le finestre a comparsa per questa pagina.",
    tooLongForBrowser:
      "Questo PDF è troppo grande per passarlo al browser, ed Excel qui non può scaricarlo. Per averlo comunque: «Prepara per la stampa» qui sotto, poi in Excel File > Salva con nome, formato PDF (oppure scegliere una sola unità in «Contenuto»).",
    noBrowser:
      "Questa versione di Excel non può scaricare il PDF né aprire il browser. Per averlo comunque: «Prepara per la stampa» qui sotto, poi in Excel File > Salva con nome, formato PDF; oppure aggiornare Excel.",
    unusable: "Nessuna tabella del Piano riconosciuta: il PDF non è stato creato.",
    unknownUnit: "L'unità scelta non è più nel piano: rieseguire «Analizza» e sceglierla di nuovo.",
    printTitle: "Impostazione di stampa",
    printIntro:
      "A4 orizzontale, una pagina in larghezza, intestazioni della tabella ripetute su ogni pagina, area di stampa sulla tabella con le colonne del Cruscotto, intestazione e piè di pagina con Ente, anno, foglio, pagina e data di stampa. «Calcola e scrivi» la applica già.",
    printButton: "Prepara per la stampa",
    printed: (n) =>
      n === 1 ? "Impostazione di stampa applicata a 1 foglio." : `Impostazione di stampa applicata a ${n} fogli.`,
    printNone: "Nessun foglio da impostare per la stampa.",
    printUnsupported: "Impostazione di stampa non disponibile in questa versione di Excel.",
  },
  en: {
    tab: "Print",
    intro:
      "The PDF report holds a cover with the rules applied, a summary, the units' and Directors' scorecards, the strategic objectives and the diagnostics.",
    pdfTitle: "PDF report",
    scope: "Content",
    wholePlan: "Whole plan",
    analyzeForUnits: "To choose a single unit, run «Analyse» or «Score and write» first.",
    exportButton: "Export PDF",
    making: "Making the PDF…",
    ready: (n) => `PDF ready: ${n}.`,
    download: (n) => `Download ${n}`,
    readyWithBrowser: (n) => `PDF ready: ${n}. If the download does not start, press «Open in browser».`,
    openInBrowser: "Open in browser",
    openedInBrowser: (n) =>
      `The PDF opens in the default browser (${n}): save it from there. If no window appears, press «Open in browser».`,
    browserBlocked: "The browser did not open: press «Open in browser», or allow pop-ups for this page.",
    tooLongForBrowser:
      "This PDF is too large to hand to the browser, and Excel cannot download it here. To have it anyway: «Prepare for printing» below, then in Excel File > Save As, PDF format (or choose a single unit under «Content»).",
    noBrowser:
      "This version of Excel can neither download the PDF nor open the browser. To have it anyway: «Prepare for printing» below, then in Excel File > Save As, PDF format; or update Excel.",
    unusable: "No table of the Plan was recognised: no PDF was made.",
    unknownUnit: "The chosen unit is no longer in the plan: run «Analyse» again and choose it again.",
    printTitle: "Print layout",
    printIntro:
      "A4 landscape, one page wide, the table's header repeated on each page, the print area on the table with the Cruscotto's columns, a header and footer with the Ente, year, sheet, page and print date. «Score and write» already sets it.",
    printButton: "Prepare for printing",
    printed: (n) => (n === 1 ? "Print layout set on 1 sheet." : `Print layout set on ${n} sheets.`),
    printNone: "No sheet to set up for printing.",
    printUnsupported: "Print layout not available in this version of Excel.",
  },
});

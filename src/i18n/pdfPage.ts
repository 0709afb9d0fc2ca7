/** Texts of pdf.html, the page that makes the PDF in the default browser when Excel's webview cannot download it. */
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";

export interface PdfPageTexts {
  title: string;
  making: string;
  /** Once the PDF is there: what this page is and what happened. */
  ready: (name: string) => string;
  download: (name: string) => string;
  /** The PDF in the browser's own viewer. */
  viewer: string;
  /** Opened with no report in the address (a bookmark, a link copied without its end). */
  none: string;
  damaged: string;
  unsupported: string;
  failed: string;
}

export const PDF_PAGE_TEXTS: Record<Lang, PdfPageTexts> = withPseudo({
  it: {
    title: "Relazione PDF — Cruscotto Performance",
    making: "Preparazione del PDF…",
    ready: (n) =>
      `Il Cruscotto Performance in Excel ha passato la relazione a questa pagina, che ne ha fatto il PDF qui, nel browser: la relazione non è passata per la rete. Il download di ${n} parte da solo; se non parte, usare il collegamento qui sotto o salvare dal visualizzatore.`,
    download: (n) => `Scarica ${n}`,
    viewer: "Anteprima della relazione PDF",
    none: "Questa pagina fa il PDF della relazione che le passa il Cruscotto Performance: aperta da sola non ha nulla da mostrare. In Excel, usare «Esporta PDF» nella scheda «Stampa e PDF» del Cruscotto.",
    damaged:
      "L'indirizzo di questa pagina è incompleto o alterato, e la relazione non si può leggere. In Excel, usare di nuovo «Esporta PDF» nella scheda «Stampa e PDF» del Cruscotto.",
    unsupported:
      "Questo browser non sa leggere la relazione compressa. Aprire questo indirizzo in una versione aggiornata di Edge, Chrome, Firefox o Safari.",
    failed:
      "Il PDF non è stato creato. Chiudere questa pagina e usare di nuovo «Esporta PDF» in Excel; se succede ancora, usare File > Salva con nome, formato PDF, in Excel.",
  },
  en: {
    title: "PDF report — Cruscotto Performance",
    making: "Making the PDF…",
    ready: (n) =>
      `The Cruscotto Performance in Excel handed the report to this page, which made the PDF here, in the browser: the report did not travel over the network. ${n} downloads by itself; if it does not, use the link below or save it from the viewer.`,
    download: (n) => `Download ${n}`,
    viewer: "Preview of the PDF report",
    none: "This page makes the PDF of the report the Cruscotto Performance hands it: opened on its own it has nothing to show. In Excel, use «Export PDF» in the Cruscotto's «Print & PDF» tab.",
    damaged:
      "This page's address is incomplete or altered, and the report cannot be read. In Excel, use «Export PDF» in the Cruscotto's «Print & PDF» tab again.",
    unsupported:
      "This browser cannot read the compressed report. Open this address in an up-to-date Edge, Chrome, Firefox or Safari.",
    failed:
      "The PDF was not made. Close this page and use «Export PDF» in Excel again; if it happens again, use File > Save As, PDF format, in Excel.",
  },
});

/** Texts of the task pane and of the browser preview, Italian first. Diagnostics use messages.ts. */
import type { HostErrorCode } from "../hosts/types";
import type { Severity } from "../core/diagnostics/types";
import type { TargetKind } from "../core/targets/types";
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";
import { CLI_TEXTS } from "./labels";

export interface PaneTexts {
  title: string;
  previewBadge: string;
  tabs: { analyze: string; settings: string; run: string };
  preview: {
    intro: string;
    chooseFile: string;
    loaded: (name: string) => string;
    download: (name: string) => string;
    notXlsx: (name: string) => string;
    cannotOpen: (name: string, detail: string) => string;
    /** The workbook's real content passes the read budget: the CLI's own sentence. */
    tooCostly: (name: string) => string;
    needFile: string;
    selected: (ref: string) => string;
  };
  analyze: {
    button: string;
    intro: string;
    recognised: string;
    sheets: string;
    tables: string;
    units: string;
    strategic: string;
    indicators: string;
    byKind: string;
    diagnostics: string;
    none: string;
    goToCell: string;
    goToCellLabel: (ref: string) => string;
    showMore: (n: number) => string;
    unusable: string;
  };
  severity: Record<Severity, string>;
  severityPlural: Record<Severity, string>;
  kinds: Record<TargetKind | "none", string>;
  settings: {
    intro: string;
    year: string;
    bandRaggiunto: string;
    bandParziale: string;
    cap: string;
    soglia: string;
    percentHint: string;
    missingAsZero: string;
    strictComparisons: string;
    areaMethod: string;
    enteMethod: string;
    areaMethods: { media_unita: string; pool_ponderato: string };
    enteMethods: { auto: string; strategico: string; aree: string; unita: string };
    save: string;
    saved: string;
    invalidYear: string;
    invalidPercent: string;
    bandsOrder: string;
    load: string;
  };
  run: {
    button: string;
    intro: string;
    phases: { reading: string; scoring: string; writing: string; done: string };
    ente: string;
    method: (m: string) => string;
    areas: string;
    units: string;
    chart: string;
    noScore: string;
    columns: { name: string; score: string; coverage: string; status: string };
    sortBy: (column: string) => string;
    written: (errors: number, warnings: number) => string;
    notWritten: string;
  };
  hostErrors: Record<HostErrorCode, string>;
  /** Excel's own code, named after the sentences that cannot say more (an internal or unforeseen error). */
  hostCode: (code: string) => string;
  /** "Annulla ultimo calcolo". */
  undo: { button: string; done: string; nothing: string; needsUndo: string; rolledBack: string };
  working: string;
}

export const PANE_TEXTS: Record<Lang, PaneTexts> = withPseudo({
  it: {
    title: "Cruscotto Performance",
    previewBadge: "Anteprima nel browser",
    tabs: { analyze: "Analizza", settings: "Impostazioni", run: "Calcola e scrivi" },
    preview: {
      intro:
        "Anteprima fuori da Excel: aprire una cartella di lavoro .xlsx del Piano della Performance. Il file resta su questo computer.",
      chooseFile: "Apri cartella di lavoro (.xlsx)",
      loaded: (n) => `Cartella di lavoro aperta: ${n}`,
      download: (n) => `Scarica ${n}`,
      notXlsx: (n) =>
        `Il file «${n}» non è una cartella di lavoro .xlsx. Salvarlo da Excel in formato .xlsx e riprovare.`,
      cannotOpen: (n, d) => `Impossibile leggere «${n}» (${d}). Aprirlo in Excel, salvarlo di nuovo e riprovare.`,
      tooCostly: (n) => CLI_TEXTS.it.tooCostly(n),
      needFile: "Aprire prima una cartella di lavoro.",
      selected: (r) => `Cella da controllare: ${r} (nell'anteprima non c'è una selezione di Excel).`,
    },
    analyze: {
      button: "Analizza la cartella di lavoro",
      intro: "Legge la cartella di lavoro senza scrivere nulla e mostra cosa è stato riconosciuto.",
      recognised: "Riconosciuto",
      sheets: "Fogli",
      tables: "Tabelle",
      units: "Unità",
      strategic: "Obiettivi strategici",
      indicators: "Indicatori",
      byKind: "Indicatori per tipo di target",
      diagnostics: "Diagnostica",
      none: "Nessuna segnalazione.",
      goToCell: "Vai alla cella",
      goToCellLabel: (r) => `Vai alla cella ${r}`,
      showMore: (n) => `Mostra altri ${n}`,
      unusable: "Nessuna tabella del piano riconosciuta: non verrà scritto nulla.",
    },
    severity: { error: "Errore", warning: "Avviso", info: "Informazione" },
    severityPlural: { error: "Errori", warning: "Avvisi", info: "Informazioni" },
    kinds: {
      comparison: "Confronto (≥, ≤, valore)",
      deadline: "Scadenza",
      qualitative: "Qualitativo",
      boolean: "Sì/no, periodicità",
      baseline: "Anno di rilevazione",
      not_set: "Target non definito",
      relative: "Relativo al valore di partenza",
      invalid: "Illeggibile",
      none: "Senza target",
    },
    settings: {
      intro: "Regole di valutazione (SMVP), salvate nel foglio «Impostazioni Cruscotto» della cartella di lavoro.",
      year: "Anno di valutazione",
      bandRaggiunto: "Soglia Raggiunto",
      bandParziale: "Soglia Parzialmente raggiunto",
      cap: "Limite massimo (cap)",
      soglia: "Soglia minima",
      percentHint: "In percentuale, ad es. 90 o 90%.",
      missingAsZero: "Consuntivi mancanti come zero",
      strictComparisons: "Confronti stretti (> e < non includono il valore)",
      areaMethod: "Metodo Area",
      enteMethod: "Metodo Ente",
      areaMethods: { media_unita: "Media delle unità", pool_ponderato: "Pool ponderato degli indicatori" },
      enteMethods: {
        auto: "Automatico",
        strategico: "Obiettivi strategici del cruscotto",
        aree: "Media delle Aree",
        unita: "Media delle unità",
      },
      save: "Salva nella cartella di lavoro",
      saved: "Impostazioni salvate nel foglio «Impostazioni Cruscotto».",
      invalidYear: "Scrivere un anno di quattro cifre tra 1990 e 2100.",
      invalidPercent: "Scrivere una percentuale tra 0 e 100 (cap: fino a 1000).",
      bandsOrder: "La soglia Parzialmente raggiunto non può superare la soglia Raggiunto.",
      load: "Leggi le impostazioni",
    },
    run: {
      button: "Calcola e scrivi",
      intro:
        "Valuta il piano e scrive stati, grado di raggiungimento e il foglio di riepilogo nella cartella di lavoro.",
      phases: {
        reading: "Lettura della cartella di lavoro…",
        scoring: "Valutazione…",
        writing: "Scrittura…",
        done: "Fatto.",
      },
      ente: "Ente",
      method: (m) => `Metodo: ${m}`,
      areas: "Aree",
      units: "Unità",
      chart: "Punteggio delle unità",
      noScore: "nessun valore",
      columns: { name: "Unità", score: "Punteggio", coverage: "Copertura", status: "Stato" },
      sortBy: (c) => `Ordina per ${c}`,
      written: (e, w) => `Risultati scritti nella cartella di lavoro (${e} errori, ${w} avvisi: vedere Analizza).`,
      notWritten: "Nessuna tabella del piano riconosciuta: la cartella di lavoro non è stata modificata.",
    },
    hostErrors: {
      protected: "Un foglio da aggiornare è protetto: non è stato scritto nulla. Rimuovere la protezione e riprovare.",
      too_large:
        "La modifica è troppo grande per Excel: non è stato scritto nulla. Dividere la cartella di lavoro e riprovare.",
      connection: "La connessione con Excel si è interrotta: riaprire il riquadro e riprovare.",
      changed: "La cartella di lavoro è cambiata durante il calcolo: riprovare.",
      unsupported: "Questa versione di Excel non offre le funzioni necessarie: aggiornare Excel o usare Excel sul web.",
      cell_edit_mode: "Excel sta modificando una cella: premere Invio o Esc per terminare la modifica, poi riprovare.",
      inactive: "Questa cartella di lavoro non è quella attiva in Excel: fare clic su una sua cella, poi riprovare.",
      busy: "Excel è occupato da troppe operazioni: attendere un minuto, poi riprovare.",
      conflict:
        "Un filtro, delle celle unite, una tabella pivot o un foglio pieno impediscono la modifica: togliere il filtro o liberare le celle interessate, poi riprovare.",
      invalid:
        "Excel ha rifiutato l'operazione: riprovare; se si ripete, usare la riga di comando e segnalare il codice qui sotto.",
      selection: "Excel non può selezionare quella cella adesso: fare clic su una cella del foglio, poi riprovare.",
      general:
        "Excel ha segnalato un errore interno: chiudere le finestre di dialogo aperte in Excel e riprovare; se si ripete, riavviare Excel.",
      unknown: "Errore imprevisto: non è stato scritto nulla. Riprovare; se si ripete, usare la riga di comando.",
    },
    hostCode: (code) => `Codice di Excel: ${code}.`,
    undo: {
      button: "Annulla ultimo calcolo",
      done: "Ultimo calcolo annullato: la cartella di lavoro è com'era prima.",
      nothing: "Nessun calcolo da annullare in questa cartella di lavoro.",
      needsUndo:
        "La scrittura si è interrotta e non è stato possibile ripristinare subito la cartella di lavoro: premere «Annulla ultimo calcolo» per riportarla com'era.",
      rolledBack: "Le modifiche parziali sono state annullate: la cartella di lavoro è com'era prima.",
    },
    working: "Operazione in corso…",
  },
  en: {
    title: "Cruscotto Performance",
    previewBadge: "Browser preview",
    tabs: { analyze: "Analyse", settings: "Settings", run: "Score and write" },
    preview: {
      intro: "Preview outside Excel: open a Performance Plan .xlsx workbook. The file stays on this computer.",
      chooseFile: "Open workbook (.xlsx)",
      loaded: (n) => `Workbook open: ${n}`,
      download: (n) => `Download ${n}`,
      notXlsx: (n) => `File «${n}» is not an .xlsx workbook. Save it from Excel as .xlsx and try again.`,
      cannotOpen: (n, d) => `Cannot read «${n}» (${d}). Open it in Excel, save it again and try again.`,
      tooCostly: (n) => CLI_TEXTS.en.tooCostly(n),
      needFile: "Open a workbook first.",
      selected: (r) => `Cell to check: ${r} (the preview has no Excel selection).`,
    },
    analyze: {
      button: "Analyse the workbook",
      intro: "Reads the workbook without writing anything and shows what was recognised.",
      recognised: "Recognised",
      sheets: "Sheets",
      tables: "Tables",
      units: "Units",
      strategic: "Strategic objectives",
      indicators: "Indicators",
      byKind: "Indicators by target kind",
      diagnostics: "Diagnostics",
      none: "Nothing to report.",
      goToCell: "Go to cell",
      goToCellLabel: (r) => `Go to cell ${r}`,
      showMore: (n) => `Show ${n} more`,
      unusable: "No plan table recognised: nothing will be written.",
    },
    severity: { error: "Error", warning: "Warning", info: "Note" },
    severityPlural: { error: "Errors", warning: "Warnings", info: "Notes" },
    kinds: {
      comparison: "Comparison (≥, ≤, value)",
      deadline: "Deadline",
      qualitative: "Qualitative",
      boolean: "Yes/no, frequency",
      baseline: "Baseline year",
      not_set: "Target not set",
      relative: "Relative to the baseline",
      invalid: "Unreadable",
      none: "No target",
    },
    settings: {
      intro: "Scoring rules (SMVP), saved in the workbook's «Impostazioni Cruscotto» sheet.",
      year: "Evaluation year",
      bandRaggiunto: "Achieved threshold",
      bandParziale: "Partly achieved threshold",
      cap: "Maximum (cap)",
      soglia: "Minimum threshold",
      percentHint: "As a percentage, e.g. 90 or 90%.",
      missingAsZero: "Missing actuals count as zero",
      strictComparisons: "Strict comparisons (> and < exclude the value)",
      areaMethod: "Area method",
      enteMethod: "Ente method",
      areaMethods: { media_unita: "Mean of the units", pool_ponderato: "Weighted pool of the indicators" },
      enteMethods: {
        auto: "Automatic",
        strategico: "Cruscotto's strategic objectives",
        aree: "Mean of the Areas",
        unita: "Mean of the units",
      },
      save: "Save in the workbook",
      saved: "Settings saved in the «Impostazioni Cruscotto» sheet.",
      invalidYear: "Enter a four-digit year between 1990 and 2100.",
      invalidPercent: "Enter a percentage between 0 and 100 (cap: up to 1000).",
      bandsOrder: "The partly achieved threshold cannot exceed the achieved threshold.",
      load: "Read the settings",
    },
    run: {
      button: "Score and write",
      intro: "Scores the plan and writes statuses, achievement and the summary sheet into the workbook.",
      phases: { reading: "Reading the workbook…", scoring: "Scoring…", writing: "Writing…", done: "Done." },
      ente: "Ente",
      method: (m) => `Method: ${m}`,
      areas: "Areas",
      units: "Units",
      chart: "Units' scores",
      noScore: "no value",
      columns: { name: "Unit", score: "Score", coverage: "Coverage", status: "Status" },
      sortBy: (c) => `Sort by ${c}`,
      written: (e, w) => `Results written into the workbook (${e} errors, ${w} warnings: see Analyse).`,
      notWritten: "No plan table recognised: the workbook was not changed.",
    },
    hostErrors: {
      protected: "A sheet to update is protected: nothing was written. Remove the protection and try again.",
      too_large: "The change is too large for Excel: nothing was written. Split the workbook and try again.",
      connection: "The connection with Excel was lost: reopen the pane and try again.",
      changed: "The workbook changed during scoring: try again.",
      unsupported: "This version of Excel lacks the functions needed: update Excel or use Excel on the web.",
      cell_edit_mode: "Excel is editing a cell: press Enter or Esc to finish editing, then try again.",
      inactive: "This workbook is not the active one in Excel: click one of its cells, then try again.",
      busy: "Excel is busy with too many operations: wait a minute, then try again.",
      conflict:
        "A filter, merged cells, a PivotTable or a full sheet prevents the change: remove the filter or free the cells concerned, then try again.",
      invalid:
        "Excel refused the operation: try again; if it happens again, use the command line and report the code below.",
      selection: "Excel cannot select that cell now: click a cell of the sheet, then try again.",
      general:
        "Excel reported an internal error: close any dialog open in Excel and try again; if it happens again, restart Excel.",
      unknown: "Unexpected error: nothing was written. Try again; if it happens again, use the command line.",
    },
    hostCode: (code) => `Excel's code: ${code}.`,
    undo: {
      button: "Undo last run",
      done: "Last run undone: the workbook is as it was before.",
      nothing: "No run to undo in this workbook.",
      needsUndo:
        "Writing stopped and the workbook could not be restored at once: press «Undo last run» to put it back.",
      rolledBack: "The partial changes were undone: the workbook is as it was before.",
    },
    working: "Working…",
  },
});

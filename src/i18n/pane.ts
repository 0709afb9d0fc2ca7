/** Texts of the task pane and of the browser preview, Italian first. Diagnostics use messages.ts. */
import type { HostErrorCode } from "../hosts/types";
import type { Severity } from "../core/diagnostics/types";
import type { TargetKind } from "../core/targets/types";
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";
import { CLI_TEXTS } from "./labels";
import { RECOGNITION_TEXTS, type RecognitionTexts } from "./paneRecognition";
import { term, termLower } from "./glossary";

export interface PaneTexts {
  title: string;
  previewBadge: string;
  /** Short, so that the four tabs hold on one row of a 320 px pane. */
  tabs: { analyze: string; settings: string; run: string };
  /** The help page, linked from the header. */
  help: { link: string; label: string };
  /** «Come si usa»: the strip shown on first use; each step opens its tab. */
  guide: {
    title: string;
    steps: { analyze: string; settings: string; run: string; print: string };
    dismiss: string;
  };
  /** Title of the disclosure holding a library's own error text, kept out of the sentence. */
  technical: string;
  preview: {
    intro: string;
    chooseFile: string;
    loaded: (name: string) => string;
    download: (name: string) => string;
    /** Words after the file's name in the downloaded copy, for what it now holds. */
    suffix: { scored: string; restored: string; edited: string };
    /** Name of the download when the opened file's name has nothing before .xlsx. */
    defaultBase: string;
    notXlsx: (name: string) => string;
    /** Italian only: the library's own (English) words go to the technical details. */
    cannotOpen: (name: string) => string;
    /** The workbook's real content passes the read budget: the CLI's own sentence. */
    tooCostly: (name: string) => string;
    needFile: string;
    selected: (ref: string) => string;
    /** Beside the item whose «Vai alla cella» was pressed: the cell and what it holds now (null: empty). */
    went: (ref: string, value: string | null) => string;
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
    /** Heading of the analysis's result, where the focus goes when it is ready. */
    resultTitle: string;
    /** Said to screen readers (and shown) when an analysis is ready. */
    done: (indicators: number, toComplete: number, errors: number, warnings: number) => string;
    /** The informations (inferred readings), folded by default. */
    infoFolded: string;
    filters: {
      severity: string;
      sheet: string;
      unit: string;
      allSeverities: string;
      allSheets: string;
      allUnits: string;
      /** How many diagnostics the filters leave, of all. */
      shown: (n: number, total: number) => string;
      noneMatch: string;
      clear: string;
    };
  };
  /** «Fogli e colonne»: what was recognised on each sheet, and the officer's corrections. */
  recognition: RecognitionTexts;
  /** «Da completare»: the officer's worklist. */
  todo: {
    title: string;
    intro: string;
    /** One unit's counts of Non rilevato and Non valutabile (a count of zero is not shown). */
    missing: (n: number) => string;
    unscorable: (n: number) => string;
    none: string;
    /** Non valutabile indicators not listed: their target is a baseline year. */
    baselines: (n: number) => string;
    notAchievedTitle: string;
    notAchievedIntro: string;
    notAchievedCount: (n: number) => string;
    noneNotAchieved: string;
    /** What to do at the cell. */
    reasons: { fillActual: string; writeTarget: string; fixActual: string; checkActual: string };
    noCell: string;
    /** From the results of «Calcola»: how many to complete, and the way to the list. */
    summary: (n: number) => string;
    show: string;
  };
  /** «Ultimo calcolo», beside «Annulla ultimo calcolo». */
  lastRun: {
    line: (date: string, time: string, year: number, rules: string) => string;
    /** The workbook holds a run from an earlier session: its time is not recorded. */
    earlier: string;
    bands: (raggiunto: string, parziale: string) => string;
    cap: (cap: string) => string;
    soglia: (soglia: string) => string;
    missingAsZero: string;
    strict: string;
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
    notesWarningsOnly: string;
    areaMethod: string;
    enteMethod: string;
    areaMethods: { media_unita: string; pool_ponderato: string };
    enteMethods: { auto: string; strategico: string; aree: string; unita: string };
    calculation: string;
    calculations: { formule: string; valori: string };
    calculationHint: string;
    save: string;
    saved: string;
    invalidYear: string;
    invalidPercent: string;
    bandsOrder: string;
    load: string;
    /** Said when «Leggi le impostazioni» has filled the form (the focus goes to its first field). */
    loaded: string;
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
    /** Title of the list under the units' table that says what Punteggio and Copertura are. */
    legend: string;
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
    // «Regole», not «Impostazioni»: four labels must hold on one row of a 320 px pane.
    tabs: { analyze: "Analizza", settings: "Regole", run: "Calcola" },
    help: { link: "Guida", label: "Guida del Cruscotto (si apre in una nuova finestra)" },
    guide: {
      title: "Come si usa",
      steps: {
        analyze: "Analizza: cosa è riconosciuto e cosa manca",
        settings: "Regole: anno, soglie e metodi",
        run: "Calcola: scrive i risultati (si può annullare)",
        print: "Stampa: relazione PDF e stampa",
      },
      dismiss: "Chiudi «Come si usa»",
    },
    technical: "Dettagli tecnici (per chi presta assistenza)",
    preview: {
      intro:
        "Anteprima fuori da Excel: aprire una cartella di lavoro .xlsx del Piano della Performance. Il file resta su questo computer.",
      chooseFile: "Apri cartella di lavoro (.xlsx)",
      loaded: (n) => `Cartella di lavoro aperta: ${n}`,
      download: (n) => `Scarica ${n}`,
      suffix: { scored: "valutato", restored: "annullato", edited: "modificato" },
      defaultBase: "cartella",
      notXlsx: (n) =>
        `Il file «${n}» non è una cartella di lavoro .xlsx. Salvarlo da Excel in formato .xlsx e riprovare.`,
      cannotOpen: (n) =>
        `Impossibile leggere «${n}»: il file è danneggiato o non è una cartella di lavoro di Excel. Aprirlo in Excel, salvarlo di nuovo e riprovare.`,
      tooCostly: (n) => CLI_TEXTS.it.tooCostly(n),
      needFile: "Aprire prima una cartella di lavoro.",
      selected: (r) => `Cella da controllare: ${r} (nell'anteprima non c'è una selezione di Excel).`,
      went: (r, v) => `Cella ${r}: ${v === null ? "vuota" : `contiene «${v}»`}.`,
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
      resultTitle: "Risultato dell'analisi",
      done: (i, c, e, w) =>
        `Analisi completata: ${i} indicatori, ${c} da completare, ${e} errori, ${w} avvisi. Nulla è stato scritto.`,
      infoFolded: "Letture dedotte, da controllare solo se un risultato sorprende.",
      filters: {
        severity: "Gravità",
        sheet: "Foglio",
        unit: "Unità",
        allSeverities: "Tutte",
        allSheets: "Tutti i fogli",
        allUnits: "Tutte le unità",
        shown: (n, t) => `Segnalazioni mostrate: ${n} su ${t}.`,
        noneMatch: "Nessuna segnalazione con questi filtri.",
        clear: "Azzera i filtri",
      },
    },
    recognition: RECOGNITION_TEXTS.it,
    todo: {
      title: "Da completare",
      intro:
        "Indicatori senza consuntivo (Non rilevato) o che non si possono valutare (Non valutabile), per unità. «Vai alla cella» porta alla cella da compilare o correggere.",
      missing: (n) => (n === 1 ? "1 non rilevato" : `${n} non rilevati`),
      unscorable: (n) => (n === 1 ? "1 non valutabile" : `${n} non valutabili`),
      none: "Niente da completare: ogni indicatore ha un consuntivo che si può valutare.",
      baselines: (n) =>
        n === 1
          ? "Non è elencato 1 indicatore con target «Anno di rilevazione»: si misura, non si valuta."
          : `Non sono elencati ${n} indicatori con target «Anno di rilevazione»: si misurano, non si valutano.`,
      notAchievedTitle: "Non raggiunti",
      notAchievedIntro:
        "Indicatori sotto la soglia Parzialmente raggiunto: verificare il consuntivo e motivare lo scostamento.",
      notAchievedCount: (n) => (n === 1 ? "1 non raggiunto" : `${n} non raggiunti`),
      noneNotAchieved: "Nessun indicatore Non raggiunto.",
      reasons: {
        fillActual: "Consuntivo da inserire",
        writeTarget: "Target da scrivere",
        fixActual: "Consuntivo da correggere",
        checkActual: "Consuntivo da verificare",
      },
      noCell: "La tabella non ha una colonna per questo valore.",
      summary: (n) => (n === 1 ? "1 indicatore da completare." : `${n} indicatori da completare.`),
      show: "Vedi «Da completare»",
    },
    lastRun: {
      line: (d, t, y, r) => `Ultimo calcolo: ${d}, ${t} · anno ${y} · ${r}`,
      earlier: "Ultimo calcolo: in una sessione precedente (la cartella di lavoro non ne registra data e ora).",
      bands: (r, p) => `Raggiunto ≥ ${r}, Parziale ≥ ${p}`,
      cap: (c) => `${termLower("it", "limiteMassimo")} ${c}`,
      soglia: (s) => `${termLower("it", "sogliaMinima")} ${s}`,
      missingAsZero: "mancanti come zero",
      strict: "confronti stretti",
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
      cap: term("it", "limiteMassimo"),
      soglia: term("it", "sogliaMinima"),
      percentHint: "In percentuale, ad es. 90 o 90%.",
      missingAsZero: "Consuntivi mancanti come zero",
      strictComparisons: "Confronti stretti (> e < non includono il valore)",
      notesWarningsOnly: "Note: solo avvisi (le informazioni di routine restano nel riepilogo)",
      areaMethod: "Metodo Area",
      enteMethod: "Metodo Ente",
      areaMethods: { media_unita: term("it", "mediaUnita"), pool_ponderato: term("it", "mediaPonderata") },
      enteMethods: {
        auto: "Automatico",
        strategico: "Obiettivi strategici del cruscotto",
        aree: "Media delle Aree",
        unita: "Media delle unità",
      },
      calculation: "Calcolo nel foglio",
      calculations: { formule: "Formule (si aggiornano da sole)", valori: "Solo valori" },
      calculationHint:
        "Con le formule, Raggiungimento, Stato e Riepilogo si aggiornano appena si scrive un consuntivo, anche senza il componente.",
      save: "Salva nella cartella di lavoro",
      saved: "Impostazioni salvate nel foglio «Impostazioni Cruscotto».",
      invalidYear: "Scrivere un anno di quattro cifre tra 1990 e 2100.",
      invalidPercent: `Scrivere una percentuale tra 0 e 100 (${termLower("it", "limiteMassimo")}: fino a 1000).`,
      bandsOrder: "La soglia Parzialmente raggiunto non può superare la soglia Raggiunto.",
      load: "Leggi le impostazioni",
      loaded: "Impostazioni lette dalla cartella di lavoro: modificarle e salvarle nella cartella di lavoro.",
    },
    run: {
      button: "Calcola e scrivi",
      intro: `Valuta il piano e scrive nella cartella di lavoro ${termLower("it", "raggiungimento")}, ${termLower("it", "stato")} e note di ogni indicatore e il foglio di riepilogo.`,
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
      chart: `${term("it", "punteggio")} delle unità`,
      noScore: "nessun valore",
      columns: {
        name: "Unità",
        score: term("it", "punteggio"),
        coverage: term("it", "copertura"),
        status: term("it", "stato"),
      },
      legend: "Come si leggono",
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
    tabs: { analyze: "Analyse", settings: "Settings", run: "Score" },
    help: { link: "Help", label: "Cruscotto help (opens in a new window)" },
    guide: {
      title: "How to use it",
      steps: {
        analyze: "Analyse: what is recognised and what is missing",
        settings: "Settings: year and thresholds",
        run: "Score: writes the results (can be undone)",
        print: "Print: PDF report and printing",
      },
      dismiss: "Close «How to use it»",
    },
    technical: "Technical details (for whoever helps)",
    preview: {
      intro: "Preview outside Excel: open a Performance Plan .xlsx workbook. The file stays on this computer.",
      chooseFile: "Open workbook (.xlsx)",
      loaded: (n) => `Workbook open: ${n}`,
      download: (n) => `Download ${n}`,
      suffix: { scored: "scored", restored: "restored", edited: "edited" },
      defaultBase: "workbook",
      notXlsx: (n) => `File «${n}» is not an .xlsx workbook. Save it from Excel as .xlsx and try again.`,
      cannotOpen: (n) =>
        `Cannot read «${n}»: the file is damaged or not an Excel workbook. Open it in Excel, save it again and try again.`,
      tooCostly: (n) => CLI_TEXTS.en.tooCostly(n),
      needFile: "Open a workbook first.",
      selected: (r) => `Cell to check: ${r} (the preview has no Excel selection).`,
      went: (r, v) => `Cell ${r}: ${v === null ? "empty" : `holds «${v}»`}.`,
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
      resultTitle: "Analysis result",
      done: (i, c, e, w) =>
        `Analysis done: ${i} indicators, ${c} to complete, ${e} errors, ${w} warnings. Nothing was written.`,
      infoFolded: "Inferred readings: check them only if a result surprises you.",
      filters: {
        severity: "Severity",
        sheet: "Sheet",
        unit: "Unit",
        allSeverities: "All",
        allSheets: "All sheets",
        allUnits: "All units",
        shown: (n, t) => `Diagnostics shown: ${n} of ${t}.`,
        noneMatch: "No diagnostic matches these filters.",
        clear: "Clear the filters",
      },
    },
    recognition: RECOGNITION_TEXTS.en,
    todo: {
      title: "To complete",
      intro:
        "Indicators with no actual yet (Not measured) or that cannot be assessed (Not assessable), by unit. «Go to cell» takes you to the cell to fill in or fix.",
      missing: (n) => `${n} not measured`,
      unscorable: (n) => `${n} not assessable`,
      none: "Nothing to complete: every indicator has an actual that can be scored.",
      baselines: (n) =>
        n === 1
          ? "1 indicator whose target is a baseline year («Anno di rilevazione») is not listed: it is measured, not scored."
          : `${n} indicators whose target is a baseline year («Anno di rilevazione») are not listed: they are measured, not scored.`,
      notAchievedTitle: "Not achieved",
      notAchievedIntro: "Indicators below the partly achieved threshold: check the actual and explain the shortfall.",
      notAchievedCount: (n) => `${n} not achieved`,
      noneNotAchieved: "No indicator is Not achieved.",
      reasons: {
        fillActual: "Actual to enter",
        writeTarget: "Target to write",
        fixActual: "Actual to correct",
        checkActual: "Actual to check",
      },
      noCell: "The table has no column for this value.",
      summary: (n) => (n === 1 ? "1 indicator to complete." : `${n} indicators to complete.`),
      show: "See «To complete»",
    },
    lastRun: {
      line: (d, t, y, r) => `Last run: ${d}, ${t} · year ${y} · ${r}`,
      earlier: "Last run: in an earlier session (the workbook does not record its date and time).",
      bands: (r, p) => `Achieved ≥ ${r}, Partly ≥ ${p}`,
      cap: (c) => `${termLower("en", "limiteMassimo")} ${c}`,
      soglia: (s) => `${termLower("en", "sogliaMinima")} ${s}`,
      missingAsZero: "missing as zero",
      strict: "strict comparisons",
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
      cap: term("en", "limiteMassimo"),
      soglia: term("en", "sogliaMinima"),
      percentHint: "As a percentage, e.g. 90 or 90%.",
      missingAsZero: "Missing actuals count as zero",
      strictComparisons: "Strict comparisons (> and < exclude the value)",
      notesWarningsOnly: "Notes: warnings only (routine informations stay in the summary)",
      areaMethod: "Area method",
      enteMethod: "Ente method",
      areaMethods: { media_unita: term("en", "mediaUnita"), pool_ponderato: term("en", "mediaPonderata") },
      enteMethods: {
        auto: "Automatic",
        strategico: "Cruscotto's strategic objectives",
        aree: "Mean of the Areas",
        unita: "Mean of the units",
      },
      calculation: "Sheet calculation",
      calculations: { formule: "Formulas (update by themselves)", valori: "Values only" },
      calculationHint:
        "With formulas, Raggiungimento, Stato and Riepilogo update as soon as an actual is typed, even without the add-in.",
      save: "Save in the workbook",
      saved: "Settings saved in the «Impostazioni Cruscotto» sheet.",
      invalidYear: "Enter a four-digit year between 1990 and 2100.",
      invalidPercent: `Enter a percentage between 0 and 100 (${termLower("en", "limiteMassimo")}: up to 1000).`,
      bandsOrder: "The partly achieved threshold cannot exceed the achieved threshold.",
      load: "Read the settings",
      loaded: "Settings read from the workbook: edit them and save them in the workbook.",
    },
    run: {
      button: "Score and write",
      intro: `Scores the plan and writes each indicator's ${termLower("en", "raggiungimento")}, ${termLower("en", "stato")} and notes and the summary sheet into the workbook.`,
      phases: { reading: "Reading the workbook…", scoring: "Scoring…", writing: "Writing…", done: "Done." },
      ente: "Ente",
      method: (m) => `Method: ${m}`,
      areas: "Areas",
      units: "Units",
      chart: `${term("en", "punteggio")} of the units`,
      noScore: "no value",
      columns: {
        name: "Unit",
        score: term("en", "punteggio"),
        coverage: term("en", "copertura"),
        status: term("en", "stato"),
      },
      legend: "How to read them",
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

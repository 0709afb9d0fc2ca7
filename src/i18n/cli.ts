/**
 * The command line's own words: help, option descriptions, argument errors, undo. Commander's built-in
 * English ("Usage:", "error: unknown option") never reaches a person: the runner renders these instead.
 */
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";

export interface CliHelpTexts {
  program: string;
  /** Help section titles, by commander's English title. */
  titles: { usage: string; options: string; arguments: string; commands: string; globalOptions: string };
  /** Placeholders in usage lines. */
  usage: { options: string; command: string };
  helpOption: string;
  helpCommand: string;
  /** The workbook argument: its placeholder in usage lines, and its description. */
  workbookArg: string;
  workbookDescription: string;
  scoredWorkbookDescription: string;
  commands: { score: string; check: string; report: string; undo: string };
  options: {
    output: string;
    json: string;
    checkJson: string;
    year: string;
    /** The Italian spelling of --year. */
    anno: string;
    lang: string;
    inPlace: string;
    pdfOutput: string;
    unit: string;
    date: string;
    undoOutput: string;
    rilevazione: string;
    etichetta: string;
    neutralisedColumn: string;
  };
  /** Placeholders of option values. */
  values: { file: string; year: string; lang: string; name: string; date: string; text: string };
  errors: {
    year: string;
    lang: string;
    date: string;
    rilevazione: string;
    labelWithoutDate: string;
    unknownOption: (option: string) => string;
    unknownCommand: (command: string) => string;
    missingArgument: string;
    missingValue: (option: string) => string;
    tooManyArguments: string;
    noCommand: string;
    internal: (detail: string) => string;
  };
  undo: {
    nothing: (p: string) => string;
    protectedSheet: (sheet: string) => string;
    done: (p: string) => string;
  };
  report: { written: (p: string) => string; unknownUnit: (unit: string, input: string) => string };
}

export const CLI_HELP_TEXTS: Record<Lang, CliHelpTexts> = withPseudo({
  it: {
    program: "Legge, valuta e annota il Piano della Performance tenuto in Excel.",
    titles: {
      usage: "Uso:",
      options: "Opzioni:",
      arguments: "Argomenti:",
      commands: "Comandi:",
      globalOptions: "Opzioni generali:",
    },
    usage: { options: "[opzioni]", command: "[comando]" },
    helpOption: "mostra l'aiuto del comando",
    helpCommand: "mostra l'aiuto di un comando",
    workbookArg: "cartella.xlsx",
    workbookDescription: "cartella di lavoro .xlsx del piano",
    scoredWorkbookDescription: "cartella di lavoro .xlsx già valutata",
    commands: {
      score: "valuta la cartella di lavoro e scrive stati, riepilogo e impostazioni in una nuova cartella",
      check: "legge e segnala, senza scrivere la cartella di lavoro",
      report:
        "produce la relazione PDF: copertina, sintesi, schede delle unità e dei Dirigenti, obiettivi strategici, segnalazioni",
      undo: "annulla l'ultimo calcolo: riporta la cartella di lavoro com'era prima dell'ultimo score",
    },
    options: {
      output: "file .xlsx da scrivere (predefinito: <nome>-valutato.xlsx)",
      json: "scrive anche il rapporto JSON",
      checkJson: "scrive il rapporto JSON",
      year: "anno di valutazione",
      anno: "come --year",
      lang: "lingua dei messaggi, dei testi scritti e della relazione: it | en",
      inPlace: "sovrascrive la cartella di ingresso",
      pdfOutput: "file .pdf da scrivere (predefinito: <nome>-relazione.pdf)",
      unit: "solo la scheda di questa unità (i nomi: cruscotto check)",
      date: "data di elaborazione stampata (predefinita: oggi)",
      undoOutput: "file .xlsx da scrivere (predefinito: <nome>-annullato.xlsx)",
      rilevazione:
        "registra il calcolo come rilevazione a questa data nel foglio «Storico monitoraggi» (la stessa data sostituisce la rilevazione già registrata)",
      etichetta: "nome della rilevazione, ad esempio «Monitoraggio semestrale»",
      neutralisedColumn:
        "aggiunge la colonna Neutralizzato alle tabelle che non ce l'hanno, dopo il Consuntivo: una riga segnata sì o x esce da tutti i totali",
    },
    values: { file: "<file>", year: "<anno>", lang: "<lingua>", name: "<nome>", date: "<aaaa-mm-gg>", text: "<testo>" },
    errors: {
      year: "L'anno deve essere un numero di quattro cifre, ad esempio 2022: correggere --year (o --anno) e riprovare.",
      lang: "La lingua deve essere it oppure en: correggere --lang e riprovare.",
      date: "La data deve essere nella forma aaaa-mm-gg, ad esempio 2023-03-31: correggere --date e riprovare.",
      rilevazione:
        "La data della rilevazione deve essere un giorno del calendario nella forma aaaa-mm-gg, ad esempio 2024-06-30: correggere --rilevazione e riprovare.",
      labelWithoutDate:
        "L'etichetta dà il nome a una rilevazione: indicare anche la sua data con --rilevazione aaaa-mm-gg, oppure togliere --etichetta.",
      unknownOption: (o) =>
        `L'opzione «${o}» non esiste. Le opzioni di ogni comando sono elencate da «cruscotto help <comando>».`,
      unknownCommand: (c) =>
        `Il comando «${c}» non esiste. Usare score, check, report o undo («cruscotto help» li descrive).`,
      missingArgument:
        "Manca la cartella di lavoro. Indicare il file .xlsx dopo il nome del comando, ad esempio «cruscotto check piano.xlsx».",
      missingValue: (o) => `Manca il valore dell'opzione «${o}». Scriverlo dopo l'opzione e riprovare.`,
      tooManyArguments:
        "Troppi argomenti: il comando accetta un solo file. Racchiudere tra virgolette un percorso con spazi.",
      noCommand: "Nessun comando indicato. Usare score, check, report o undo («cruscotto help» li descrive).",
      internal: (d) => `Errore interno del Cruscotto: ${d}. Segnalarlo allegando il file.`,
    },
    undo: {
      nothing: (p) =>
        `Nulla da annullare in «${p}»: la cartella di lavoro non contiene un calcolo del Cruscotto da annullare.`,
      protectedSheet: (s) =>
        `Il foglio «${s}» è protetto: non è stato annullato nulla. Rimuovere la protezione e riprovare.`,
      done: (p) => `Ultimo calcolo annullato: cartella di lavoro scritta in ${p}`,
    },
    report: {
      written: (p) => `Relazione PDF scritta: ${p}`,
      unknownUnit: (u, i) =>
        `Unità «${u}» non trovata nel piano: i nomi delle unità sono elencati da «cruscotto check ${i}».`,
    },
  },
  en: {
    program: "Reads, scores and annotates the Performance Plan kept in Excel.",
    titles: {
      usage: "Usage:",
      options: "Options:",
      arguments: "Arguments:",
      commands: "Commands:",
      globalOptions: "Global options:",
    },
    usage: { options: "[options]", command: "[command]" },
    helpOption: "show help for the command",
    helpCommand: "show help for a command",
    workbookArg: "workbook.xlsx",
    workbookDescription: "the plan's .xlsx workbook",
    scoredWorkbookDescription: "an .xlsx workbook already scored",
    commands: {
      score: "scores the workbook and writes statuses, summary and settings into a new workbook",
      check: "reads and reports, without writing the workbook",
      report: "produces the PDF report: cover, summary, unit and Director sheets, strategic objectives, diagnostics",
      undo: "undoes the last run: puts the workbook back as it was before the last score",
    },
    options: {
      output: ".xlsx file to write (default: <name>-valutato.xlsx)",
      json: "also writes the JSON report",
      checkJson: "writes the JSON report",
      year: "evaluation year",
      anno: "same as --year",
      lang: "language of messages, written texts and the report: it | en",
      inPlace: "overwrites the input workbook",
      pdfOutput: ".pdf file to write (default: <name>-relazione.pdf)",
      unit: "only this unit's sheet (the names: cruscotto check)",
      date: "processing date printed (default: today)",
      undoOutput: ".xlsx file to write (default: <name>-annullato.xlsx)",
      rilevazione:
        "records the run as a monitoring point on this date in sheet «Storico monitoraggi» (the same date replaces the point already recorded)",
      etichetta: "name of the monitoring point, such as «Monitoraggio semestrale»",
      neutralisedColumn:
        "adds a Neutralizzato column after the Consuntivo to the tables without one: a row marked sì or x leaves every total",
    },
    values: {
      file: "<file>",
      year: "<year>",
      lang: "<language>",
      name: "<name>",
      date: "<yyyy-mm-dd>",
      text: "<text>",
    },
    errors: {
      year: "The year must be a four-digit number, such as 2022: correct --year (or --anno) and try again.",
      lang: "The language must be it or en: correct --lang and try again.",
      date: "The date must be written yyyy-mm-dd, such as 2023-03-31: correct --date and try again.",
      rilevazione:
        "The monitoring point's date must be a calendar day written yyyy-mm-dd, such as 2024-06-30: correct --rilevazione and try again.",
      labelWithoutDate:
        "The label names a monitoring point: give its date too with --rilevazione yyyy-mm-dd, or leave out --etichetta.",
      unknownOption: (o) => `There is no option «${o}». «cruscotto help <command>» lists each command's options.`,
      unknownCommand: (c) =>
        `There is no command «${c}». Use score, check, report or undo («cruscotto help» describes them).`,
      missingArgument:
        "The workbook is missing. Give the .xlsx file after the command's name, for example «cruscotto check plan.xlsx».",
      missingValue: (o) => `Option «${o}» needs a value. Write it after the option and try again.`,
      tooManyArguments: "Too many arguments: the command takes one file. Put a path with spaces in quotes.",
      noCommand: "No command given. Use score, check, report or undo («cruscotto help» describes them).",
      internal: (d) => `Internal error of the Cruscotto: ${d}. Please report it with the file attached.`,
    },
    undo: {
      nothing: (p) => `Nothing to undo in «${p}»: the workbook holds no Cruscotto run to undo.`,
      protectedSheet: (s) => `Sheet «${s}» is protected: nothing was undone. Remove the protection and try again.`,
      done: (p) => `Last run undone: workbook written to ${p}`,
    },
    report: {
      written: (p) => `PDF report written: ${p}`,
      unknownUnit: (u, i) => `Unit «${u}» not found in the plan: «cruscotto check ${i}» lists the units' names.`,
    },
  },
});

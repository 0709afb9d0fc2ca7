#!/usr/bin/env node
/** `cruscotto`: the command line host of the engine (the same pipeline as the task pane). */
import { Command, InvalidArgumentError } from "commander";
import { checkCommand, scoreCommand, type Io, type ScoreOptions } from "./commands";
import type { Lang } from "../i18n/messages";
import { parseIsoDate, reportCommand } from "./report";
import { undoCommand } from "./undo";

const io: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  progress: (line) => {
    if (process.stderr.isTTY) process.stderr.write(line + "\n");
  },
};

function parseYear(value: string): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new InvalidArgumentError("l'anno deve essere un numero di quattro cifre, ad esempio 2022.");
  }
  return year;
}

function parseLang(value: string): Lang {
  if (value !== "it" && value !== "en") throw new InvalidArgumentError("la lingua deve essere it oppure en.");
  return value;
}

interface CommandOptions {
  output?: string;
  json?: string;
  year?: number;
  lang?: Lang;
  inPlace?: boolean;
}

const toScoreOptions = (o: CommandOptions): ScoreOptions => ({ ...o });

const program = new Command();
program
  .name("cruscotto")
  .description("Legge, valuta e annota il Piano della Performance tenuto in Excel.")
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

program
  .command("score")
  .description("valuta la cartella di lavoro e scrive stati, riepilogo e impostazioni in una nuova cartella")
  .argument("<workbook>", "cartella di lavoro .xlsx del piano")
  .option("-o, --output <file>", "file .xlsx da scrivere (predefinito: <nome>-valutato.xlsx)")
  .option("--json <file>", "scrive anche il rapporto JSON")
  .option("--year <anno>", "anno di valutazione", parseYear)
  .option("--lang <lingua>", "lingua dei messaggi: it | en", parseLang)
  .option("--in-place", "sovrascrive la cartella di ingresso")
  .action(async (workbook: string, options: CommandOptions) => {
    process.exitCode = await scoreCommand(workbook, toScoreOptions(options), io);
  });

program
  .command("check")
  .description("legge e segnala, senza scrivere la cartella di lavoro")
  .argument("<workbook>", "cartella di lavoro .xlsx del piano")
  .option("--json <file>", "scrive il rapporto JSON")
  .option("--year <anno>", "anno di valutazione", parseYear)
  .option("--lang <lingua>", "lingua dei messaggi: it | en", parseLang)
  .action(async (workbook: string, options: CommandOptions) => {
    process.exitCode = await checkCommand(workbook, toScoreOptions(options), io);
  });

program
  .command("report")
  .description("produce la relazione PDF: copertina, sintesi, schede delle unità e dei Dirigenti, obiettivi strategici, segnalazioni")
  .argument("<workbook>", "cartella di lavoro .xlsx del piano")
  .option("-o, --output <file>", "file .pdf da scrivere (predefinito: <nome>-relazione.pdf)")
  .option("--unit <nome>", "solo la scheda di questa unità (i nomi: cruscotto check)")
  .option("--year <anno>", "anno di valutazione", parseYear)
  .option("--lang <lingua>", "lingua della relazione: it | en", parseLang)
  .option("--date <aaaa-mm-gg>", "data di elaborazione stampata (predefinita: oggi)", parseIsoDate)
  .action(async (workbook: string, options: { output?: string; unit?: string; year?: number; lang?: Lang; date?: string }) => {
    process.exitCode = await reportCommand(workbook, options, io);
  });

program
  .command("undo")
  .description("annulla l'ultimo calcolo: riporta la cartella di lavoro com'era prima dell'ultimo score")
  .argument("<workbook>", "cartella di lavoro .xlsx già valutata")
  .option("-o, --output <file>", "file .xlsx da scrivere (predefinito: <nome>-annullato.xlsx)")
  .option("--in-place", "sovrascrive la cartella di ingresso")
  .action(async (workbook: string, options: { output?: string; inPlace?: boolean }) => {
    process.exitCode = await undoCommand(workbook, options, io);
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`Errore interno del Cruscotto: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(2);
});

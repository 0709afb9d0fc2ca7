/**
 * The one entry of the command line: reads --lang first (so that help and argument errors already speak
 * the chosen language), builds the commands from the catalogs, runs one, and turns every failure into
 * exit 2 with one sentence. Returns the exit code instead of exiting, so tests call it in-process.
 */
import { Command, CommanderError, Help, InvalidArgumentError } from "commander";
import { CLI_HELP_TEXTS, type CliHelpTexts } from "../i18n/cli";
import { parseLangCode, type Lang } from "../i18n/messages";
import { checkCommand, EXIT_OK, EXIT_UNUSABLE, failure, scoreCommand, type ScoreOptions } from "./commands";
import type { Io } from "./io";
import { readIsoDate, reportCommand } from "./report";
import { undoCommand } from "./undo";

export interface CliRun {
  /** The arguments after the program's name. */
  argv: readonly string[];
  io: Io;
}

const COMMANDS = ["score", "check", "report", "undo"] as const;

/** The --lang value wherever it is written (--lang en, --lang=en); null when absent or not a language. */
export function langInArgs(argv: readonly string[]): { lang: Lang; invalid: boolean } {
  for (let i = 0; i < argv.length; i++) {
    const written = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    if (written === undefined) continue;
    const lang = parseLangCode(written);
    return lang === null ? { lang: "it", invalid: true } : { lang, invalid: false };
  }
  return { lang: "it", invalid: false };
}

interface ArgError {
  sentence: string | null;
}

function buildProgram(t: CliHelpTexts, io: Io, argError: ArgError, exit: { code: number }): Command {
  const reject = (sentence: string): never => {
    argError.sentence = sentence;
    throw new InvalidArgumentError(sentence);
  };
  const year = (value: string): number => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : reject(t.errors.year);
  };
  const lang = (value: string): Lang => parseLangCode(value) ?? reject(t.errors.lang);
  const date = (value: string): string => readIsoDate(value) ?? reject(t.errors.date);
  const pointDate = (value: string): string => readIsoDate(value) ?? reject(t.errors.rilevazione);
  const titles: Record<string, string> = {
    "Usage:": t.titles.usage,
    "Options:": t.titles.options,
    "Arguments:": t.titles.arguments,
    "Commands:": t.titles.commands,
    "Global Options:": t.titles.globalOptions,
  };

  const placeholders = (usage: string): string =>
    usage.replace("[options]", t.usage.options).replace("[command]", t.usage.command);
  const program = new Command();
  program
    .name("cruscotto")
    .description(t.program)
    .helpOption("-h, --help", t.helpOption)
    .helpCommand(`help ${t.usage.command}`, t.helpCommand)
    .configureHelp({
      styleTitle: (title) => titles[title] ?? title,
      commandUsage(this: Help, cmd) {
        return placeholders(Help.prototype.commandUsage.call(this, cmd));
      },
      subcommandTerm(this: Help, cmd) {
        return placeholders(Help.prototype.subcommandTerm.call(this, cmd));
      },
    })
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
      outputError: () => undefined,
    })
    .exitOverride();
  const v = t.values;
  const langOption = (cmd: Command): Command => cmd.option(`--lang ${v.lang}`, t.options.lang, lang);
  // «--anno» for the officers who write in Italian: the same option as --year (--year wins when both are given).
  const withYear = <T extends { year?: number; anno?: number }>(o: T): Omit<T, "anno"> => {
    const { anno, ...rest } = o;
    return rest.year === undefined && anno !== undefined ? { ...rest, year: anno } : rest;
  };

  langOption(
    program
      .command("score")
      .description(t.commands.score)
      .argument(`<${t.workbookArg}>`, t.workbookDescription)
      .option(`-o, --output ${v.file}`, t.options.output)
      .option(`--json ${v.file}`, t.options.json)
      .option(`--year ${v.year}`, t.options.year, year)
      .option(`--anno ${v.year}`, t.options.anno, year)
      .option("--in-place", t.options.inPlace)
      .option(`--rilevazione ${v.date}`, t.options.rilevazione, pointDate)
      .option(`--etichetta ${v.text}`, t.options.etichetta)
      .option("--colonna-neutralizzato", t.options.neutralisedColumn),
  ).action(async (workbook: string, raw: ScoreOptions & { anno?: number }) => {
    const o = withYear(raw);
    if (o.etichetta !== undefined && o.rilevazione === undefined) {
      io.err(t.errors.labelWithoutDate);
      exit.code = EXIT_UNUSABLE;
      return;
    }
    exit.code = await scoreCommand(workbook, o, io);
  });

  langOption(
    program
      .command("check")
      .description(t.commands.check)
      .argument(`<${t.workbookArg}>`, t.workbookDescription)
      .option(`--json ${v.file}`, t.options.checkJson)
      .option(`--year ${v.year}`, t.options.year, year)
      .option(`--anno ${v.year}`, t.options.anno, year),
  ).action(async (workbook: string, o: { json?: string; year?: number; anno?: number; lang?: Lang }) => {
    exit.code = await checkCommand(workbook, withYear(o), io);
  });

  langOption(
    program
      .command("report")
      .description(t.commands.report)
      .argument(`<${t.workbookArg}>`, t.workbookDescription)
      .option(`-o, --output ${v.file}`, t.options.pdfOutput)
      .option(`--unit ${v.name}`, t.options.unit)
      .option(`--year ${v.year}`, t.options.year, year)
      .option(`--anno ${v.year}`, t.options.anno, year)
      .option(`--date ${v.date}`, t.options.date, date),
  ).action(
    async (
      workbook: string,
      o: { output?: string; unit?: string; year?: number; anno?: number; lang?: Lang; date?: string },
    ) => {
      exit.code = await reportCommand(workbook, withYear(o), io);
    },
  );

  langOption(
    program
      .command("undo")
      .description(t.commands.undo)
      .argument(`<${t.workbookArg}>`, t.scoredWorkbookDescription)
      .option(`-o, --output ${v.file}`, t.options.undoOutput)
      .option("--in-place", t.options.inPlace),
  ).action(async (workbook: string, o: { output?: string; inPlace?: boolean; lang?: Lang }) => {
    exit.code = await undoCommand(workbook, o, io);
  });
  return program;
}

/** Commander's own errors, as one sentence of the catalog. */
function argumentSentence(err: CommanderError, t: CliHelpTexts, argError: ArgError): string {
  const quoted = /'([^']*)'/.exec(err.message)?.[1] ?? "";
  switch (err.code) {
    case "commander.invalidArgument":
      return argError.sentence ?? t.errors.lang;
    case "commander.unknownOption":
      return t.errors.unknownOption(quoted);
    case "commander.unknownCommand":
      return t.errors.unknownCommand(quoted);
    case "commander.missingArgument":
      return t.errors.missingArgument;
    case "commander.optionMissingArgument":
      return t.errors.missingValue(quoted.split(/[ ,]/)[0]);
    case "commander.excessArguments":
      return t.errors.tooManyArguments;
    default:
      return t.errors.noCommand;
  }
}

/** Help as the person asked for it: `help`, `help <command>`, `-h` / `--help` anywhere. */
function helpTarget(argv: readonly string[]): { asked: boolean; command: string | null } {
  const words = argv.filter((a, i) => !a.startsWith("-") && argv[i - 1] !== "--lang");
  const command = words.find((w) => (COMMANDS as readonly string[]).includes(w)) ?? null;
  const asked = words[0] === "help" || argv.includes("-h") || argv.includes("--help");
  return { asked, command };
}

export async function runCli({ argv, io }: CliRun): Promise<number> {
  const { lang, invalid } = langInArgs(argv);
  const t = CLI_HELP_TEXTS[lang];
  if (invalid) {
    io.err(t.errors.lang);
    return EXIT_UNUSABLE;
  }
  const argError: ArgError = { sentence: null };
  const exit = { code: EXIT_OK };
  const program = buildProgram(t, io, argError, exit);
  const help = helpTarget(argv);
  if (help.asked) {
    const target = help.command === null ? program : program.commands.find((c) => c.name() === help.command);
    io.out((target ?? program).helpInformation().trimEnd());
    return EXIT_OK;
  }
  if (argv.length === 0) {
    io.err(t.errors.noCommand);
    io.err(program.helpInformation().trimEnd());
    return EXIT_UNUSABLE;
  }
  try {
    await program.parseAsync([...argv], { from: "user" });
    return exit.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      io.err(argumentSentence(err, t, argError));
      return EXIT_UNUSABLE;
    }
    return failure(err, io, lang);
  }
}

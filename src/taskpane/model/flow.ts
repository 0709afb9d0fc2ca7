/**
 * The pane's three actions on a host, free of React: the same pipeline as the CLI
 * (host.read() -> runPipeline -> host.apply(writePlan)), with no option the CLI does not pass by default:
 * the run's date is today, as the CLI's; a monitoring point and the Neutralizzato column only when the
 * person asks for them in «Calcola» (the CLI's --rilevazione and --colonna-neutralizzato).
 */
import type { Diagnostic } from "../../core/diagnostics/types";
import type { WorkbookGrid } from "../../core/grid/types";
import type { Settings } from "../../core/settings/types";
import { isUnusable, runPipeline, type RunResult } from "../../core/pipeline";
import { settingsWritePlan } from "../../core/write/settingsWrite";
import { HostError, type WorkbookHost } from "../../hosts/types";
import { planUndo, recordUndo } from "../../core/undo";
import type { MonitoringRequest } from "../../core/monitoring/types";
import { todayIso } from "./dates";

export type Phase = "reading" | "scoring" | "writing" | "done";

export interface Analysis {
  workbook: WorkbookGrid;
  result: RunResult;
}

export interface RunOutcome extends Analysis {
  /** False when the workbook held no plan table: like the CLI, nothing is written then. */
  written: boolean;
}

/** Lets the browser paint the progress bar between phases (the pipeline itself is synchronous). */
export const nextPaint = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** What «Calcola e scrivi» may be asked for beyond the plain run. */
export interface RunChoices {
  /** The run's date (ISO), default today: the trend compares with the latest point before it. */
  runDate?: string;
  /** «Registra come rilevazione al [data]»: the point to record. */
  monitoring?: MonitoringRequest;
  /** «Aggiungi la colonna Neutralizzato». */
  createNeutralisedColumn?: boolean;
}

/** Analizza: read and score, write nothing; the trend compares with the latest point before `runDate` (today). */
export async function analyze(host: WorkbookHost, runDate: string = todayIso()): Promise<Analysis> {
  const workbook = await host.read();
  return { workbook, result: runPipeline(workbook, { writes: false, runDate }) };
}

/** Calcola e scrivi. `onPhase` is told each phase before it starts, then "done". */
export async function scoreAndWrite(
  host: WorkbookHost,
  onPhase: (phase: Phase) => void,
  pause: () => Promise<void> = nextPaint,
  choices: RunChoices = {},
): Promise<RunOutcome> {
  for (let attempt = 1; ; attempt++) {
    onPhase("reading");
    await pause();
    const workbook = await host.read();
    onPhase("scoring");
    await pause();
    const result = runPipeline(workbook, {
      runDate: choices.runDate ?? todayIso(),
      ...(choices.monitoring ? { monitoring: choices.monitoring } : {}),
      createNeutralisedColumn: choices.createNeutralisedColumn === true,
    });
    if (isUnusable(result)) {
      onPhase("done");
      return { workbook, result, written: false };
    }
    onPhase("writing");
    await pause();
    try {
      // With its undo log: "Annulla ultimo calcolo" puts back what this run changes.
      await host.apply(recordUndo(workbook, result.writePlan));
    } catch (err) {
      // Edited between our read and our write: nothing was written; read again and score what is there now.
      if (err instanceof HostError && err.code === "changed" && attempt < MAX_ATTEMPTS) continue;
      throw err;
    }
    onPhase("done");
    return { workbook, result, written: true };
  }
}

/** Runs after a "changed" refusal: a person still typing gets a message instead of an endless loop. */
const MAX_ATTEMPTS = 3;

/**
 * Annulla ultimo calcolo: puts the workbook back as it was before the last run, from the run's undo log.
 * Returns false (writing nothing) when there is nothing to undo; diagnostics that stop it (a protected
 * sheet) come back as the second element.
 */
export async function undoLast(host: WorkbookHost): Promise<{ undone: boolean; diagnostics: Diagnostic[] }> {
  const undo = planUndo(await host.read());
  if (!undo) return { undone: false, diagnostics: [] };
  const stopping = undo.diagnostics.filter((d) => d.severity === "error");
  if (stopping.length > 0) return { undone: false, diagnostics: stopping };
  await host.apply(undo.writePlan);
  return { undone: true, diagnostics: [] };
}

/** Impostazioni: the settings as the pipeline reads them now (sheet, else defaults). */
export async function loadSettings(host: WorkbookHost): Promise<Settings> {
  const { result } = await analyze(host);
  return result.settings;
}

/** Saves into the settings sheet; returns the diagnostics that stopped it (a protected sheet), else []. */
export async function saveSettings(host: WorkbookHost, settings: Settings): Promise<Diagnostic[]> {
  const workbook = await host.read();
  const { writePlan, diagnostics } = settingsWritePlan(workbook, settings);
  if (diagnostics.length > 0) return diagnostics;
  await host.apply(writePlan);
  return [];
}

/**
 * The pane's three actions on a host, free of React: the same pipeline as the CLI
 * (host.read() -> runPipeline -> host.apply(writePlan)), with no option the CLI does not pass by default.
 */
import type { Diagnostic } from "../../core/diagnostics/types";
import type { WorkbookGrid } from "../../core/grid/types";
import type { Settings } from "../../core/settings/types";
import { isUnusable, runPipeline, type RunResult } from "../../core/pipeline";
import { settingsWritePlan } from "../../core/write/settingsWrite";
import type { WorkbookHost } from "../../hosts/types";

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

/** Analizza: read and score, write nothing. */
export async function analyze(host: WorkbookHost): Promise<Analysis> {
  const workbook = await host.read();
  return { workbook, result: runPipeline(workbook) };
}

/** Calcola e scrivi. `onPhase` is told each phase before it starts, then "done". */
export async function scoreAndWrite(
  host: WorkbookHost,
  onPhase: (phase: Phase) => void,
  pause: () => Promise<void> = nextPaint,
): Promise<RunOutcome> {
  onPhase("reading");
  await pause();
  const workbook = await host.read();
  onPhase("scoring");
  await pause();
  const result = runPipeline(workbook);
  if (isUnusable(result)) {
    onPhase("done");
    return { workbook, result, written: false };
  }
  onPhase("writing");
  await pause();
  await host.apply(result.writePlan);
  onPhase("done");
  return { workbook, result, written: true };
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

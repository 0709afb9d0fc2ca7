/**
 * Reads the transcribed 2022 plan (examples/plan-2022/*.tsv; examples/plan-2022/README.md says where it comes from).
 * The TSVs have no quoting: cells contain `"`, so a line is split on tabs and nothing else.
 */
import * as fs from "fs";
import * as path from "path";

/** The repo root, found from this file (scripts/lib/) so that it works from any cwd. */
export const REPO_ROOT = path.resolve(__dirname, "..", "..");

/** The plan data ships inside the repository, so a bare clone can build the example and run the tests. */
export const DEFAULT_PLAN_DIR = path.resolve(REPO_ROOT, "examples", "plan-2022");

/** One TSV file as rows of cells (row i = worksheet row i + 1). */
export type TsvRows = string[][];

export class PlanDataMissingError extends Error {
  constructor(
    readonly planDir: string,
    readonly missing: string,
  ) {
    super(
      `Dati del piano non trovati: manca ${missing} in ${planDir}. ` +
        `Servono i file TSV di examples/plan-2022/ (relativo alla radice del repository).`,
    );
    this.name = "PlanDataMissingError";
  }
}

export function parseTsv(text: string): TsvRows {
  const lines = text.split("\n");
  // A final LF leaves an empty last element: it is not a row.
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((line) => line.replace(/\r$/, "").split("\t"));
}

export function readTsv(planDir: string, file: string): TsvRows {
  const full = path.join(planDir, file);
  if (!fs.existsSync(full)) throw new PlanDataMissingError(planDir, file);
  return parseTsv(fs.readFileSync(full, "utf8"));
}

/** Fails early, with one clear message, when the folder or any of the files is absent. */
export function assertPlanDir(planDir: string, files: readonly string[]): void {
  if (!fs.existsSync(planDir)) throw new PlanDataMissingError(planDir, "la cartella");
  for (const f of files) if (!fs.existsSync(path.join(planDir, f))) throw new PlanDataMissingError(planDir, f);
}

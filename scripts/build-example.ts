/**
 * npm run example — builds examples/piano-performance-2022.xlsx from examples/plan-2022/*.tsv.
 * Options: --plan-dir <dir> (default examples/plan-2022 in the repo), --out <file>.
 */
import * as path from "path";
import { REPO_ROOT, DEFAULT_PLAN_DIR, PlanDataMissingError } from "./lib/plan-data";
import { writeExampleWorkbook } from "./lib/example-builder";

export const EXAMPLE_PATH = path.join(REPO_ROOT, "examples", "piano-performance-2022.xlsx");

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const planDir = path.resolve(option("--plan-dir") ?? DEFAULT_PLAN_DIR);
  const out = path.resolve(option("--out") ?? EXAMPLE_PATH);
  await writeExampleWorkbook(out, planDir);
  console.log(`Scritto ${path.relative(process.cwd(), out) || out}`);
}

main().catch((err: unknown) => {
  if (err instanceof PlanDataMissingError) {
    console.error(err.message);
  } else {
    console.error(err);
  }
  process.exitCode = 1;
});

/**
 * The Office host's suites, on the Excel fake that keeps Microsoft's documented behaviours, then the
 * number of those behaviours as the last line:
 *   tsx scripts/test-office.ts [jest options]      exit code: jest's
 * The line comes after jest's own output, which would otherwise bury it: the count is read from the
 * catalogue each behaviour test runs from, so the two cannot disagree.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { DOCUMENTED_BEHAVIOURS } from "../test/fakes/documented-behaviours";

const ROOT = path.resolve(__dirname, "..");
/** Every suite that runs the Office host or its fake. */
export const OFFICE_SUITES = [
  "test/integration/hosts/office/",
  "test/integration/hosts/page-setup.test.ts",
  "test/integration/hosts/write-plan-contract.test.ts",
];

const jest = path.join(ROOT, "node_modules", "jest", "bin", "jest.js");
const run = spawnSync(
  process.execPath,
  [jest, "--selectProjects", "integration", "--verbose=false", ...process.argv.slice(2), "--", ...OFFICE_SUITES],
  {
    cwd: ROOT,
    stdio: "inherit",
  },
);
process.stdout.write(`comportamenti documentati: ${DOCUMENTED_BEHAVIOURS.length}\n`);
process.exit(run.status ?? 1);

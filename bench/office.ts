/**
 * Office host figures for `npm run bench`: syncs of a whole read + score + write of the example workbook
 * and of a generated 50k-indicator plan on the Excel fake, and the largest request of the latter.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { generatePlan } from "./generate";
import { MODERN, officeFlow, type OfficeOutcome } from "../test/fakes/office-flow";
import type { RunOptions } from "../src/core/pipeline";

export interface OfficeFigures {
  syncsExample: number;
  /** With formulas, the default. */
  syncs50k: number;
  /** With «Calcolo nel foglio» = valori. */
  syncs50kValori: number;
  maxRequestBytes50k: number;
}

export const EXAMPLE_WORKBOOK = path.resolve(__dirname, "..", "examples", "piano-performance-2022.xlsx");

/** The 50k run in full, for the test that also checks its chunks. */
export async function office50k(indicators = 50_000, options: RunOptions = {}): Promise<OfficeOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "cruscotto-office-"));
  try {
    const file = path.join(dir, `plan-${indicators}.xlsx`);
    await generatePlan(indicators, file);
    return await officeFlow(file, MODERN, options);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function officeFigures(): Promise<OfficeFigures> {
  const example = await officeFlow(EXAMPLE_WORKBOOK, MODERN);
  const big = await office50k();
  // The same plan written as values («Calcolo nel foglio» = valori): what the formulas cost in round trips.
  const values = await office50k(50_000, { calculation: "valori" });
  return {
    syncsExample: example.syncs,
    syncs50k: big.syncs,
    syncs50kValori: values.syncs,
    maxRequestBytes50k: Math.max(...big.requestBytes),
  };
}

if (require.main === module) {
  officeFigures()
    .then((f) => console.log(JSON.stringify(f)))
    .catch((err: unknown) => {
      console.error(err);
      process.exit(1);
    });
}

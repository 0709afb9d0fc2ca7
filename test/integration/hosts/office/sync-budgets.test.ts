/** Sync and payload budgets on the fake: a 50k-indicator plan in 3 syncs plus the chunks it needs, each request and response under 5 MB. */
import { EXAMPLE_WORKBOOK, office50k } from "../../../../bench/office";
import { cellsOf, writePlan } from "../../../../src/core/write/steps";
import { chunkBytes, planOfficeWrites } from "../../../../src/hosts/office";
import { cliFlow } from "../../../fakes/office-flow";
import type { WritePlan } from "../../../../src/core/write/types";

const FIVE_MB = 5_000_000;

describe("Office host on a generated 50k-indicator plan", () => {
  it("with formulas: every request under 5 MB, in at most 20 syncs", async () => {
    const run = await office50k();
    const chunks = run.stats.applySyncs;
    console.log(`50k with formulas: ${run.syncs} syncs (write ${chunks}); requests ${run.requestBytes.join(", ")}`);
    expect(Math.max(...run.requestBytes)).toBeLessThan(FIVE_MB);
    // The host's estimate of each write request bounds what was sent: conditional formats on many ranges too.
    run.requestBytes
      .slice(run.stats.readSyncs)
      .forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(run.stats.applyRequestEstimates[i]));
    // Two hundred characters of formula per cell against a number: the price of a live workbook at 50k rows.
    expect(run.syncs).toBeLessThanOrEqual(20);
  }, 600_000);

  it("reads in bands when one response would pass 5 MB, writes in as many syncs as its chunks, every request and response under 5 MB", async () => {
    // Values, as before formulas: the round trips the reading and the chunking themselves cost.
    const run = await office50k(50_000, { calculation: "valori" });
    const chunks = run.stats.applySyncs;
    const reads = run.stats.readSyncs;
    console.log(
      `50k: ${run.syncs} syncs (read ${reads}, write ${chunks}); requests ${run.requestBytes.join(", ")} bytes; ` +
        `responses ${run.responseBytes.join(", ")} bytes; host estimates ${run.stats.applyRequestEstimates.join(", ")}`,
    );
    expect(run.result.plan.indicators.length).toBeGreaterThanOrEqual(50_000);
    expect(run.syncs).toBe(reads + chunks);
    // The whole-workbook read (sync 2) is refused as Excel on the web refuses it; then sizes (sync 3), then bands.
    expect(run.responseBytes[1]).toBeGreaterThan(FIVE_MB);
    const bands = reads - 3;
    expect(bands).toBeGreaterThan(1);
    expect(run.syncs).toBeLessThanOrEqual(3 + bands + chunks);
    run.responseBytes.forEach((bytes, i) => {
      if (i !== 1) expect(bytes).toBeLessThan(FIVE_MB);
    });
    // Bands and chunks sized from measured bytes, not from a fixed cell count or a doubled estimate.
    expect(run.syncs).toBeLessThanOrEqual(12);
    // Split because it had to be: the plan does not fit one request.
    expect(chunks).toBeGreaterThan(1);
    expect(Math.max(...run.requestBytes)).toBeLessThan(FIVE_MB);
    // The host's estimate of each write request bounds what was actually sent.
    run.requestBytes
      .slice(reads)
      .forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(run.stats.applyRequestEstimates[i]));
    // The workbook holds what the plan said: every status cell written.
    const status = cellsOf(run.result.writePlan).filter((c) => c.style?.fill !== undefined && c.row > 0);
    const sample = status.filter((_, i) => i % 997 === 0);
    for (const c of sample) expect(run.fake.state.sheet(c.sheet)?.cell(c.row, c.col)?.value).toBe(c.value);
  }, 600_000);
});

describe("planOfficeWrites", () => {
  const plan = (n: number): WritePlan =>
    writePlan({
      removeNames: ["CP_OWN_1"],
      clears: [{ sheet: "S", top: 0, left: 0, bottom: n, right: 2 }],
      cells: Array.from({ length: n }, (_, i) => ({
        sheet: "S",
        row: i,
        col: 0,
        value: `nota ${i} `.repeat(20),
        style: { fill: "C6EFCE" },
      })),
      setNames: [{ name: "CP_OWN_1", sheet: "S", range: "$A$1:$C$10" }],
    });
  const opts = { cellProperties: false, maxRequestBytes: 1_000_000, knownFormat: (): undefined => undefined };

  it("keeps a small plan in one sync with names first, and splits a large one under the budget", () => {
    const small = planOfficeWrites(plan(10), opts);
    expect(small).toHaveLength(1);
    expect(small[0].map((o) => o.kind).slice(0, 3)).toEqual(["deleteName", "clear", "addName"]);
    const large = planOfficeWrites(plan(20_000), opts);
    expect(large.length).toBeGreaterThan(1);
    for (const chunk of large) expect(chunkBytes(chunk)).toBeLessThanOrEqual(opts.maxRequestBytes);
    // Every cell written exactly once across the chunks.
    const rows = large.flat().flatMap((o) => (o.kind === "values" ? o.values : []));
    expect(rows).toHaveLength(20_000);
  });

  it("groups a column of cells into one rectangle write", async () => {
    const { result } = await cliFlow(EXAMPLE_WORKBOOK);
    const chunks = planOfficeWrites(result.writePlan, { ...opts, maxRequestBytes: 4_500_000 });
    const valueOps = chunks.flat().filter((o) => o.kind === "values").length;
    // Far fewer writes than cells: the plan's columns became ranges.
    expect(valueOps * 3).toBeLessThan(cellsOf(result.writePlan).length);
  });
});

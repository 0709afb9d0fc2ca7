/**
 * The Excel fake against Microsoft's documentation: one test per behaviour the Office host relies on
 * (test/fakes/documented-behaviours.ts), each named with its source. The count closes the run.
 */
import { DOCUMENTED_BEHAVIOURS } from "../../../fakes/documented-behaviours";

describe("the Excel fake does what Microsoft documents", () => {
  test.each(DOCUMENTED_BEHAVIOURS.map((b) => [`${b.id}: ${b.behaviour} [${b.source}]`, b] as const))(
    "%s",
    async (_name, b) => {
      await b.test();
    },
  );

  test("every behaviour has an id of its own and a source", () => {
    const ids = DOCUMENTED_BEHAVIOURS.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of DOCUMENTED_BEHAVIOURS)
      expect(b.source).toMatch(/office-js-docs-pr docs\/|@types\/office-js: |support\.microsoft\.com/);
  });
});

import { formatSummary } from "../../../src/cli/summary";
import type { Report } from "../../../src/core/report/types";

function report(units: Array<{ name: string; score: number | null; coverage: number | null }>): Report {
  return {
    year: 2024,
    ente: { score: null, method: null },
    areas: [],
    units: units.map((u) => ({
      ...u,
      kind: "servizio" as const,
      sheet: u.name,
      area: null,
      weightSum: 1,
      productivityScore: null,
      status: u.score === null ? ("non_rilevato" as const) : ("raggiunto" as const),
      previousScore: null,
    })),
    strategicObjectives: [],
    indicators: [],
    monitoring: [],
    diagnostics: [],
  };
}

describe("the CLI's unit table", () => {
  test.each(["it", "en"] as const)("keeps its columns aligned when a unit has no score (%s)", (lang) => {
    const text = formatSummary(
      report([
        { name: "Senza consuntivi", score: null, coverage: null },
        { name: "Servizio Staff", score: 0.8765, coverage: 1 },
      ]),
      lang,
    );
    const table = text.split("\n").filter((l) => l.startsWith("Senza") || l.startsWith("Servizio Staff"));
    expect(table).toHaveLength(2);
    // The status column starts at the same place on every row, and the two number columns stay apart.
    const statusStart = table.map((l) => l.search(/ {2}\S+( \S+)*$/));
    expect(new Set(statusStart).size).toBe(1);
    expect(table[0]).toMatch(/\S {2,}\S.* {2,}\S/);
    expect(table[1]).toContain("87,6".replace(",", lang === "it" ? "," : "."));
  });
});

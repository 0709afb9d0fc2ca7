/** Sorting the units of the results list; nulls (no score yet) always last, whatever the direction. */
import type { Report } from "../../core/report/types";

export type UnitRow = Report["units"][number];
export type UnitSortKey = "name" | "score" | "coverage" | "status";
export type SortDirection = "ascending" | "descending";

/** Worst first when ascending: a person scanning the list looks for what is not achieved. */
const STATUS_RANK: Record<UnitRow["status"], number> = {
  non_raggiunto: 0,
  parzialmente_raggiunto: 1,
  raggiunto: 2,
  non_rilevato: 3,
  non_valutabile: 4,
  neutralizzato: 5,
};

const collator = new Intl.Collator("it", { sensitivity: "base", numeric: true });

function compareNullable(a: number | null, b: number | null, sign: number): number {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return sign * (a - b);
}

export function sortUnits(units: readonly UnitRow[], key: UnitSortKey, direction: SortDirection): UnitRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const byName = (a: UnitRow, b: UnitRow): number => collator.compare(a.name, b.name);
  const compare = (a: UnitRow, b: UnitRow): number => {
    switch (key) {
      case "name":
        return sign * byName(a, b);
      case "score":
        return compareNullable(a.score, b.score, sign) || byName(a, b);
      case "coverage":
        return compareNullable(a.coverage, b.coverage, sign) || byName(a, b);
      case "status":
        return sign * (STATUS_RANK[a.status] - STATUS_RANK[b.status]) || byName(a, b);
    }
  };
  return [...units].sort(compare);
}

/** The PlanDraft of a whole workbook turned into the Plan: objectives completed, units named and placed in Areas. */
import type { Plan, StrategicObjective, Unit } from "../model/types";
import { unitArea } from "./area";
import { noPlanTable, unitWithoutArea } from "./diagnostics";
import type { PlanDraft, UnitDraft } from "./draft";
import { objectiveKey } from "./units";

/** Mappa strategica: perspective and missione of the objectives, and objectives the cruscotto lacks. */
function completeObjectives(draft: PlanDraft): StrategicObjective[] {
  for (const e of draft.mappa) {
    const key = objectiveKey({ number: e.number, name: e.name });
    const o = draft.objectives.get(key);
    if (o) {
      o.perspective = o.perspective ?? e.perspective;
      o.missione = o.missione ?? e.missione;
    } else {
      draft.objectives.set(key, {
        number: e.number,
        name: e.name,
        perspective: e.perspective,
        missione: e.missione,
        kpis: [],
        weighted: false,
      });
    }
  }
  return [...draft.objectives.values()].sort(
    (a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER),
  );
}

/** Units with at least one table. Two units of one name (on two sheets) are told apart by their sheet. */
function units(draft: PlanDraft): Unit[] {
  const drafts = draft.units.all.filter((u) => u.tables.length > 0);
  const nameCount = new Map<string, number>();
  for (const u of drafts) nameCount.set(u.name, (nameCount.get(u.name) ?? 0) + 1);
  return drafts.map((u) => {
    const id = (nameCount.get(u.name) ?? 0) > 1 ? `${u.name} (${u.sheet})` : u.name;
    for (const t of u.tables) t.unitId = id;
    for (const ir of u.indicators) ir.unitId = id;
    const area = unitArea(
      u.kind,
      u.name,
      u.indicators.map((i) => i.area),
    );
    if (!area) draft.diagnostics.push(unitWithoutArea(unitAnchor(u), u.name));
    return { id, name: u.name, kind: u.kind, sheet: u.sheet, area, headingRow: u.headingRow, indicators: u.indicators };
  });
}

/** Where a unit's diagnostics point: its heading, or the header of its first table. */
function unitAnchor(u: UnitDraft): { sheet: string; row: number; col: number } {
  if (u.headingRow !== null) return { sheet: u.sheet, row: u.headingRow, col: u.headingCol };
  return { sheet: u.sheet, row: u.tables[0].headerRow, col: u.tables[0].firstCol };
}

export function assemblePlan(draft: PlanDraft): Plan {
  const strategicObjectives = completeObjectives(draft);
  const planUnits = units(draft);
  if (draft.tables.length === 0) draft.diagnostics.push(noPlanTable());
  return {
    year: draft.settings.year,
    tables: draft.tables,
    units: planUnits,
    strategicObjectives,
    indicators: draft.indicators,
    diagnostics: draft.diagnostics,
  };
}

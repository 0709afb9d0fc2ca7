/**
 * The trend between monitoring points: the point a run compares with (the latest before the run's date),
 * each unit's, Area's and objective's score there, and the change in percentage points of achievement.
 */
import type { Lang } from "../../i18n/messages";
import { MONITORING_TEXTS } from "./labels";
import type { MonitoringPoint, PointScore, PointUnit } from "./types";

/** The latest point strictly before `date` (ISO); with no date, the latest point. */
export function previousPoint(points: readonly MonitoringPoint[], date: string | null): MonitoringPoint | null {
  let found: MonitoringPoint | null = null;
  for (const p of points) if ((date === null || p.date < date) && (found === null || p.date > found.date)) found = p;
  return found;
}

/**
 * A unit's score at a point: the row of the same name on the same sheet, else the only row of that name
 * (a unit moved to another sheet); null when the point does not know the unit.
 */
export function unitScoreAt(point: MonitoringPoint, unit: { name: string; sheet: string }): number | null {
  return unitAt(point, unit)?.score ?? null;
}

export function unitAt(point: MonitoringPoint, unit: { name: string; sheet: string }): PointUnit | null {
  return sameSheetOrOnly(
    point.units.filter((u) => u.name === unit.name),
    unit.sheet,
  );
}

/** Of a point's units of one name: the one on the sheet, else the only one. */
function sameSheetOrOnly(same: readonly PointUnit[], sheet: string): PointUnit | null {
  return same.find((u) => u.sheet === sheet) ?? (same.length === 1 ? same[0] : null);
}

/**
 * A point's units by name, for the scores of every unit of a plan at one point (the Riepilogo's trend, the
 * report's previousScore): unitAt for each would pass over the point's units for every unit, 2,500 × 2,500
 * on a large plan.
 */
export class PointUnits {
  private readonly byName = new Map<string, PointUnit[]>();

  constructor(point: MonitoringPoint) {
    for (const u of point.units) {
      const same = this.byName.get(u.name);
      if (same) same.push(u);
      else this.byName.set(u.name, [u]);
    }
  }

  /** As unitAt. */
  at(unit: { name: string; sheet: string }): PointUnit | null {
    return sameSheetOrOnly(this.byName.get(unit.name) ?? [], unit.sheet);
  }

  /** As unitScoreAt. */
  scoreAt(unit: { name: string; sheet: string }): number | null {
    return this.at(unit)?.score ?? null;
  }
}

export function areaScoreAt(point: MonitoringPoint, name: string): number | null {
  return point.areas.find((a: PointScore) => a.name === name)?.score ?? null;
}

export function objectiveScoreAt(
  point: MonitoringPoint,
  objective: { number: number | null; name: string },
): number | null {
  const found =
    objective.number !== null
      ? point.strategicObjectives.find((o) => o.number === objective.number)
      : point.strategicObjectives.find((o) => o.name === objective.name);
  return found?.score ?? null;
}

/** The change from `before` to `now` in percentage points (0.5 → 0.532 is 3.2); null when either is missing. */
export function changePoints(now: number | null, before: number | null): number | null {
  return now === null || before === null ? null : (now - before) * 100;
}

/** One formatter per locale: making one costs far more than formatting, and the Riepilogo formats two per unit. */
const ONE_DECIMAL = new Map<string, Intl.NumberFormat>();

function oneDecimal(locale: string): Intl.NumberFormat {
  let f = ONE_DECIMAL.get(locale);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    ONE_DECIMAL.set(locale, f);
  }
  return f;
}

/** A change rounded to one decimal as shown: its direction (that of the rounded figure) and the figure. */
export function changeParts(
  points: number | null,
  lang: Lang,
): { direction: "up" | "down" | "same"; figure: string } | null {
  if (points === null || !Number.isFinite(points)) return null;
  const tenths = Math.round(Math.abs(points) * 10);
  const figure = oneDecimal(lang === "en" ? "en-GB" : "it-IT").format(tenths / 10);
  return { direction: tenths === 0 ? "same" : points > 0 ? "up" : "down", figure };
}

const ARROWS = { up: "▲", down: "▼", same: "=" } as const;

/**
 * The change as people read it in the workbook, its direction in a sign and never in colour alone:
 * «▲ 3,2 pp», «▼ 1,0 pp», «= 0,0 pp»; «—» when either score is missing.
 */
export function changeText(points: number | null, lang: Lang): string {
  const parts = changeParts(points, lang);
  return parts === null ? "—" : MONITORING_TEXTS[lang].changeValue(ARROWS[parts.direction], parts.figure);
}

/** Which way a change goes, once rounded as changeText shows it. */
export function changeDirection(points: number | null): "up" | "down" | "same" | null {
  return changeParts(points, "it")?.direction ?? null;
}

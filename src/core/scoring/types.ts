/** What scoring produces: a pure function of the Plan and the Settings. Figures are fractions (0.95 = 95 %). */
import type { Diagnostic } from "../diagnostics/types";
import type { Settings } from "../settings/types";
import type { UnitKind } from "../model/types";

/** neutralizzato: the OIV took the indicator out of the evaluation; it stays visible and leaves every total. */
export type Status =
  "raggiunto" | "parzialmente_raggiunto" | "non_raggiunto" | "non_rilevato" | "non_valutabile" | "neutralizzato";

export const STATUSES: readonly Status[] = [
  "raggiunto",
  "parzialmente_raggiunto",
  "non_raggiunto",
  "non_rilevato",
  "non_valutabile",
  "neutralizzato",
];

/** The statuses of an indicator measured below Raggiunto: the ones a motivazione dello scostamento explains. */
export const BELOW_TARGET: ReadonlySet<Status> = new Set<Status>(["parzialmente_raggiunto", "non_raggiunto"]);

export interface IndicatorResult {
  /** IndicatorRow.key */
  key: string;
  /** Clipped to [0, cap]; null when not measured or not scorable. */
  achievement: number | null;
  status: Status;
  /** The actual used, as a number where it has one (fraction for %), for display; null otherwise. */
  actualValue: number | null;
}

export interface ObjectiveResult {
  unitId: string;
  objective: string;
  score: number | null;
  coverage: number | null;
  /** IndicatorRow keys. */
  rows: string[];
}

export interface UnitResult {
  id: string;
  name: string;
  kind: UnitKind;
  sheet: string;
  area: string | null;
  score: number | null;
  coverage: number | null;
  /** Σ weights of every weighted row, as a fraction (1 = 100 %). */
  weightSum: number;
  productivityScore: number | null;
  status: Status;
}

export interface AreaResult {
  name: string;
  score: number | null;
  /** Unit ids. */
  units: string[];
}

export interface StrategicResult {
  number: number | null;
  name: string;
  score: number | null;
}

export type EnteMethod = "strategico" | "aree" | "unita";

export interface Scorecard {
  year: number;
  settings: Settings;
  ente: { score: number | null; method: EnteMethod | null };
  areas: AreaResult[];
  units: UnitResult[];
  objectives: ObjectiveResult[];
  strategicObjectives: StrategicResult[];
  /** One per IndicatorRow of the plan, same order. */
  indicators: IndicatorResult[];
  /** Scoring's own diagnostics (weight sums, derived actuals, kind mismatches, Ente method). */
  diagnostics: Diagnostic[];
}

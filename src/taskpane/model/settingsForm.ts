/**
 * The Impostazioni form: Settings <-> what the fields show. Percentages are edited as points ("90"),
 * Italian decimals accepted ("92,5"), so a person types what the settings sheet shows.
 */
import type { AreaMethod, EnteMethodSetting, Settings, SheetCalculation } from "../../core/settings/types";

export interface SettingsForm {
  year: string;
  bandRaggiunto: string;
  bandParziale: string;
  cap: string;
  soglia: string;
  missingAsZero: boolean;
  strictComparisons: boolean;
  notesWarningsOnly: boolean;
  areaMethod: AreaMethod;
  enteMethod: EnteMethodSetting;
  calculation: SheetCalculation;
}

export type PercentField = "bandRaggiunto" | "bandParziale" | "cap" | "soglia";
export type FormError = "invalidYear" | "invalidPercent" | "bandsOrder";

/** 0.9 -> "90", 0.925 -> "92,5": the engine never rounds, the form shows up to four decimals of points. */
export function pointsText(fraction: number): string {
  return String(Number((fraction * 100).toFixed(4))).replace(".", ",");
}

/** "90", "90%", "92,5", " 92.5 % " -> the fraction; null when not a number. */
export function parsePoints(text: string): number | null {
  const t = text.trim().replace(/%$/, "").trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t) / 100;
}

export function toForm(s: Settings): SettingsForm {
  return {
    year: String(s.year),
    bandRaggiunto: pointsText(s.bandRaggiunto),
    bandParziale: pointsText(s.bandParziale),
    cap: pointsText(s.cap),
    soglia: pointsText(s.soglia),
    missingAsZero: s.missingAsZero,
    strictComparisons: s.strictComparisons,
    notesWarningsOnly: s.notesWarningsOnly,
    areaMethod: s.areaMethod,
    enteMethod: s.enteMethod,
    calculation: s.calculation,
  };
}

/** Upper bound of each percent field, as a fraction: the same ranges the settings reader accepts. */
const MAX: Record<PercentField, number> = { bandRaggiunto: 1, bandParziale: 1, soglia: 1, cap: 10 };

/** The edited settings on top of `base` (levels, words, language are not on the form), or the errors by field. */
export function fromForm(
  form: SettingsForm,
  base: Settings,
): { settings: Settings; errors: null } | { settings: null; errors: Partial<Record<keyof SettingsForm, FormError>> } {
  const errors: Partial<Record<keyof SettingsForm, FormError>> = {};
  const year = /^\s*\d{4}\s*$/.test(form.year) ? Number(form.year) : NaN;
  if (!(year >= 1990 && year <= 2100)) errors.year = "invalidYear";
  const percents = {} as Record<PercentField, number>;
  for (const key of ["bandRaggiunto", "bandParziale", "cap", "soglia"] as const) {
    const v = parsePoints(form[key]);
    // A cap of 0 would score everything 0: the reader refuses it too.
    if (v === null || v > MAX[key] || (key === "cap" && v === 0)) errors[key] = "invalidPercent";
    else percents[key] = v;
  }
  if (!errors.bandParziale && !errors.bandRaggiunto && percents.bandParziale > percents.bandRaggiunto) {
    errors.bandParziale = "bandsOrder";
  }
  if (Object.keys(errors).length > 0) return { settings: null, errors };
  return {
    settings: {
      ...base,
      levels: [...base.levels],
      lowerIsBetterWords: [...base.lowerIsBetterWords],
      year,
      ...percents,
      missingAsZero: form.missingAsZero,
      strictComparisons: form.strictComparisons,
      notesWarningsOnly: form.notesWarningsOnly,
      areaMethod: form.areaMethod,
      enteMethod: form.enteMethod,
      calculation: form.calculation,
    },
    errors: null,
  };
}

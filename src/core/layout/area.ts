/**
 * Area names as officers write them ("AREA II", "II", "Segreteria Generale", "SG/AREA III")
 * brought to one canonical form ("Area II", "Area Segreteria Generale").
 */
import type { UnitKind } from "../model/types";
import { normalise } from "./text";

const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x)$/;
const SEGRETERIA = new Set(["sg", "segreteria generale", "segreteria"]);
const DIR_AREA = /\bDIR\.?\s*A(I{1,3}|IV|V)\b/i;
const DIR_SG = /\b(SG|SEGRETARIO GENERALE|SEGRETERIA GENERALE)\b/i;

/** Canonical Area, or null for empty / "Trasversale". */
export function canonicalArea(raw: string): string | null {
  // "SG/AREA III": a row shared by two Areas counts for the last one written.
  const parts = raw.split("/");
  const last = parts[parts.length - 1];
  let n = normalise(last);
  if (n.startsWith("area ")) n = n.slice(5).trim();
  else if (n === "area") n = "";
  if (n === "" || n === "trasversale") return null;
  if (ROMAN.test(n)) return `Area ${n.toUpperCase()}`;
  if (SEGRETERIA.has(n)) return "Area Segreteria Generale";
  // Anything else keeps its spelling, minus a leading "Area".
  const kept = last.trim().replace(/^area\s+/i, "");
  return `Area ${kept}`;
}

/** A dirigente's Area from the heading: "DIR AII" -> Area II, "SG" -> Area Segreteria Generale. */
export function areaOfDirigente(name: string): string | null {
  const m = DIR_AREA.exec(name);
  if (m) return `Area ${m[1].toUpperCase()}`;
  if (DIR_SG.test(name)) return "Area Segreteria Generale";
  return null;
}

/** The most frequent canonical Area among the rows' Area cells (first seen wins a tie). */
export function mostFrequentArea(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  // Rows repeat a handful of spellings: canonicalise each distinct one once.
  const seen = new Map<string, string | null>();
  let best: string | null = null;
  let bestCount = 0;
  for (const v of values) {
    if (!v) continue;
    let a = seen.get(v);
    if (a === undefined) {
      a = canonicalArea(v);
      seen.set(v, a);
    }
    if (!a) continue;
    const c = (counts.get(a) ?? 0) + 1;
    counts.set(a, c);
    if (c > bestCount) {
      best = a;
      bestCount = c;
    }
  }
  return best;
}

export function unitArea(kind: UnitKind, name: string, rowAreas: Array<string | null>): string | null {
  if (kind === "dirigente") return areaOfDirigente(name) ?? mostFrequentArea(rowAreas);
  return mostFrequentArea(rowAreas);
}

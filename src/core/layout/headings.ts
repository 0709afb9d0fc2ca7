/**
 * Heading rows: a single text in the first column(s), setting the context of the tables below.
 * Recognised kinds: missione ("011_Competitività delle Imprese"), strategic objective
 * ("8. Accountability e Trasparenza", "2.Innovazione…"), unit ("SERVIZIO STAFF", "PO …",
 * "UFFICIO LEGALE", "OBIETTIVI 2022 DIR AI") and BSC perspective ("Processi Interni").
 */
import type { StrategicRef, UnitKind } from "../model/types";
import { normalise } from "./text";
import { PERSPECTIVES, UNIT_HEADINGS } from "./vocabulary";

export type Heading =
  | { kind: "missione"; text: string }
  | { kind: "strategic"; ref: StrategicRef }
  | { kind: "unit"; name: string; unitKind: UnitKind }
  | { kind: "perspective"; text: string }
  | { kind: "other"; text: string };

// The name must start with a letter so that "1,45" or "3.5" is never read as "objective 1".
const STRATEGIC = /^(\d{1,2})\s*[.,)]\s*(\p{L}.*)$/su;
const MISSIONE = /^\d{3}\s*_\s*\S/;
/** Longer texts are data (an objective typed alone in its row), not a unit's title. */
const MAX_UNIT_HEADING = 120;

const PERSPECTIVE_SET = new Set(PERSPECTIVES);

export function parseStrategic(text: string): StrategicRef | null {
  const m = STRATEGIC.exec(text.trim());
  if (!m) return null;
  return { number: Number(m[1]), name: m[2].trim() };
}

export function unitKindOfHeading(text: string): UnitKind | null {
  if (text.length > MAX_UNIT_HEADING) return null;
  if (UNIT_HEADINGS.po.test(text)) return "po";
  if (UNIT_HEADINGS.dirigente.test(text)) return "dirigente";
  if (UNIT_HEADINGS.servizio.test(text)) return "servizio";
  if (UNIT_HEADINGS.ufficio.test(text)) return "ufficio";
  return null;
}

/** Kind of a unit named after its sheet: from the sheet name's first word, default servizio. */
export function unitKindOfSheetName(name: string): UnitKind {
  const first = normalise(name).split(" ")[0] ?? "";
  if (first === "po") return "po";
  if (first.startsWith("dir")) return "dirigente";
  if (first.startsWith("uff")) return "ufficio";
  return "servizio";
}

/**
 * "SETTORE SERVIZI FINANZIARI – Obiettivi operativi 2024": the unit is what stands before the dash; the
 * rest says what the table holds, and would make every report line and total name too long to read.
 */
const TITLE_TAIL = /\s+[-–—]\s+(obiettivi|scheda|piano|performance)\b.*$/isu;

function unitName(heading: string): string {
  const name = heading.replace(TITLE_TAIL, "").trim();
  return name.length > 0 ? name : heading;
}

export function isPerspective(text: string): boolean {
  return PERSPECTIVE_SET.has(normalise(text));
}

export function classifyHeading(text: string): Heading {
  const t = text.trim();
  if (MISSIONE.test(t)) return { kind: "missione", text: t };
  const ref = parseStrategic(t);
  if (ref) return { kind: "strategic", ref };
  const unitKind = unitKindOfHeading(t);
  if (unitKind) return { kind: "unit", name: unitName(t), unitKind };
  if (isPerspective(t)) return { kind: "perspective", text: t };
  return { kind: "other", text: t };
}

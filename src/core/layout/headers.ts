/**
 * Header rows: which column holds what, by synonyms (case, accents, punctuation and a trailing
 * year ignored) and the words officers taught in the settings (headerVocabulary.ts). A cheap first test
 * keeps the synonym matching off the ordinary data rows.
 */
import type { CellValue } from "../grid/types";
import type { ColumnMap, StrategicRef } from "../model/types";
import { parseStrategic } from "./headings";
import { BUILT_IN_VOCABULARY, type HeaderVocabulary } from "./headerVocabulary";
import { cellText, headerKey } from "./text";
import { PLAIN_OBJECTIVE_HEADERS, type Role } from "./vocabulary";

export type { Role };

/** A header cell longer than this is data, not a column title. */
const MAX_HEADER_CELL = 60;
/** Only the first columns are scanned: plan tables are narrow. */
const MAX_HEADER_COLS = 40;

export interface Duplicate {
  /** The header as written. */
  header: string;
  /** Column used (0-based). */
  used: number;
}

/**
 * An objectives header read as a cruscotto block instead: `Indicatore | Peso | Target 2022 | Consuntivo
 * 2022 | …` under a heading `N. Name` (layout b), or with the strategic objective in a column (layout c).
 * Whether it is read so depends on the sheet and the headings above it (cruscottoReading.ts).
 */
export interface CruscottoAlternative {
  columns: ColumnMap;
  /** Header cells that say cruscotto by themselves: an Obiettivo strategico column, targets of several years. */
  evidence: number[];
  /** An Obiettivo operativo / Azione column: a unit's table, unless the sheet says otherwise. */
  operational: number | null;
  /** How many years the Target headers name ("Target 2022" and "Target 2023": 2). */
  targetYears: number;
}

export type HeaderMatch =
  | {
      kind: "obiettivi" | "dirigente" | "cruscotto";
      columns: ColumnMap;
      firstCol: number;
      lastCol: number;
      duplicates: Duplicate[];
      /** Cruscotto: the strategic objective written in the header's first cell. */
      strategic: StrategicRef | null;
      /** The header's text per role column, for messages. */
      labels: Map<number, string>;
      /** Obiettivi tables: the same header read as a cruscotto block; null when it cannot be one. */
      asCruscotto: CruscottoAlternative | null;
    }
  | {
      kind: "mappa";
      perspective?: number;
      number?: number;
      strategic: number;
      missione?: number;
      firstCol: number;
      lastCol: number;
    }
  | { kind: "programmi"; firstCol: number; lastCol: number };

function yearOf(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1990 && v <= 2100 ? v : null;
  if (typeof v === "string") {
    const t = v.trim();
    if (t.length === 4 && t >= "1990" && t <= "2100" && /^\d{4}$/.test(t)) return Number(t);
  }
  return null;
}

const NO = 0;
const MAYBE = 1;

const isAsciiAlnum = (ch: number): boolean => (ch >= 0x30 && ch <= 0x39) || (ch >= 0x61 && ch <= 0x7a);

/**
 * Whether the cell may read as the header key (normalised: a-z, 0-9, single spaces), told from its
 * characters without building a string. NO only when sure: ASCII letters differ (case-blind), a word of
 * the cell ends short of the key's or runs on past it. MAYBE where only normalising can tell (an accented
 * letter, leading punctuation or spaces, what follows the key: a year, a «%»).
 */
function mayReadAs(v: string, key: string): number {
  let j = 0;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    if (j >= v.length) return NO;
    let ch = v.charCodeAt(j);
    if (ch >= 0x80) return MAYBE;
    if (ch >= 0x41 && ch <= 0x5a) ch |= 0x20;
    if (k === 0x20) {
      // A space of the key is one run of anything but letters and digits in the cell.
      if (isAsciiAlnum(ch)) return NO;
      while (j < v.length) {
        let c = v.charCodeAt(j);
        if (c >= 0x80) return MAYBE;
        if (c >= 0x41 && c <= 0x5a) c |= 0x20;
        if (isAsciiAlnum(c)) break;
        j++;
      }
      continue;
    }
    if (ch !== k) return isAsciiAlnum(ch) || i > 0 ? NO : MAYBE;
    j++;
  }
  if (j >= v.length) return MAYBE;
  let next = v.charCodeAt(j);
  if (next >= 0x41 && next <= 0x5a) next |= 0x20;
  // The key's last word is whole: a letter or digit right after it makes another word («Misurazione»).
  return isAsciiAlnum(next) ? NO : MAYBE;
}

/**
 * True when the cell is a taught indicator header, as detectHeader would match it (its header key). Data
 * cells are turned away on their letters; only a cell that may read as a taught header is normalised.
 */
function isTaughtIndicator(v: string, vocabulary: HeaderVocabulary): boolean {
  let c0 = v.charCodeAt(0);
  if (c0 >= 0x41 && c0 <= 0x5a) c0 |= 0x20;
  if (isAsciiAlnum(c0) && !vocabulary.indicatorFirstChars.has(c0)) return false;
  for (const key of vocabulary.indicatorList) {
    if (mayReadAs(v, key) !== NO) return vocabulary.indicatorKeys.has(headerKey(v.trim()).key);
  }
  return false;
}

/** The cheap first test: does any short cell start like a header word, or is there a year cell? */
export function looksLikeHeader(row: CellValue[], vocabulary: HeaderVocabulary = BUILT_IN_VOCABULARY): boolean {
  const n = Math.min(row.length, MAX_HEADER_COLS);
  const taught = vocabulary.indicatorKeys.size > 0;
  for (let c = 0; c < n; c++) {
    const v = row[c];
    if (typeof v === "string") {
      if (v.length > MAX_HEADER_CELL || v.length === 0) continue;
      // Look at the first letter before building any string: data rows must cost no allocation here.
      const c0 = v.charCodeAt(0);
      if (taught && isTaughtIndicator(v, vocabulary)) return true;
      if (c0 >= 0x30 && c0 <= 0x39) {
        if (c > 0 && v.length <= 6 && yearOf(v) !== null) return true;
        continue;
      }
      const lower = c0 | 0x20;
      if (lower !== 0x69 /* i */ && lower !== 0x6b /* k */ && lower !== 0x70 /* p */ && c0 !== 0x20 /* space */)
        continue;
      const head = v.trimStart().slice(0, 11).toLowerCase();
      if (
        head.startsWith("indicat") ||
        head.startsWith("kpi") ||
        head.startsWith("prospettiv") ||
        head.startsWith("programm")
      )
        return true;
      if (c > 0 && yearOf(v) !== null) return true;
    } else if (c > 0 && typeof v === "number" && yearOf(v) !== null) {
      return true;
    }
  }
  return false;
}

interface Hit {
  col: number;
  year: number | null;
  label: string;
}

/** Picks the column for a role: the one of the evaluation year, else one without a year. */
function pickByYear(hits: Hit[], year: number, allowOtherYear: boolean): Hit | undefined {
  return (
    hits.find((h) => h.year === year) ?? hits.find((h) => h.year === null) ?? (allowOtherYear ? hits[0] : undefined)
  );
}

export function detectHeader(
  row: CellValue[],
  evaluationYear: number,
  vocabulary: HeaderVocabulary = BUILT_IN_VOCABULARY,
): HeaderMatch | null {
  if (!looksLikeHeader(row, vocabulary)) return null;
  const n = Math.min(row.length, MAX_HEADER_COLS);
  const hits = new Map<Role, Hit[]>();
  const years: Hit[] = [];
  let firstCol = -1;
  let lastCol = -1;
  for (let c = 0; c < n; c++) {
    const v = row[c];
    const text = cellText(v);
    if (text === "") continue;
    if (firstCol < 0) firstCol = c;
    lastCol = c;
    const y = yearOf(v);
    if (y !== null) {
      years.push({ col: c, year: y, label: text });
      continue;
    }
    if (typeof v !== "string" || text.length > MAX_HEADER_CELL) continue;
    const { key, year } = headerKey(text);
    const role = vocabulary.roleOf.get(key);
    if (!role) continue;
    const list = hits.get(role);
    const hit = { col: c, year, label: text };
    if (list) list.push(hit);
    else hits.set(role, [hit]);
  }
  if (firstCol < 0) return null;
  const has = (r: Role): boolean => hits.has(r);

  if (has("programma") && (has("benefici") || has("azioni"))) return { kind: "programmi", firstCol, lastCol };
  // A flat cruscotto (`N. | Obiettivo strategico | Indicatore | Target 2022 …`) names the objective too.
  const flatCruscotto = has("indicator") && has("target");
  if (has("strategic") && (has("perspective") || has("missione") || has("number")) && !flatCruscotto) {
    return {
      kind: "mappa",
      perspective: hits.get("perspective")?.[0].col,
      number: hits.get("number")?.[0].col,
      strategic: hits.get("strategic")![0].col,
      missione: hits.get("missione")?.[0].col,
      firstCol,
      lastCol,
    };
  }

  const duplicates: Duplicate[] = [];
  const labels = new Map<number, string>();
  const columns: ColumnMap = { indicator: -1 };
  const single = (role: Exclude<Role, "weight" | "target" | "actual">, key: keyof ColumnMap): void => {
    const list = hits.get(role);
    if (!list) return;
    (columns as unknown as Record<string, number>)[key] = list[0].col;
    labels.set(list[0].col, list[0].label);
    if (list.length > 1) duplicates.push({ header: list[0].label, used: list[0].col });
  };

  // Cruscotto: "N. Name | 2021 | 2022 | … | Owner" (or "KPI | 2021 | …" under a heading).
  const firstText = cellText(row[firstCol]);
  const strategic = typeof row[firstCol] === "string" ? parseStrategic(firstText) : null;
  const firstIsIndicator = hits.get("indicator")?.[0].col === firstCol;
  if (years.length > 0 && (strategic || firstIsIndicator) && !has("target")) {
    columns.indicator = firstCol;
    columns.years = {};
    for (const y of years) {
      if (columns.years[y.year!] === undefined) columns.years[y.year!] = y.col;
      else duplicates.push({ header: y.label, used: columns.years[y.year!] });
    }
    single("owner", "owner");
    const weights = hits.get("weight");
    if (weights) {
      columns.weight = weights[weights.length - 1].col;
      if (weights.length > 1) duplicates.push({ header: weights[0].label, used: columns.weight });
    }
    const actual = hits.get("actual") ? pickByYear(hits.get("actual")!, evaluationYear, false) : undefined;
    if (actual) columns.actual = actual.col;
    const actualsByYear = byYear(hits.get("actual"));
    if (actualsByYear) columns.actualsByYear = actualsByYear;
    officersColumns(hits, columns, labels, evaluationYear);
    return { kind: "cruscotto", columns, firstCol, lastCol, duplicates, strategic, labels, asCruscotto: null };
  }

  if (!has("indicator") || !has("target")) return null;
  single("indicator", "indicator");
  single("objective", "objective");
  single("servizi", "servizi");
  single("area", "area");
  single("albero", "albero");
  single("produttivita", "produttivita");
  single("owner", "owner");
  const target = pickByYear(hits.get("target")!, evaluationYear, true)!;
  columns.target = target.col;
  labels.set(target.col, target.label);
  const actuals = hits.get("actual");
  const actual = actuals ? pickByYear(actuals, evaluationYear, false) : undefined;
  if (actual) {
    columns.actual = actual.col;
    labels.set(actual.col, actual.label);
    const same = actuals!.filter((h) => h.year === actual.year);
    if (same.length > 1) duplicates.push({ header: actual.label, used: actual.col });
  }
  // What relative targets start from: a Baseline column, or else last year's Consuntivo ("Consuntivo
  // 2021" beside "Consuntivo 2022"), which is never this year's actual.
  if (has("baseline")) single("baseline", "baseline");
  else {
    const previous = actuals?.find((h) => h.year === evaluationYear - 1 && h.col !== columns.actual);
    if (previous) {
      columns.baseline = previous.col;
      labels.set(previous.col, previous.label);
    }
  }
  officersColumns(hits, columns, labels, evaluationYear);
  let kind: "obiettivi" | "dirigente" = "obiettivi";
  const weights = hits.get("weight");
  if (weights) {
    // Dirigenti: "Peso | Azione | Indicatori | Target | Peso" — the last Peso is the one scored.
    columns.weight = weights[weights.length - 1].col;
    labels.set(columns.weight, weights[weights.length - 1].label);
    if (weights.length > 1) {
      columns.weightOther = weights[0].col;
      duplicates.push({ header: weights[0].label, used: columns.weight });
      // A Dirigente's scheda opens with Peso before the Azione; a unit table that merely repeats
      // its Peso column further right stays an ordinary objectives table.
      if (weights[0].col < (columns.objective ?? columns.indicator)) kind = "dirigente";
    }
  }
  const asCruscotto = kind === "obiettivi" ? cruscottoAlternative(hits, columns, evaluationYear) : null;
  return { kind, columns, firstCol, lastCol, duplicates, strategic: null, labels, asCruscotto };
}

/**
 * The officers' Motivazione and Neutralizzato columns: the evaluation year's, else one without a year (a
 * cruscotto spanning years may hold «Motivazione scostamento 2022» beside «… 2023»).
 */
function officersColumns(
  hits: ReadonlyMap<Role, Hit[]>,
  columns: ColumnMap,
  labels: Map<number, string>,
  evaluationYear: number,
): void {
  for (const role of ["justification", "neutralised"] as const) {
    const list = hits.get(role);
    const hit = list ? pickByYear(list, evaluationYear, false) : undefined;
    if (!hit) continue;
    columns[role] = hit.col;
    labels.set(hit.col, hit.label);
  }
}

/** Year -> column of the hits that carry a year (the first of each year); undefined when none does. */
function byYear(list: readonly Hit[] | undefined): Record<number, number> | undefined {
  let out: Record<number, number> | undefined;
  for (const h of list ?? []) {
    if (h.year === null) continue;
    out ??= {};
    if (out[h.year] === undefined) out[h.year] = h.col;
  }
  return out;
}

/**
 * The cruscotto reading of an objectives header: a target (and a Consuntivo) per year, the KPI's weight
 * and owner, and the strategic objective's column when there is one. A Target without a year is the
 * evaluation year's.
 */
function cruscottoAlternative(
  hits: ReadonlyMap<Role, Hit[]>,
  unitColumns: ColumnMap,
  evaluationYear: number,
): CruscottoAlternative {
  const targets = hits.get("target") ?? [];
  const years = byYear(targets) ?? {};
  const yearless = targets.find((h) => h.year === null);
  if (yearless && years[evaluationYear] === undefined) years[evaluationYear] = yearless.col;
  const columns: ColumnMap = { indicator: unitColumns.indicator, years };
  if (unitColumns.weight !== undefined) columns.weight = unitColumns.weight;
  if (unitColumns.owner !== undefined) columns.owner = unitColumns.owner;
  if (unitColumns.actual !== undefined) columns.actual = unitColumns.actual;
  if (unitColumns.justification !== undefined) columns.justification = unitColumns.justification;
  if (unitColumns.neutralised !== undefined) columns.neutralised = unitColumns.neutralised;
  const actualsByYear = byYear(hits.get("actual"));
  if (actualsByYear) columns.actualsByYear = actualsByYear;
  const evidence: number[] = [];
  const strategic = hits.get("strategic")?.[0];
  const objective = hits.get("objective")?.[0];
  const plainObjective = objective !== undefined && PLAIN_OBJECTIVE_HEADERS.has(headerKey(objective.label).key);
  let operational: number | null = null;
  if (strategic) {
    columns.strategic = strategic.col;
    evidence.push(strategic.col);
    if (objective) operational = objective.col;
  } else if (objective) {
    // A plain "Obiettivo" names the strategic objective in a cruscotto; an "Obiettivo operativo" never does.
    if (plainObjective) columns.strategic = objective.col;
    else operational = objective.col;
  }
  const number = hits.get("number")?.[0];
  if (number && columns.strategic !== undefined) columns.strategicNumber = number.col;
  const yearTargets = targets.filter((h) => h.year !== null);
  const targetYears = new Set(yearTargets.map((h) => h.year)).size;
  if (targetYears >= 2) evidence.push(...yearTargets.map((h) => h.col));
  return { columns, evidence, operational, targetYears };
}

/** A fresh copy of a ColumnMap: each table gets its own (callers may adjust one table's columns). */
export function copyColumns(c: ColumnMap): ColumnMap {
  const columns: ColumnMap = { ...c };
  if (c.years) columns.years = { ...c.years };
  if (c.actualsByYear) columns.actualsByYear = { ...c.actualsByYear };
  return columns;
}

/**
 * A fresh copy of a match, with a ColumnMap of its own. The reading as a cruscotto block is shared: a table
 * that takes its columns gets a copy then (cruscottoReading.ts), so the 10 000 repeated headers of a large
 * plan read as units' tables copy one ColumnMap each, not two. Written field by field: an object spread of
 * the match cost more than the copy of its columns.
 */
function copyMatch(m: HeaderMatch): HeaderMatch {
  if (m.kind === "mappa" || m.kind === "programmi") return { ...m };
  return {
    kind: m.kind,
    columns: copyColumns(m.columns),
    firstCol: m.firstCol,
    lastCol: m.lastCol,
    duplicates: m.duplicates,
    strategic: m.strategic,
    labels: m.labels,
    asCruscotto: m.asCruscotto,
  };
}

/**
 * detectHeader with a memory of the last header row: plans repeat the very same header under every
 * heading (10 000 times in a 50 000-row plan), and a row whose cells equal the last header's cells
 * gets a copy of its match without the synonym matching. Per scanned sheet: the year does not change.
 */
export class HeaderDetector {
  private lastRow: CellValue[] | null = null;
  private lastMatch: HeaderMatch | null = null;

  constructor(
    private readonly evaluationYear: number,
    private readonly vocabulary: HeaderVocabulary = BUILT_IN_VOCABULARY,
  ) {}

  /** The cheap first test, with this run's words. */
  looksLike(row: CellValue[]): boolean {
    return looksLikeHeader(row, this.vocabulary);
  }

  detect(row: CellValue[]): HeaderMatch | null {
    const last = this.lastRow;
    if (last !== null && this.lastMatch !== null && last.length === row.length) {
      let same = true;
      for (let c = 0; c < row.length; c++) {
        if (row[c] !== last[c]) {
          same = false;
          break;
        }
      }
      if (same) return copyMatch(this.lastMatch);
    }
    const m = detectHeader(row, this.evaluationYear, this.vocabulary);
    if (m !== null) {
      // The grid is not changed while it is scanned, so the row itself can stand for its cells.
      this.lastRow = row;
      this.lastMatch = copyMatch(m);
    }
    return m;
  }
}

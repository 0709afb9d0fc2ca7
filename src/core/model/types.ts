/** The typed model of a plan workbook, as recognised from its grids. Pure data. */
import type { CellValue } from "../grid/types";
import type { Diagnostic } from "../diagnostics/types";
import type { Actual, Target } from "../targets/types";

export type UnitKind = "servizio" | "po" | "dirigente" | "ufficio";

/** obiettivi: a unit's table of obiettivi operativi; dirigente: Peso | Azione | Indicatori | Target | Peso; cruscotto: a strategic objective's KPI block. */
export type TableKind = "obiettivi" | "dirigente" | "cruscotto";

/** Column indices (0-based) of one table block; absent = the table has no such column. */
export interface ColumnMap {
  objective?: number;
  indicator: number;
  /** Target column (obiettivi, dirigente). For the cruscotto see `years`. */
  target?: number;
  /** The Peso used for scoring (the last Peso column when duplicated). */
  weight?: number;
  /** The other Peso column when the header repeats it (dirigenti: Peso | … | Peso). */
  weightOther?: number;
  /** The Consuntivo column a person types into (cruscotto: "Consuntivo <year>"). */
  actual?: number;
  /**
   * What relative targets are measured from: Baseline / Valore di partenza / Valore base / Valore
   * iniziale / Valore anno precedente, or else the Consuntivo of the year before the evaluation year.
   */
  baseline?: number;
  servizi?: number;
  area?: number;
  albero?: number;
  produttivita?: number;
  owner?: number;
  /** Cruscotto: year -> column of that year's target. */
  years?: Record<number, number>;
  /** Cruscotto: year -> column of that year's Consuntivo (the year before the evaluation's is a KPI's baseline). */
  actualsByYear?: Record<number, number>;
  /** Cruscotto laid out as one flat table: the column naming each row's strategic objective. */
  strategic?: number;
  /** Cruscotto laid out as one flat table: the column with the strategic objective's number (`N.`). */
  strategicNumber?: number;
  /**
   * The officers' Motivazione dello scostamento (Motivazione scostamento / Motivazione / Note del
   * responsabile): why an indicator fell short. Cruscotto: the evaluation year's when the header names years.
   */
  justification?: number;
  /** The officers' Neutralizzato column: a mark takes the row out of every total. */
  neutralised?: number;
}

/** One table block: a header row and the data rows under it, up to the next heading/header/blank gap. */
export interface TableBlock {
  /** Stable id: `${sheet}!${headerRow + 1}`. */
  id: string;
  kind: TableKind;
  sheet: string;
  /** 0-based row of the header. */
  headerRow: number;
  /** 0-based first and last data rows (inclusive); lastRow < firstRow when the block has no data row. */
  firstRow: number;
  lastRow: number;
  /** 0-based first and last columns of the table as a person laid it out (owned columns excluded). */
  firstCol: number;
  lastCol: number;
  columns: ColumnMap;
  /** Unit id for obiettivi/dirigente blocks; null for the cruscotto. */
  unitId: string | null;
  /** Strategic objective the block sits under (heading above it, or the cruscotto header itself). */
  strategicObjective: StrategicRef | null;
}

export interface StrategicRef {
  /** 1..14 in plan-2022; null when the heading has no number. */
  number: number | null;
  /** Name as written, without its number. */
  name: string;
}

/** A cell read from the workbook: its raw content and where it is. */
export interface SourceCell<T> {
  /** 0-based column; null when the table has no such column. */
  col: number | null;
  raw: CellValue;
  numberFormat: string;
  /** The parsed value; null when the cell is empty. */
  value: T | null;
}

export interface IndicatorRow {
  /** Unique key: `${sheet}!${row + 1}`. */
  key: string;
  tableId: string;
  sheet: string;
  /** 0-based worksheet row (the report shows row + 1). */
  row: number;
  /** Unit id; null for cruscotto KPIs. */
  unitId: string | null;
  /** Obiettivo operativo / Azione, filled down over merged or blank continuation cells. */
  objective: string | null;
  strategicObjective: StrategicRef | null;
  indicator: string;
  /** Target of the row (cruscotto: of the evaluation year). */
  target: SourceCell<Target>;
  /** Cruscotto only: every year's target. */
  targetsByYear?: Record<number, SourceCell<Target>>;
  /** Cruscotto only: every year's Consuntivo, where the cruscotto has a `Consuntivo <anno>` column. */
  actualsByYear?: Record<number, SourceCell<Actual>>;
  /** Weight as a fraction (0.03 for "3%"); value null = unweighted (informational) row. */
  weight: SourceCell<number>;
  actual: SourceCell<Actual>;
  /**
   * What a relative target ("Incremento del 10% rispetto all'anno precedente") is measured from: the
   * row's Baseline / Valore di partenza cell, or in the cruscotto the KPI's Consuntivo of the year
   * before. Absent when the table has no such column.
   */
  baseline?: SourceCell<Actual>;
  area: string | null;
  albero: boolean;
  produttivita: boolean;
  owner: string | null;
  servizi: string | null;
  /** Dirigenti's synthetic indicators: their actual is a computed synthesis. */
  derived: "ente" | "area" | null;
  /**
   * The motivazione dello scostamento typed in the row, trimmed; null or absent when there is none (or the
   * table has no such column).
   */
  justification?: string | null;
  /**
   * Neutralised by the OIV (the Neutralizzato column marked, or «Neutralizzato» typed in the row): the row
   * stays visible and leaves every total. Absent = false.
   */
  neutralised?: boolean;
}

export interface Unit {
  /** Unique id: the name, or `name (sheet)` when two units share a name. */
  id: string;
  /** The heading as written, trimmed, or the sheet's name. */
  name: string;
  kind: UnitKind;
  /** Sheet of the unit's first table. */
  sheet: string;
  /** Canonical Area name ("Area I", "Area Segreteria Generale"), or null. */
  area: string | null;
  /** Where the unit's heading is (0-based), null when named after the sheet. */
  headingRow: number | null;
  indicators: IndicatorRow[];
}

export interface StrategicObjective {
  number: number | null;
  name: string;
  perspective: string | null;
  missione: string | null;
  /** Cruscotto KPI rows of this objective. */
  kpis: IndicatorRow[];
  /** True when the cruscotto has a Peso column for it (then its score is weighted). */
  weighted: boolean;
}

export interface Plan {
  /** Evaluation year the plan was read for. */
  year: number;
  tables: TableBlock[];
  units: Unit[];
  strategicObjectives: StrategicObjective[];
  /** All indicator rows in workbook order (units' rows and cruscotto KPIs). */
  indicators: IndicatorRow[];
  diagnostics: Diagnostic[];
}

/** What the recogniser accumulates while it scans a workbook, before assemblePlan() turns it into the Plan. */
import type { CellValue } from "../grid/types";
import type { Diagnostic } from "../diagnostics/types";
import type {
  ColumnMap,
  IndicatorRow,
  StrategicObjective,
  StrategicRef,
  TableBlock,
  TableKind,
  UnitKind,
} from "../model/types";
import type { Settings } from "../settings/types";
import type { HeaderDetector, HeaderMatch } from "./headers";
import type { CellParsers } from "./cellParsers";
import type { HeaderVocabulary } from "./headerVocabulary";
import type { UnitRegistry } from "./units";

/** Σ of each Peso column over some rows (the scored one and, for Dirigenti, the first one). */
export interface PesoSums {
  weight: number;
  weightOther: number;
}

export interface UnitDraft {
  name: string;
  kind: UnitKind;
  sheet: string;
  headingRow: number | null;
  headingCol: number;
  tables: TableBlock[];
  indicators: IndicatorRow[];
  /** Since the unit's start or its last printed total (a total may close the whole unit). */
  sinceTotal: PesoSums;
}

/** One row of the Mappa strategica. */
export interface MappaEntry {
  number: number | null;
  name: string;
  perspective: string | null;
  missione: string | null;
}

/** A header row the scan opened a block at (a table reusing the header above has none of its own). */
export interface RecognisedHeader {
  sheet: string;
  /** 0-based row of the header. */
  row: number;
  match: HeaderMatch;
  /** The table it opened (obiettivi, dirigente, cruscotto); null for the mappa and the programmi. */
  tableId: string | null;
}

export interface PlanDraft {
  settings: Settings;
  /** The run's header words: built-in synonyms and the officers' taught ones. */
  vocabulary: HeaderVocabulary;
  /** Every header opened, sheet by sheet, row by row: what was recognised, for the pane. */
  headers: RecognisedHeader[];
  /** In the order they are found: sheet by sheet, row by row. */
  diagnostics: Diagnostic[];
  tables: TableBlock[];
  indicators: IndicatorRow[];
  units: UnitRegistry;
  /** By objectiveKey(). */
  objectives: Map<string, StrategicObjective>;
  mappa: MappaEntry[];
  /** YEAR_COLUMN_MISSING is said once per workbook. */
  yearMissingReported: boolean;
  parsers: CellParsers;
}

/**
 * One sheet's cells as the recogniser reads them (owned cells blanked, merges resolved on demand),
 * with what reading them takes: the run's parsers and evaluation year, the sheet's header detector.
 */
export interface SheetCells {
  name: string;
  parsers: CellParsers;
  year: number;
  headers: HeaderDetector;
  /** The cell's number format; "General" when it has none. */
  format(r: number, c: number): string;
  /** The cell's text, else the text of the merge covering it; "" when both are empty. */
  mergedText(r: number, row: CellValue[], c: number): string;
}

/** Values filled down a table over merged or blank continuation cells. */
export interface FillDownMemory {
  objective: string | null;
  area: string | null;
  servizi: string | null;
  owner: string | null;
  /** A cruscotto laid out as one flat table: the strategic objective of the row, from its column. */
  strategic: StrategicRef | null;
}

export type MappaColumns = Extract<HeaderMatch, { kind: "mappa" }>;

/** A table of the plan being read: its header gave the columns, data rows are added as they come. */
export interface OpenTable {
  kind: TableKind;
  table: TableBlock;
  columns: ColumnMap;
  firstCol: number;
  lastCol: number;
  /** Obiettivi and Dirigente tables: the unit the rows belong to. */
  unit: UnitDraft | null;
  /** Cruscotto tables: the strategic objective the KPIs belong to. */
  objective: StrategicObjective | null;
  fillDown: FillDownMemory;
  /** Since the table's start or its last printed total. */
  sums: PesoSums;
}

/** What a header opens: a plan table, or a Mappa strategica / Programmi di intervento block. */
export type OpenBlock =
  | OpenTable
  | { kind: "mappa"; columns: MappaColumns; firstCol: number; lastCol: number }
  | { kind: "programmi"; firstCol: number; lastCol: number }
  /** A table of the cruscotto's sheet that cannot be read as the cruscotto: its rows are not read. */
  | { kind: "skipped"; firstCol: number; lastCol: number };

/** Where the pass over a sheet stands: what row classification needs to know of the rows above. */
export interface ScanPosition {
  open: OpenBlock | null;
  /** The sheet's last header, reused by data rows under a heading that has no header of its own. */
  lastHeader: HeaderMatch | null;
}

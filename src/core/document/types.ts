/**
 * The report as a document: sections of headings, paragraphs, key/value lists, tables of display
 * strings and chart data. Pure data, built once from the engine's results and drawn by any renderer
 * (the PDF renderer today; the pane could preview the same model). Every string here is final:
 * renderers never format numbers or translate.
 */
import type { Status } from "../scoring/types";
import type { Lang } from "../../i18n/messages";

export type SectionKind = "cover" | "summary" | "unit" | "dirigente" | "strategic" | "trend" | "diagnostics";

export interface HeadingBlock {
  kind: "heading";
  /** 1 = section title, 2 = sub-section, 3 = group inside a sub-section. */
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
  /** "lead": larger text (cover, key figures); "note": small grey text. */
  style?: "lead" | "note";
}

/** A two-column list of labelled values (the cover's settings, a scheda's figures). */
export interface FactsBlock {
  kind: "facts";
  items: { label: string; value: string; status?: Status }[];
}

export interface TableColumn {
  header: string;
  /** Relative width: the renderer shares the available width in these proportions. */
  width: number;
  align: "left" | "right";
}

/** A data row; `status` colours the cell of column `statusColumn` (its text always names the status). */
export interface TableDataRow {
  kind: "row";
  cells: string[];
  status?: Status;
  /**
   * A line printed under the row across the table, kept on the same page as the row: the motivazione dello
   * scostamento of an indicator below Raggiunto, the reason of a neutralised one.
   */
  note?: string;
}

/** A row spanning the whole table that names the group of rows below it (a strategic objective). */
export interface TableGroupRow {
  kind: "group";
  text: string;
}

export type TableRow = TableDataRow | TableGroupRow;

export interface TableBlock {
  kind: "table";
  columns: TableColumn[];
  rows: TableRow[];
  /** Column whose cell shows the row's status (coloured by band); null when none. */
  statusColumn: number | null;
  /**
   * Columns where a value equal to the row above is not printed again (an objective spanning
   * several indicator rows, as the merged cell in the workbook); printed again after a page break.
   */
  mergeRepeated: number[];
  /** Text shown instead of an empty table. */
  emptyText?: string;
}

export interface ChartBar {
  label: string;
  /** Fraction (0.875 = 87,5 %); null when the unit has no score. */
  value: number | null;
  /** "87,5%" or "—". */
  valueText: string;
  status: Status;
  statusText: string;
}

/** A horizontal bar chart of scores; the renderer draws bars in the band colours with text labels. */
export interface BarChartBlock {
  kind: "barChart";
  /** Read by assistive technology in place of the drawing. */
  altText: string;
  bars: ChartBar[];
  /** Largest value on the axis (the cap), as a fraction. */
  max: number;
  /** Band edges to mark on the axis, as fractions, with their labels ("90%"). */
  thresholds: { value: number; label: string }[];
  /** Labels of the axis ends ("0%", "100%"). */
  axisLabels: [string, string];
}

/**
 * Bar charts in groups (a unit across the monitoring points, a KPI across the years): each group's label
 * over its bars, every bar with its own label, value and status in words.
 */
export interface GroupedBarChartBlock {
  kind: "groupedBarChart";
  altText: string;
  groups: { label: string; bars: ChartBar[] }[];
  max: number;
  thresholds: { value: number; label: string }[];
  axisLabels: [string, string];
}

/** The cover's title block: the Ente, the title, a subtitle and lines such as the date of the run. */
export interface CoverBlock {
  kind: "cover";
  ente: string;
  title: string;
  subtitle: string;
  details: string[];
}

export type Block =
  CoverBlock | HeadingBlock | ParagraphBlock | FactsBlock | TableBlock | BarChartBlock | GroupedBarChartBlock;

export interface DocumentSection {
  kind: SectionKind;
  /** Starts on a new page (every section does, except when a renderer has nothing before it). */
  newPage: boolean;
  /** Entry in the PDF outline (bookmarks); `parent` groups schede under their part ("Schede dei Dirigenti"). */
  outline: { title: string; parent?: string };
  blocks: Block[];
}

export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** BCP 47 tag: "it-IT" or "en-GB". */
  language: string;
  /** Date of the run, ISO yyyy-mm-dd: the PDF's creation date (deterministic output). */
  runDate: string;
}

export interface ReportDocument {
  lang: Lang;
  meta: DocumentMeta;
  /** Left part of every page's footer: Ente and title. */
  footerText: string;
  /** Page number template with {n} and {N}: "Pagina {n} di {N}". */
  pageTemplate: string;
  sections: DocumentSection[];
}

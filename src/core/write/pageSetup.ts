/**
 * The print layout of every sheet a run writes: A4 landscape, one page wide (so the owned columns always
 * print on the same page as the rows they describe), the table's header row repeated on every page, and a
 * header/footer naming the Ente, the plan's year, the sheet, the page and the print date.
 *
 * The date is Excel's &D field, filled in when the sheet is printed, not the date of the run written as
 * text: a rerun then gives the very same workbook (no churn in the header every time the add-in runs), and
 * a printout still says when it was made. The sheet is &A, so a renamed sheet prints its new name.
 */
import type { CellWrite, HeaderFooterText, PageSetup } from "./types";
import type { WorkbookGrid } from "../grid/types";
import type { TableBlock } from "../model/types";
import type { Lang } from "../../i18n/messages";
import { enteNameOf } from "../document/enteName";
import { withPseudo } from "../../i18n/pseudo";

/** Where a placed table ends up: its rows and its last owned column (Note). */
export interface PrintedBlock {
  block: TableBlock;
  /** Last row of the table or of its owned columns, whichever is lower. */
  bottom: number;
  /** Last column printed for this table: its Note column. */
  right: number;
}

export interface PageSetupInput {
  workbook: WorkbookGrid;
  year: number;
  lang: Lang;
  /** The tables the run annotates, in the plan's order. */
  blocks: readonly PrintedBlock[];
  /** Sheets the run creates (Riepilogo, settings): printed as far as the run's cells go. */
  createdSheets: readonly string[];
  /** The run's cells, to measure the created sheets. */
  cells: readonly CellWrite[];
  /** «Nome dell'Ente» from the settings: when set, it wins over the name in a title cell. */
  enteName?: string;
}

const TEXTS: Record<Lang, { plan: (year: number) => string; page: string; printed: string; ente: string }> = withPseudo(
  {
    it: {
      plan: (y) => `Piano della Performance ${y}`,
      page: "Pagina &P di &N",
      printed: "Stampato il &D",
      ente: "Ente",
    },
    en: { plan: (y) => `Performance Plan ${y}`, page: "Page &P of &N", printed: "Printed on &D", ente: "Ente" },
  },
);

/** A literal text inside a header: '&' starts a code in Excel's syntax, so it is doubled. */
export function escapeHeaderText(text: string): string {
  return text.replace(/&/g, "&&");
}

/** The header and footer every printed sheet gets (the same for all: &A names the sheet). */
export function headerFooter(
  ente: string | null,
  year: number,
  lang: Lang,
): { header: HeaderFooterText; footer: HeaderFooterText } {
  const t = TEXTS[lang];
  return {
    header: { left: escapeHeaderText(ente ?? t.ente), center: "&A", right: escapeHeaderText(t.plan(year)) },
    footer: { left: t.printed, center: "", right: t.page },
  };
}

function setup(
  sheet: string,
  printArea: PageSetup["printArea"],
  printTitleRows: PageSetup["printTitleRows"],
  hf: ReturnType<typeof headerFooter>,
): PageSetup {
  return {
    sheet,
    orientation: "landscape",
    paper: "A4",
    fitToWidth: 1,
    fitToHeight: 0,
    printArea,
    printTitleRows,
    header: { ...hf.header },
    footer: { ...hf.footer },
  };
}

/**
 * One PageSetup per sheet with annotated tables (in the order of their first table), then one per created
 * sheet. A table sheet prints from its first row (the titles above the tables name the unit) and from the
 * tables' leftmost column, down to the last row and across to the last owned column of any of its tables.
 */
export function planPageSetups(input: PageSetupInput): PageSetup[] {
  const hf = headerFooter(enteNameOf(input.workbook, input.enteName), input.year, input.lang);
  const out: PageSetup[] = [];

  const bySheet = new Map<string, PrintedBlock[]>();
  for (const b of input.blocks) {
    const list = bySheet.get(b.block.sheet);
    if (list) list.push(b);
    else bySheet.set(b.block.sheet, [b]);
  }
  for (const [sheet, blocks] of bySheet) {
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    // The header to repeat is the topmost table's: on a sheet of many blocks, the first one a reader meets.
    let first = blocks[0].block;
    for (const b of blocks) {
      left = Math.min(left, b.block.firstCol);
      bottom = Math.max(bottom, b.bottom, b.block.lastRow, b.block.headerRow);
      right = Math.max(right, b.right, b.block.lastCol);
      if (b.block.headerRow < first.headerRow) first = b.block;
    }
    out.push(setup(sheet, { top: 0, left, bottom, right }, { top: first.headerRow, bottom: first.headerRow }, hf));
  }

  if (input.createdSheets.length > 0) {
    const extents = new Map<string, { bottom: number; right: number }>(
      input.createdSheets.map((s) => [s, { bottom: 0, right: 0 }]),
    );
    // Indexed: a for-of over every cell of the plan (170 000 on a 50k plan) allocates an iterator result per
    // cell until the loop is optimised.
    for (let i = 0; i < input.cells.length; i++) {
      const c = input.cells[i];
      const e = extents.get(c.sheet);
      if (!e) continue;
      e.bottom = Math.max(e.bottom, c.row);
      e.right = Math.max(e.right, c.col);
    }
    for (const sheet of input.createdSheets) {
      if (bySheet.has(sheet)) continue;
      const e = extents.get(sheet) as { bottom: number; right: number };
      out.push(setup(sheet, { top: 0, left: 0, bottom: e.bottom, right: e.right }, null, hf));
    }
  }
  return out;
}

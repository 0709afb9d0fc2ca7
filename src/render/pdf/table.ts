/**
 * Tables that flow over pages: rows never split, the header row is drawn again at the top of each
 * new page, long texts wrap inside their column, and the status cell is filled in its band colour
 * (its text names the status, so colour is never the only sign).
 */
import type { TableBlock, TableDataRow } from "../../core/document/types";
import { COLOURS, SIZE, STATUS_COLOURS } from "./theme";
import type { Writer } from "./writer";

const PAD_X = 3.5;
const PAD_Y = 2.5;
const LINE_GAP = 0.6;

interface Layout {
  xs: number[];
  widths: number[];
}

export function drawTable(w: Writer, block: TableBlock): void {
  const { doc } = w;
  if (block.rows.length === 0) {
    if (block.emptyText) {
      w.tag("P", () => {
        w.font("regular", SIZE.note, COLOURS.muted).text(block.emptyText ?? "", w.left, doc.y, { width: w.width });
      });
      w.gap(6);
    }
    return;
  }
  const layout = columnLayout(w, block);
  const headerHeight = measureRow(
    w,
    layout,
    block.columns.map((c) => c.header),
    "semibold",
  );
  const table = doc.struct("Table");
  w.parent.add(table);

  // The header and at least the first row must fit, or the table starts on the next page.
  const first = block.rows[0];
  const firstHeight =
    first.kind === "group" ? groupHeight(w, first.text) : measureRow(w, layout, first.cells, "regular");
  w.ensureRoom(headerHeight + firstHeight);
  drawHeader(w, block, layout, table, headerHeight);

  let shown: (string | null)[] = block.columns.map(() => null);
  const maxRow = w.bottom - doc.page.margins.top - headerHeight;
  block.rows.forEach((row, index) => {
    if (row.kind === "group") {
      const height = groupHeight(w, row.text);
      // A group heading is never left alone at the foot of a page.
      const next = block.rows[index + 1];
      const nextHeight =
        next && next.kind === "row" ? measureRow(w, layout, visible(block, next, shown), "regular") : 0;
      if (w.room < height + Math.min(nextHeight, maxRow - height)) {
        breakPage(w, block, layout, table, headerHeight);
        shown = block.columns.map(() => null);
      }
      drawGroup(w, row.text, block.columns.length, table, height);
      shown = block.columns.map(() => null);
      return;
    }
    let cells = visible(block, row, shown);
    let height = Math.min(measureRow(w, layout, cells, "regular"), maxRow);
    // The note under the row (a motivazione) stays on the row's page.
    const noteHeight = row.note === undefined ? 0 : Math.min(noteRowHeight(w, row.note), maxRow - height);
    if (w.room < height + noteHeight) {
      breakPage(w, block, layout, table, headerHeight);
      shown = block.columns.map(() => null);
      cells = visible(block, row, shown);
      height = Math.min(measureRow(w, layout, cells, "regular"), maxRow);
    }
    drawRow(w, block, layout, row, cells, table, height, row.note !== undefined);
    if (row.note !== undefined) drawNote(w, row.note, block.columns.length, table, noteHeight);
    shown = row.cells.map((c) => c);
  });
  table.end();
  doc.x = w.left;
  w.gap(8);
}

function columnLayout(w: Writer, block: TableBlock): Layout {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * w.width);
  const xs: number[] = [];
  let x = w.left;
  for (const width of widths) {
    xs.push(x);
    x += width;
  }
  return { xs, widths };
}

/** The row's texts as printed: a value repeating the row above in a merged column is left blank. */
function visible(block: TableBlock, row: TableDataRow, shown: (string | null)[]): string[] {
  return row.cells.map((cell, i) => (block.mergeRepeated.includes(i) && shown[i] === cell ? "" : cell));
}

function measureRow(w: Writer, layout: Layout, cells: string[], weight: "regular" | "semibold"): number {
  w.font(weight, SIZE.table);
  let height = 0;
  cells.forEach((text, i) => {
    if (text === "") return;
    height = Math.max(height, w.doc.heightOfString(text, { width: layout.widths[i] - 2 * PAD_X, lineGap: LINE_GAP }));
  });
  return Math.max(height, SIZE.table * 1.3) + 2 * PAD_Y;
}

function groupHeight(w: Writer, text: string): number {
  w.font("semibold", SIZE.table);
  return w.doc.heightOfString(text, { width: w.width - 2 * PAD_X, lineGap: LINE_GAP }) + 2 * PAD_Y + 1;
}

/** The note is indented under the first column's text and set in grey. */
const NOTE_INDENT = 12;

function noteRowHeight(w: Writer, text: string): number {
  w.font("regular", SIZE.table);
  return w.doc.heightOfString(text, { width: w.width - 2 * PAD_X - NOTE_INDENT, lineGap: LINE_GAP }) + 2 * PAD_Y;
}

function drawNote(w: Writer, text: string, span: number, table: PDFKit.PDFStructureElement, height: number): void {
  const { doc } = w;
  const y = doc.y;
  w.artifact(() => ruleUnder(w, y + height, 0.4, COLOURS.rule));
  const row = doc.struct("TR");
  table.add(row);
  w.tag(
    "TD",
    () => {
      w.font("regular", SIZE.table, COLOURS.muted).text(text, w.left + PAD_X + NOTE_INDENT, y + PAD_Y - 1, {
        width: w.width - 2 * PAD_X - NOTE_INDENT,
        height: height - PAD_Y,
        ellipsis: true,
        lineGap: LINE_GAP,
      });
    },
    row,
    {},
    { O: "Table", ColSpan: span },
  );
  row.end();
  doc.y = y + height;
}

function breakPage(
  w: Writer,
  block: TableBlock,
  layout: Layout,
  table: PDFKit.PDFStructureElement,
  headerHeight: number,
): void {
  w.newPage();
  drawHeader(w, block, layout, table, headerHeight);
}

function drawHeader(
  w: Writer,
  block: TableBlock,
  layout: Layout,
  table: PDFKit.PDFStructureElement,
  height: number,
): void {
  const { doc } = w;
  const y = doc.y;
  w.artifact(() => {
    doc.rect(w.left, y, w.width, height).fill(COLOURS.headerFill);
    ruleUnder(w, y + height, 0.8, COLOURS.text);
  });
  const row = doc.struct("TR");
  table.add(row);
  block.columns.forEach((column, i) => {
    w.tag(
      "TH",
      () => {
        w.font("semibold", SIZE.table).text(column.header, layout.xs[i] + PAD_X, y + PAD_Y, {
          width: layout.widths[i] - 2 * PAD_X,
          align: column.align,
          lineGap: LINE_GAP,
        });
      },
      row,
      {},
      { O: "Table", Scope: "Column" },
    );
  });
  row.end();
  doc.y = y + height;
}

/** The line across the table under a row (drawn inside the caller's artifact: page furniture, not content). */
function ruleUnder(w: Writer, y: number, lineWidth: number, colour: string): void {
  w.doc
    .moveTo(w.left, y)
    .lineTo(w.left + w.width, y)
    .lineWidth(lineWidth)
    .strokeColor(colour)
    .stroke();
}

function drawGroup(w: Writer, text: string, span: number, table: PDFKit.PDFStructureElement, height: number): void {
  const { doc } = w;
  const y = doc.y;
  w.artifact(() => {
    doc.rect(w.left, y, w.width, height).fill(COLOURS.groupFill);
    ruleUnder(w, y + height, 0.4, COLOURS.rule);
  });
  const row = doc.struct("TR");
  table.add(row);
  w.tag(
    "TH",
    () => {
      w.font("semibold", SIZE.table, COLOURS.accent).text(text, w.left + PAD_X, y + PAD_Y + 0.5, {
        width: w.width - 2 * PAD_X,
        lineGap: LINE_GAP,
      });
    },
    row,
    {},
    { O: "Table", ColSpan: span, Scope: "Row" },
  );
  row.end();
  doc.y = y + height;
}

function drawRow(
  w: Writer,
  block: TableBlock,
  layout: Layout,
  row: TableDataRow,
  cells: string[],
  table: PDFKit.PDFStructureElement,
  height: number,
  /** A note follows: the rule goes under the note, not between the row and its note. */
  noted = false,
): void {
  const { doc } = w;
  const y = doc.y;
  const statusColumn = block.statusColumn;
  const colours = row.status && statusColumn !== null ? STATUS_COLOURS[row.status] : null;
  w.artifact(() => {
    if (colours && statusColumn !== null) {
      doc.rect(layout.xs[statusColumn] + 1, y + 1, layout.widths[statusColumn] - 2, height - 2).fill(colours.fill);
    }
    if (!noted) ruleUnder(w, y + height, 0.4, COLOURS.rule);
  });
  const tr = doc.struct("TR");
  table.add(tr);
  cells.forEach((text, i) => {
    const isStatus = i === statusColumn && colours !== null;
    w.tag(
      "TD",
      () => {
        if (text === "") return;
        w.font(isStatus ? "semibold" : "regular", SIZE.table, isStatus && colours ? colours.ink : COLOURS.text).text(
          text,
          layout.xs[i] + PAD_X,
          y + PAD_Y,
          {
            width: layout.widths[i] - 2 * PAD_X,
            height: height - 2 * PAD_Y,
            ellipsis: true,
            align: block.columns[i].align,
            lineGap: LINE_GAP,
          },
        );
      },
      tr,
    );
  });
  tr.end();
  doc.y = y + height;
}

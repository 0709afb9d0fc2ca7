/** Text blocks: cover, headings, paragraphs and labelled values. */
import type { CoverBlock, FactsBlock, HeadingBlock, ParagraphBlock } from "../../core/document/types";
import { COLOURS, SIZE, STATUS_COLOURS } from "./theme";
import type { Writer } from "./writer";

export function drawCover(w: Writer, block: CoverBlock): void {
  const { doc } = w;
  w.artifact(() => {
    doc.rect(0, 0, doc.page.width, 10).fill(COLOURS.accent);
    doc.rect(w.left, 150, 60, 4).fill(COLOURS.accent);
  });
  doc.y = 110;
  w.tag("P", () => {
    w.font("semibold", 15, COLOURS.accent).text(block.ente, w.left, 110, { width: w.width });
  });
  doc.y = 172;
  w.tag("H1", () => {
    w.font("bold", 30, COLOURS.text).text(block.title, w.left, doc.y, { width: w.width, lineGap: 2 });
  });
  w.gap(8);
  w.tag("P", () => {
    w.font("regular", 14, COLOURS.text).text(block.subtitle, w.left, doc.y, { width: w.width });
  });
  w.gap(18);
  for (const line of block.details) {
    w.tag("P", () => {
      w.font("regular", SIZE.body, COLOURS.muted).text(line, w.left, doc.y, { width: w.width });
    });
    w.gap(2);
  }
  doc.y = Math.max(doc.y + 40, 430);
}

const HEADING: Record<HeadingBlock["level"], { size: number; before: number; after: number; keep: number }> = {
  1: { size: SIZE.h1, before: 0, after: 10, keep: 120 },
  2: { size: SIZE.h2, before: 14, after: 6, keep: 90 },
  3: { size: SIZE.h3, before: 10, after: 4, keep: 70 },
};

export function drawHeading(w: Writer, block: HeadingBlock): void {
  const style = HEADING[block.level];
  // Keep a heading with the start of what it introduces: never alone at the foot of a page.
  w.ensureRoom(style.keep);
  // Space above a heading, except at the top of a page.
  if (w.doc.y > w.doc.page.margins.top + 1) w.gap(style.before);
  w.tag(`H${block.level}`, () => {
    w.font(block.level === 1 ? "bold" : "semibold", style.size).text(block.text, w.left, w.doc.y, { width: w.width });
  });
  if (block.level === 1) {
    const y = w.doc.y + 2;
    w.artifact(() => {
      w.doc
        .moveTo(w.left, y)
        .lineTo(w.left + w.width, y)
        .lineWidth(0.8)
        .strokeColor(COLOURS.accent)
        .stroke();
    });
    w.doc.y = y;
  }
  w.gap(style.after);
}

export function drawParagraph(w: Writer, block: ParagraphBlock): void {
  const size = block.style === "lead" ? 12 : block.style === "note" ? SIZE.note : SIZE.body;
  const colour = block.style === "note" ? COLOURS.muted : COLOURS.text;
  w.ensureRoom(size * 2);
  w.tag("P", () => {
    w.font("regular", size, colour).text(block.text, w.left, w.doc.y, { width: w.width, lineGap: 1.5 });
  });
  w.gap(block.style === "note" ? 2 : 6);
}

/** Labelled values as a two-column table with row headers (TH), so a screen reader pairs them. */
export function drawFacts(w: Writer, block: FactsBlock): void {
  const { doc } = w;
  const labelWidth = Math.min(210, w.width * 0.42);
  const valueX = w.left + labelWidth + 10;
  const valueWidth = w.width - labelWidth - 10;
  const table = doc.struct("Table");
  w.parent.add(table);
  for (const item of block.items) {
    const labelHeight = w.font("regular", SIZE.body).heightOfString(item.label, { width: labelWidth });
    const valueHeight = w.font("semibold", SIZE.body).heightOfString(item.value, { width: valueWidth - 8 });
    const height = Math.max(labelHeight, valueHeight) + 5;
    w.ensureRoom(height);
    const y = doc.y;
    if (item.status) {
      const colours = STATUS_COLOURS[item.status];
      const textWidth = Math.min(valueWidth, w.font("semibold", SIZE.body).widthOfString(item.value) + 10);
      w.artifact(() => {
        doc.roundedRect(valueX - 5, y - 1, textWidth, valueHeight + 2, 3).fillAndStroke(colours.fill, colours.ink);
      });
    }
    const row = doc.struct("TR");
    table.add(row);
    w.tag(
      "TH",
      () => {
        w.font("regular", SIZE.body, COLOURS.muted).text(item.label, w.left, y, { width: labelWidth });
      },
      row,
    );
    w.tag(
      "TD",
      () => {
        const ink = item.status ? STATUS_COLOURS[item.status].ink : COLOURS.text;
        w.font("semibold", SIZE.body, ink).text(item.value, valueX, y, { width: valueWidth - 8 });
      },
      row,
    );
    row.end();
    doc.y = y + height;
  }
  table.end();
  doc.x = w.left;
  w.gap(6);
}

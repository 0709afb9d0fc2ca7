/**
 * Renders the report document to PDF bytes with pdfkit: A4, Titillium Web embedded, tagged
 * (PDF 1.7 structure tree, document language, title shown by viewers), page numbers in every footer,
 * bookmarks per section and scheda. Deterministic: the dates come from the model's run date and
 * pdfkit derives the file id from them, so the same input and date give the same bytes.
 */
import PDFDocument from "pdfkit";
import type { Block, DocumentSection, ReportDocument } from "../../core/document/types";
import { registerFonts, type PdfFonts } from "./fonts";
import { drawCover, drawFacts, drawHeading, drawParagraph } from "./blocks";
import { drawTable } from "./table";
import { drawBarChart, drawGroupedBarChart } from "./chart";
import { drawFooters } from "./footer";
import { FONT, PAGE } from "./theme";
import { Writer } from "./writer";
import { currentFontCoverage, printableModel } from "./glyphs";

export async function renderPdf(source: ReportDocument, fonts: PdfFonts): Promise<Uint8Array> {
  const date = runDate(source.meta.runDate);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: true,
    pdfVersion: "1.7",
    tagged: true,
    lang: source.meta.language,
    displayTitle: true,
    info: {
      Title: source.meta.title,
      Author: source.meta.author,
      Subject: source.meta.subject,
      Keywords: source.meta.keywords,
      Creator: source.meta.author,
      CreationDate: date,
      ModDate: date,
    },
  });
  const bytes = collect(doc);
  registerFonts(doc, fonts);
  doc.font(FONT.regular);
  const coverage = currentFontCoverage(doc);
  const model = coverage ? printableModel(source, coverage) : source;

  const root = doc.struct("Document");
  doc.addStructure(root);
  const writer = new Writer(doc, root);
  const parts = new Map<string, PDFKit.PDFOutline>();
  model.sections.forEach((section, index) => {
    if (section.newPage && index > 0) writer.newPage();
    addOutline(doc, parts, section);
    const sect = doc.struct("Sect");
    root.add(sect);
    writer.parent = sect;
    for (const block of section.blocks) drawBlock(writer, block);
    sect.end();
  });
  writer.parent = root;
  drawFooters(writer, model);
  root.end();
  doc.end();
  return bytes;
}

function drawBlock(w: Writer, block: Block): void {
  switch (block.kind) {
    case "cover":
      return drawCover(w, block);
    case "heading":
      return drawHeading(w, block);
    case "paragraph":
      return drawParagraph(w, block);
    case "facts":
      return drawFacts(w, block);
    case "table":
      return drawTable(w, block);
    case "barChart":
      return drawBarChart(w, block);
    case "groupedBarChart":
      return drawGroupedBarChart(w, block);
  }
}

/** Bookmarks: a part ("Schede dei Dirigenti") once, with its schede under it. */
function addOutline(doc: PDFKit.PDFDocument, parts: Map<string, PDFKit.PDFOutline>, section: DocumentSection): void {
  const { title, parent } = section.outline;
  if (parent === undefined) {
    doc.outline.addItem(title);
    return;
  }
  let part = parts.get(parent);
  if (!part) {
    part = doc.outline.addItem(parent, { expanded: true });
    parts.set(parent, part);
  }
  part.addItem(title);
}

/** Midnight UTC of the run date: the same bytes wherever and whenever the same report is made. */
function runDate(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/** Gathers pdfkit's stream into one Uint8Array (Buffers in Node, Uint8Arrays in the browser build). */
function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
    doc.on("error", reject);
    doc.on("end", () => {
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let offset = 0;
      for (const c of chunks) {
        out.set(c, offset);
        offset += c.length;
      }
      resolve(out);
    });
  });
}

/**
 * The flow of content down the pages, and the tagging that makes it readable by assistive technology:
 * every text sits in a structure element (H1, P, Table, TD, Figure …) inside one Sect per section;
 * rules, fills and page furniture are marked as artifacts so screen readers skip them.
 */
import { COLOURS, FONT } from "./theme";

/** pdfkit's structure elements have a `dictionary` its typings leave out. */
interface WithDictionary {
  dictionary: { data: Record<string, unknown> };
}

export type StructParent = PDFKit.PDFStructureElement;

export class Writer {
  constructor(
    readonly doc: PDFKit.PDFDocument,
    /** The structure element new content is added to (the current section). */
    public parent: StructParent,
  ) {}

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Space left on the page below the current position. */
  get room(): number {
    return this.bottom - this.doc.y;
  }

  /**
   * A new page that continues any marked content still open (a Figure running over two pages):
   * plain addPage would leave it unclosed on one page and close it unopened on the next.
   */
  newPage(): void {
    const open = this.doc.endPageMarkings(this.doc.page);
    this.doc.addPage();
    this.doc.initPageMarkings(open);
    this.doc.x = this.left;
    this.doc.y = this.doc.page.margins.top;
  }

  /** Starts a new page unless `height` still fits below the current position. */
  ensureRoom(height: number): void {
    if (this.room < height) this.newPage();
  }

  /**
   * Adds a structure element whose content is drawn by `draw`, under `parent` (default: the section).
   * `attributes` (table scope, column span) must be set before the element is added: pdfkit writes
   * the element out as soon as its content is drawn.
   */
  tag(
    type: string,
    draw: () => void,
    parent: StructParent = this.parent,
    options: PDFKit.Mixins.StructureElementOptions = {},
    attributes?: Record<string, string | number>,
  ): PDFKit.PDFStructureElement {
    const element = this.doc.struct(type, options, draw);
    if (attributes) (element as unknown as WithDictionary).dictionary.data.A = attributes;
    parent.add(element);
    return element;
  }

  /** Draws decoration (fills, rules) outside the structure tree. */
  artifact(draw: () => void): void {
    this.doc.markContent("Artifact", { type: "Layout" });
    draw();
    this.doc.endMarkedContent();
  }

  font(name: keyof typeof FONT, size: number, colour: string = COLOURS.text): PDFKit.PDFDocument {
    return this.doc.font(FONT[name]).fontSize(size).fillColor(colour);
  }

  gap(points: number): void {
    this.doc.y += points;
  }
}

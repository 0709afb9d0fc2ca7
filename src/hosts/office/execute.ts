/// <reference types="office-js" />
/** Queues planned operations on an Excel request context: the only place that turns ops into Office calls. */
import type { ConditionalRule } from "../../core/write/types";
import { horizontalAlignment, type OfficeOp, type PageLayoutProps } from "./writeOps";

/** Worksheet and range proxies reused within a run: a proxy costs a path in every request that uses it. */
class Proxies {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private lastRange: { sheet: string; address: string; range: Excel.Range } | null = null;

  constructor(private readonly context: Excel.RequestContext) {}

  sheet(name: string): Excel.Worksheet {
    let ws = this.sheets.get(name);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(name, ws);
    }
    return ws;
  }

  range(sheet: string, address: string): Excel.Range {
    const last = this.lastRange;
    if (last && last.sheet === sheet && last.address === address) return last.range;
    const range = this.sheet(sheet).getRange(address);
    this.lastRange = { sheet, address, range };
    return range;
  }

  deleted(name: string): void {
    this.sheets.delete(name);
    this.lastRange = null;
  }

  added(name: string, ws: Excel.Worksheet): void {
    this.sheets.set(name, ws);
  }
}

function queue(context: Excel.RequestContext, proxies: Proxies, op: OfficeOp): void {
  switch (op.kind) {
    case "deleteName":
      // A missing name is a null object, and deleting a null object does nothing: no need to look first.
      context.workbook.names.getItemOrNullObject(op.name).delete();
      return;
    case "clear":
      proxies.range(op.sheet, op.address).clear("All");
      return;
    case "deleteSheet": {
      const ws = context.workbook.worksheets.getItemOrNullObject(op.sheet);
      // Worksheet.delete refuses a VeryHidden sheet (the undo log is one): hide it plainly first. Never
      // Visible, which would show the log for a moment; on a visible sheet it changes nothing that stays.
      ws.visibility = "Hidden";
      ws.delete();
      proxies.deleted(op.sheet);
      return;
    }
    case "addSheet": {
      const ws = context.workbook.worksheets.add(op.sheet);
      if (op.position !== undefined) ws.position = op.position;
      // The undo log: out of sight, and out of the sheet list a person can unhide from.
      if (op.veryHidden) ws.visibility = "VeryHidden";
      proxies.added(op.sheet, ws);
      return;
    }
    case "veryHide":
      proxies.sheet(op.sheet).visibility = "VeryHidden";
      return;
    case "columnWidth":
      proxies.range(op.sheet, op.address).format.columnWidth = op.points;
      return;
    case "addName":
      context.workbook.names.add(op.name, op.reference);
      return;
    case "numberFormat":
      proxies.range(op.sheet, op.address).numberFormat = op.formats;
      return;
    case "values":
      proxies.range(op.sheet, op.address).values = op.values;
      return;
    case "formulas":
      proxies.range(op.sheet, op.address).formulas = op.formulas;
      return;
    case "cellProperties":
      proxies.range(op.sheet, op.address).setCellProperties(op.properties);
      return;
    case "style": {
      const format = proxies.range(op.sheet, op.address).format;
      const s = op.style;
      if (s.fill !== undefined) format.fill.color = `#${s.fill}`;
      if (s.fontColor !== undefined) format.font.color = `#${s.fontColor}`;
      if (s.bold !== undefined) format.font.bold = s.bold;
      if (s.italic !== undefined) format.font.italic = s.italic;
      if (s.wrap !== undefined) format.wrapText = s.wrap;
      if (s.horizontal !== undefined) format.horizontalAlignment = horizontalAlignment(s.horizontal);
      return;
    }
    case "copy": {
      const target = proxies.range(op.sheet, op.address);
      target.copyFrom(proxies.range(op.fromSheet, op.fromAddress), "All");
      return;
    }
    case "pageLayout":
      queuePageLayout(proxies.sheet(op.sheet).pageLayout, op);
      return;
    case "conditionalFormat": {
      const target = op.areas ? proxies.sheet(op.sheet).getRanges(op.address) : proxies.range(op.sheet, op.address);
      queueConditionalFormat(target.conditionalFormats, op.rules);
      return;
    }
  }
}

/**
 * The rules already on the cells cleared (clearAll), then «Cell value equal to» rules (ExcelApi 1.6) added as
 * office-js-docs-pr docs/excel/excel-add-ins-conditional-formatting.md adds one: add("CellValue"), then its
 * format and its rule, whose formula1 is the text as a formula constant. add() puts each new format at the top
 * priority: the rules are added last first, so the first ends on top.
 */
function queueConditionalFormat(formats: Excel.ConditionalFormatCollection, rules: readonly ConditionalRule[]): void {
  formats.clearAll();
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    const cellValue = formats.add("CellValue").cellValue;
    cellValue.format.fill.color = `#${rule.fill}`;
    cellValue.format.font.color = `#${rule.fontColor}`;
    cellValue.rule = { formula1: `="${rule.equals.replace(/"/g, '""')}"`, operator: "EqualTo" };
  }
}

/** worksheet.pageLayout (ExcelApi 1.9): the one place the print layout becomes Office calls. */
function queuePageLayout(layout: Excel.PageLayout, p: PageLayoutProps): void {
  layout.orientation = p.orientation;
  layout.paperSize = p.paperSize;
  layout.zoom = { ...p.zoom };
  if (p.printArea !== null) layout.setPrintArea(p.printArea);
  if (p.printTitleRows !== null) layout.setPrintTitleRows(p.printTitleRows);
  const hf = layout.headersFooters;
  // One header and footer for every page (no different first page, no odd/even).
  hf.state = "Default";
  const all = hf.defaultForAllPages;
  all.leftHeader = p.headersFooters.leftHeader;
  all.centerHeader = p.headersFooters.centerHeader;
  all.rightHeader = p.headersFooters.rightHeader;
  all.leftFooter = p.headersFooters.leftFooter;
  all.centerFooter = p.headersFooters.centerFooter;
  all.rightFooter = p.headersFooters.rightFooter;
}

/** The range whose cells an op changes (what worksheets.onChanged will report of it); null for the others. */
export function changedRange(op: OfficeOp): { sheet: string; address: string } | null {
  switch (op.kind) {
    case "clear":
    case "values":
    case "formulas":
    case "copy":
      return { sheet: op.sheet, address: op.address };
    default:
      return null;
  }
}

/** One sync per chunk, calculation suspended for each (the suspension lasts until the next sync). */
export async function executeChunks(
  context: Excel.RequestContext,
  chunks: readonly (readonly OfficeOp[])[],
  suspendCalculation: boolean,
  onSync: (index: number) => void,
  onQueued: (op: OfficeOp) => void = () => undefined,
): Promise<void> {
  const proxies = new Proxies(context);
  for (let i = 0; i < chunks.length; i++) {
    if (suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const op of chunks[i]) {
      onQueued(op);
      queue(context, proxies, op);
    }
    onSync(i);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk: each request must stay under 5 MB.
    await context.sync();
  }
}

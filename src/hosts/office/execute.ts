/// <reference types="office-js" />
/** Queues planned operations on an Excel request context: the only place that turns ops into Office calls. */
import { horizontalAlignment, type OfficeOp } from "./writeOps";

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
    case "deleteSheet":
      context.workbook.worksheets.getItemOrNullObject(op.sheet).delete();
      proxies.deleted(op.sheet);
      return;
    case "addSheet": {
      const ws = context.workbook.worksheets.add(op.sheet);
      if (op.position !== undefined) ws.position = op.position;
      proxies.added(op.sheet, ws);
      return;
    }
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
  }
}

/** One sync per chunk, calculation suspended for each (the suspension lasts until the next sync). */
export async function executeChunks(
  context: Excel.RequestContext,
  chunks: readonly (readonly OfficeOp[])[],
  suspendCalculation: boolean,
  onSync: (index: number) => void,
): Promise<void> {
  const proxies = new Proxies(context);
  for (let i = 0; i < chunks.length; i++) {
    if (suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    for (const op of chunks[i]) queue(context, proxies, op);
    onSync(i);
    await context.sync();
  }
}

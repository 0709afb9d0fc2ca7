/** The cells of one table's owned columns (and of its created Consuntivo header). */
import type { IndicatorRow } from "../model/types";
import type { IndicatorResult } from "../scoring/types";
import type { CellWrite } from "./types";
import type { Lang } from "../../i18n/messages";
import { STATUS_LABELS } from "../../i18n/labels";
import { consuntivoHeader, WRITE_TEXTS } from "./labels";
import type { BlockLayout } from "./placement";
import type { RowNotes } from "./notes";
import { CONSUNTIVO_HEADER, NOTE, OWNED_HEADER, PERCENT, STATUS_STYLES } from "./styles";

export function ownedHeaders(kind: BlockLayout["block"]["kind"], year: number, lang: Lang): [string, string, string] {
  const t = WRITE_TEXTS[lang];
  if (kind === "cruscotto") return [`${t.raggiungimento} ${year}`, `${t.stato} ${year}`, t.note];
  return [t.raggiungimento, t.stato, t.note];
}

export interface BlockWriteContext {
  year: number;
  lang: Lang;
  result: (row: IndicatorRow) => IndicatorResult | undefined;
  notes: RowNotes;
}

export function writeBlock(out: CellWrite[], l: BlockLayout, rows: readonly IndicatorRow[], ctx: BlockWriteContext): void {
  const { block } = l;
  const sheet = block.sheet;
  if (l.consuntivoCol !== null) {
    // Header only: the data cells are the person's to type into.
    out.push({ sheet, row: block.headerRow, col: l.consuntivoCol, value: consuntivoHeader(block.kind, ctx.year), style: CONSUNTIVO_HEADER });
  }
  const [hA, hS, hN] = ownedHeaders(block.kind, ctx.year, ctx.lang);
  const a = l.ownedLeft;
  out.push({ sheet, row: block.headerRow, col: a, value: hA, style: OWNED_HEADER });
  out.push({ sheet, row: block.headerRow, col: a + 1, value: hS, style: OWNED_HEADER });
  out.push({ sheet, row: block.headerRow, col: a + 2, value: hN, style: OWNED_HEADER });
  const labels = STATUS_LABELS[ctx.lang];
  const noteOf = ctx.notes.forSheet(sheet);
  for (const row of rows) {
    if (row.row <= block.headerRow || row.row > l.bottom) continue; // a row outside the block is not ours to annotate
    const result = ctx.result(row);
    const status = result ? result.status : "non_valutabile";
    // An empty achievement is simply not written: the owned range was cleared just before.
    const achievement = result ? result.achievement : null;
    if (achievement !== null) out.push({ sheet, row: row.row, col: a, value: achievement, style: PERCENT });
    out.push({ sheet, row: row.row, col: a + 1, value: labels[status], style: STATUS_STYLES[status] });
    const note = noteOf ? noteOf(row.row) : null;
    if (note !== null) out.push({ sheet, row: row.row, col: a + 2, value: note, style: NOTE });
  }
}

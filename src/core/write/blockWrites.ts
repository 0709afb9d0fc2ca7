/** The cells of one table's owned columns (and of its created Consuntivo header). */
import type { IndicatorRow } from "../model/types";
import type { IndicatorResult } from "../scoring/types";
import type { CellWrite } from "./types";
import type { Lang } from "../../i18n/messages";
import { STATUS_LABELS } from "../../i18n/labels";
import { createdHeader, WRITE_TEXTS } from "./labels";
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
  /** plan.indicators, and the result of each of them at the same position. */
  rows: readonly IndicatorRow[];
  results: readonly (IndicatorResult | undefined)[];
  notes: RowNotes;
}

/** Writes the block whose rows are rows[at[from]] … rows[at[to - 1]] (positions in plan.indicators). */
export function writeBlock(
  out: CellWrite[],
  l: BlockLayout,
  at: Int32Array,
  from: number,
  to: number,
  ctx: BlockWriteContext,
): void {
  const { block } = l;
  const sheet = block.sheet;
  for (const created of l.created) {
    // Header only: the data cells are the person's to type into.
    out.push({
      sheet,
      row: block.headerRow,
      col: created.col,
      value: createdHeader(block.kind, created.column, ctx.year),
      style: CONSUNTIVO_HEADER,
    });
  }
  const [hA, hS, hN] = ownedHeaders(block.kind, ctx.year, ctx.lang);
  const a = l.ownedLeft;
  out.push({ sheet, row: block.headerRow, col: a, value: hA, style: OWNED_HEADER });
  out.push({ sheet, row: block.headerRow, col: a + 1, value: hS, style: OWNED_HEADER });
  out.push({ sheet, row: block.headerRow, col: a + 2, value: hN, style: OWNED_HEADER });
  const labels = STATUS_LABELS[ctx.lang];
  const notes = ctx.notes.sheetNotes(sheet);
  for (let k = from; k < to; k++) {
    const i = at[k];
    const r = ctx.rows[i].row;
    if (r <= block.headerRow || r > l.bottom) continue; // a row outside the block is not ours to annotate
    const result = ctx.results[i];
    const status = result ? result.status : "non_valutabile";
    // An empty achievement is simply not written: the owned range was cleared just before.
    const achievement = result ? result.achievement : null;
    if (achievement !== null) out.push({ sheet, row: r, col: a, value: achievement, style: PERCENT });
    out.push({ sheet, row: r, col: a + 1, value: labels[status], style: STATUS_STYLES[status] });
    const note = notes === null ? null : ctx.notes.format(notes.get(r));
    if (note !== null) out.push({ sheet, row: r, col: a + 2, value: note, style: NOTE });
  }
}

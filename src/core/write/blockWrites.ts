/** The cells of one table's owned columns (and of its created Consuntivo header). */
import type { IndicatorRow } from "../model/types";
import type { IndicatorResult } from "../scoring/types";
import type { CellWrite, ConditionalFormat } from "./types";
import type { Settings } from "../settings/types";
import type { SettingRefs } from "./formulas/settingRefs";
import { achievementFormula, statusFormula } from "./formulas/indicator";
import { scoredTarget } from "./formulas/liveRows";
import { sameRowRef } from "./formulas/references";
import { achievementKey, ROW_MARK, type RowTemplates } from "./formulas/rowTemplates";
import { statusColours } from "./formulas/statusColours";
import type { WordRefs } from "./formulas/words";
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
  /** Set when the computed cells are formulas («Calcolo nel foglio» = formule); null writes values only. */
  live: LiveContext | null;
}

export interface LiveContext {
  refs: SettingRefs;
  /** The yes / no / not-yet word lists the formulas read (named on the Riepilogo). */
  words: WordRefs;
  settings: Settings;
  /** Keys of the rows whose actual is typed as text: they keep values (their Note says why). */
  notLive: ReadonlySet<string>;
  /** The cell a derived row takes its actual from (the Ente's or its Area's score); null keeps values. */
  derivedActual(row: IndicatorRow): string | null;
  /** The run's formula templates: a formula is built once per kind of row. */
  templates: RowTemplates;
}

/**
 * The cell an indicator's formula reads its actual from, or null when the row keeps values; a cell on the
 * row's own line has the row marker for its row (see rowTemplates).
 */
function actualRef(row: IndicatorRow, l: BlockLayout, live: LiveContext): { ref: string; fraction: boolean } | null {
  if (row.neutralised === true || live.notLive.has(row.key)) return null;
  if (row.derived !== null) {
    const ref = live.derivedActual(row);
    return ref === null ? null : { ref, fraction: true };
  }
  const col = row.actual.col ?? l.created.find((c) => c.column === "consuntivo")?.col;
  return col === undefined ? null : { ref: sameRowRef(ROW_MARK, col), fraction: false };
}

/**
 * Writes the block whose rows are rows[at[from]] … rows[at[to - 1]] (positions in plan.indicators); returns
 * the conditional formatting of its Stato column when the cells are formulas.
 */
export function writeBlock(
  out: CellWrite[],
  l: BlockLayout,
  at: Int32Array,
  from: number,
  to: number,
  ctx: BlockWriteContext,
): ConditionalFormat | null {
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
  const live = ctx.live;
  for (let k = from; k < to; k++) {
    const i = at[k];
    const r = ctx.rows[i].row;
    if (r <= block.headerRow || r > l.bottom) continue; // a row outside the block is not ours to annotate
    const result = ctx.results[i];
    const status = result ? result.status : "non_valutabile";
    // An empty achievement is simply not written: the owned range was cleared just before.
    const achievement = result ? result.achievement : null;
    const target = live === null ? null : scoredTarget(ctx.rows[i]);
    const actual = live === null || target === null ? null : actualRef(ctx.rows[i], l, live);
    if (live !== null && target !== null && actual !== null) {
      const row = ctx.rows[i];
      const missingAsZero = live.settings.missingAsZero && row.unitId !== null;
      const key = achievementKey({ target, actual: actual.ref, actualIsFraction: actual.fraction, missingAsZero });
      const ach = live.templates.formula(key, r, () =>
        achievementFormula({
          target,
          actual: actual.ref,
          actualIsFraction: actual.fraction,
          missingAsZero,
          settings: live.settings,
          refs: live.refs,
          words: live.words,
        }),
      );
      out.push({ sheet, row: r, col: a, value: achievement, formula: ach.formula, shared: ach.shared, style: PERCENT });
      const stato = live.templates.formula(`stato|${a}|${actual.ref}`, r, () =>
        statusFormula({
          achievement: sameRowRef(ROW_MARK, a),
          actual: actual.ref,
          labels,
          refs: live.refs,
          words: live.words,
        }),
      );
      out.push({ sheet, row: r, col: a + 1, value: labels[status], formula: stato.formula, shared: stato.shared });
    } else {
      if (achievement !== null) out.push({ sheet, row: r, col: a, value: achievement, style: PERCENT });
      // With formulas the colour comes from the Stato column's conditional formatting, for every row alike.
      out.push({ sheet, row: r, col: a + 1, value: labels[status], style: live ? undefined : STATUS_STYLES[status] });
    }
    const note = notes === null ? null : ctx.notes.format(notes.get(r));
    if (note !== null) out.push({ sheet, row: r, col: a + 2, value: note, style: NOTE });
  }
  if (live === null || l.bottom <= block.headerRow) return null;
  return statusColours({ sheet, col: a + 1, top: block.headerRow + 1, bottom: l.bottom, lang: ctx.lang });
}

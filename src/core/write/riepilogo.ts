/**
 * The Riepilogo <year> sheet: the Ente, Areas, units, strategic objectives, counts per status and per
 * diagnostic. No run timestamp: two runs on the same data must write the same sheet.
 */
import type { CellValue } from "../grid/types";
import type { Diagnostic, Severity } from "../diagnostics/types";
import { STATUSES, type Scorecard, type Status } from "../scoring/types";
import type { CellStyle, CellWrite } from "./types";
import type { Lang } from "../../i18n/messages";
import { ENTE_METHOD_LABELS, STATUS_LABELS, UNIT_KIND_LABELS } from "../../i18n/labels";
import { WRITE_TEXTS } from "./labels";
import { OWNED_HEADER, PERCENT, SECTION, STATUS_STYLES, SUBTITLE, TITLE } from "./styles";

export const SUMMARY_COLUMN_WIDTHS: Record<number, number> = { 0: 52, 1: 16, 2: 30, 3: 14, 4: 14, 5: 14, 6: 14, 7: 24 };

type Cell = { value: CellValue; style?: CellStyle } | null;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

class SheetWriter {
  private row = 0;
  constructor(
    private readonly sheet: string,
    readonly out: CellWrite[],
  ) {}

  line(cells: Cell[]): void {
    cells.forEach((c, col) => {
      if (c === null || c.value === null) return;
      const w: CellWrite = { sheet: this.sheet, row: this.row, col, value: c.value };
      if (c.style) w.style = c.style;
      this.out.push(w);
    });
    this.row++;
  }

  blank(): void {
    this.row++;
  }
}

const text = (value: string, style?: CellStyle): Cell => (style ? { value, style } : { value });
const pct = (value: number | null): Cell => (value === null ? null : { value, style: PERCENT });
const num = (value: number): Cell => ({ value });
const header = (labels: string[]): Cell[] => labels.map((l) => text(l, OWNED_HEADER));

function statusCell(status: Status, lang: Lang): Cell {
  return { value: STATUS_LABELS[lang][status], style: STATUS_STYLES[status] };
}

/** Counts per (code, severity), errors first, then by code: a stable order for identical reruns. */
function diagnosticCounts(diagnostics: readonly Diagnostic[]): { code: string; severity: Severity; count: number }[] {
  // severity -> code -> count: no key string per diagnostic (a large plan has tens of thousands).
  const counts = new Map<string, { code: string; severity: Severity; count: number }>();
  const bySeverity = new Map<Severity, Map<string, { code: string; severity: Severity; count: number }>>();
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    let codes = bySeverity.get(d.severity);
    if (!codes) bySeverity.set(d.severity, (codes = new Map()));
    const c = codes.get(d.code);
    if (c) c.count++;
    else {
      const created = { code: d.code, severity: d.severity, count: 1 };
      codes.set(d.code, created);
      counts.set(`${d.severity}\u0000${d.code}`, created);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export function summaryCells(
  sheet: string,
  scorecard: Scorecard,
  diagnostics: readonly Diagnostic[],
  lang: Lang,
): CellWrite[] {
  const t = WRITE_TEXTS[lang];
  const w = new SheetWriter(sheet, []);
  w.line([text(t.summaryTitle(scorecard.year), TITLE)]);
  w.line([text(t.summaryNotice, SUBTITLE)]);
  w.blank();

  w.line([text(t.ente, SECTION)]);
  w.line(header([t.ente, t.score, t.method]));
  const method = scorecard.ente.method ? ENTE_METHOD_LABELS[lang][scorecard.ente.method] : t.noMethod;
  w.line([text(t.enteIndicator), pct(scorecard.ente.score), text(method)]);
  w.blank();

  w.line([text(t.areas, SECTION)]);
  w.line(header([t.area, t.score, t.unitCount]));
  for (const a of scorecard.areas) w.line([text(a.name), pct(a.score), num(a.units.length)]);
  if (scorecard.areas.length === 0) w.line([text(t.none, SUBTITLE)]);
  w.blank();

  w.line([text(t.units, SECTION)]);
  w.line(header([t.unit, t.kind, t.area, t.score, t.coverage, t.weightSum, t.productivity, t.status]));
  for (const u of scorecard.units) {
    w.line([
      text(u.name),
      text(UNIT_KIND_LABELS[lang][u.kind]),
      u.area === null ? null : text(u.area),
      pct(u.score),
      pct(u.coverage),
      pct(u.weightSum),
      pct(u.productivityScore),
      statusCell(u.status, lang),
    ]);
  }
  if (scorecard.units.length === 0) w.line([text(t.none, SUBTITLE)]);
  w.blank();

  w.line([text(t.strategic, SECTION)]);
  w.line(header([t.strategicObjective, t.number, t.score]));
  for (const s of scorecard.strategicObjectives)
    w.line([text(s.name), s.number === null ? null : num(s.number), pct(s.score)]);
  if (scorecard.strategicObjectives.length === 0) w.line([text(t.none, SUBTITLE)]);
  w.blank();

  w.line([text(t.byStatus, SECTION)]);
  w.line(header([t.status, t.count]));
  const byStatus = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const r of scorecard.indicators) byStatus.set(r.status, (byStatus.get(r.status) ?? 0) + 1);
  for (const s of STATUSES) {
    const n = byStatus.get(s) ?? 0;
    // Neutralisation is the OIV's exception: its line is shown only when it happened.
    if (s === "neutralizzato" && n === 0) continue;
    w.line([statusCell(s, lang), num(n)]);
  }
  w.blank();

  w.line([text(t.diagnostics, SECTION)]);
  w.line(header([t.code, t.severity, t.count]));
  const counts = diagnosticCounts(diagnostics);
  for (const c of counts) w.line([text(c.code), text(t.severities[c.severity]), num(c.count)]);
  if (counts.length === 0) w.line([text(t.none, SUBTITLE)]);
  return w.out;
}

/** The short table the CLI prints: Ente, Areas, units with score and status, diagnostics count. */
import type { Report } from "../core/report/types";
import { formatPercent } from "../core/format";
import { CLI_TEXTS, ENTE_METHOD_LABELS, STATUS_LABELS, UNIT_KIND_LABELS } from "../i18n/labels";
import type { Lang } from "../i18n/messages";

const pad = (s: string, n: number): string => (s.length >= n ? s.slice(0, n - 1) + "…" : s + " ".repeat(n - s.length));
const padLeft = (s: string, n: number): string => (s.length >= n ? s : " ".repeat(n - s.length) + s);

export function formatSummary(report: Report, lang: Lang): string {
  const t = CLI_TEXTS[lang];
  const pct = (v: number | null): string => (v === null ? t.noScore : formatPercent(v, lang));
  const lines: string[] = [t.title(report.year), ""];
  const method = report.ente.method ? ` (${t.method}: ${ENTE_METHOD_LABELS[lang][report.ente.method]})` : "";
  lines.push(`${t.ente}: ${pct(report.ente.score)}${method}`);
  if (report.areas.length > 0) {
    lines.push("", `${t.areas}:`);
    for (const a of report.areas) lines.push(`  ${pad(a.name, 40)} ${padLeft(pct(a.score), 10)}`);
  }
  if (report.units.length > 0) {
    const c = t.columns;
    const rows = report.units.map((u) => ({
      name: u.name,
      kind: UNIT_KIND_LABELS[lang][u.kind],
      score: pct(u.score),
      coverage: pct(u.coverage),
      status: STATUS_LABELS[lang][u.status],
    }));
    // Number columns as wide as their longest entry, so that "nessun valore" never runs into the next one.
    const width = (header: string, values: string[]): number => Math.max(header.length, ...values.map((v) => v.length));
    const scoreWidth =
      width(
        c.score,
        rows.map((r) => r.score),
      ) + 1;
    const coverageWidth =
      width(
        c.coverage,
        rows.map((r) => r.coverage),
      ) + 1;
    lines.push(
      "",
      `${pad(c.name, 42)} ${pad(c.kind, 10)} ${padLeft(c.score, scoreWidth)} ${padLeft(c.coverage, coverageWidth)}  ${c.status}`,
    );
    for (const r of rows) {
      lines.push(
        `${pad(r.name, 42)} ${pad(r.kind, 10)} ${padLeft(r.score, scoreWidth)} ${padLeft(r.coverage, coverageWidth)}  ${r.status}`,
      );
    }
    // What the two figures are, in the same words as the pane and the PDF.
    lines.push("", ...t.legend);
  }
  const count = (sev: string): number => report.diagnostics.filter((d) => d.severity === sev).length;
  lines.push("", t.diagnostics(count("error"), count("warning"), count("info")));
  return lines.join("\n");
}

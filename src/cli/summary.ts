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
    lines.push(
      "",
      `${pad(c.name, 42)} ${pad(c.kind, 10)} ${padLeft(c.score, 10)} ${padLeft(c.coverage, 10)}  ${c.status}`,
    );
    for (const u of report.units) {
      lines.push(
        `${pad(u.name, 42)} ${pad(UNIT_KIND_LABELS[lang][u.kind], 10)} ${padLeft(pct(u.score), 10)} ${padLeft(pct(u.coverage), 10)}  ${STATUS_LABELS[lang][u.status]}`,
      );
    }
  }
  const count = (sev: string): number => report.diagnostics.filter((d) => d.severity === sev).length;
  lines.push("", t.diagnostics(count("error"), count("warning"), count("info")));
  return lines.join("\n");
}

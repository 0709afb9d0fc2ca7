/**
 * Calcola e scrivi: progress through the phases; «Ultimo calcolo» with «Annulla ultimo calcolo» beside it
 * (where the focus goes when a run has written, so that one Tab reaches the undo); then Ente, Areas, the
 * units' list and their chart.
 */
import { useMemo, useState, type JSX, type ReactNode } from "react";
import { Body1, Button, Caption1, Field, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { statusFor } from "../../core/scoring/status";
import { GLOSSARY } from "../../i18n/glossary";
import { ENTE_METHOD_LABELS } from "../../i18n/labels";
import type { Lang } from "../../i18n/messages";
import type { PaneTexts } from "../../i18n/pane";
import type { Phase, RunOutcome } from "../model/flow";
import { shownPercent } from "../model/format";
import { sortUnits, type SortDirection, type UnitRow, type UnitSortKey } from "../model/units";
import { StatusBadge } from "./StatusBadge";
import { useBarStyles, useStyles } from "./styles";

interface Props {
  texts: PaneTexts;
  lang: Lang;
  phase: Phase | null;
  outcome: RunOutcome | null;
  busy: boolean;
  canRun: boolean;
  onRun: () => void;
  /** "Annulla ultimo calcolo": shown when given, enabled when the workbook has a run to undo. */
  canUndo?: boolean;
  onUndo?: () => void;
  /** «Ultimo calcolo: …», or null when there is no run to speak of. */
  lastRun?: string | null;
  /** Indicators to complete in the last analysis or run; null before either. */
  toComplete?: number | null;
  onShowTodo?: () => void;
  /** The choices through the year (RunChoicesView), under the button. */
  choices?: ReactNode;
  /** What follows the results (RunTrend: the change since the previous monitoring point). */
  after?: ReactNode;
}

const PHASE_VALUE: Record<Phase, number> = { reading: 0.15, scoring: 0.5, writing: 0.8, done: 1 };

export function RunPanel(props: Props): JSX.Element {
  const { texts, lang, phase, outcome, busy, canRun, onRun, canUndo, onUndo, lastRun } = props;
  const s = useStyles();
  const t = texts.run;
  return (
    <div className={s.section}>
      <Body1>{t.intro}</Body1>
      <div className={s.row}>
        <Button appearance="primary" onClick={onRun} disabled={busy || !canRun}>
          {t.button}
        </Button>
      </div>
      {/* Under the button: the main action stays one Tab away from the tabs. */}
      {props.choices}
      {phase && (
        <Field validationMessage={t.phases[phase]} validationState="none" data-testid="progress" data-phase={phase}>
          <ProgressBar value={PHASE_VALUE[phase]} max={1} thickness="large" aria-label={t.phases[phase]} />
        </Field>
      )}
      {onUndo && (
        <div className={s.lastRun}>
          {lastRun && (
            <Body1 id="last-run" tabIndex={-1} className={s.focusTarget} data-testid="last-run">
              {lastRun}
            </Body1>
          )}
          <div className={s.row}>
            <Button appearance="secondary" onClick={onUndo} disabled={busy || !canRun || !canUndo} data-testid="undo">
              {texts.undo.button}
            </Button>
          </div>
        </div>
      )}
      {outcome && phase === "done" && props.toComplete !== null && props.toComplete !== undefined && (
        <div className={s.row} data-testid="run-todo">
          <Body1>{props.toComplete > 0 ? texts.todo.summary(props.toComplete) : texts.todo.none}</Body1>
          {props.toComplete > 0 && props.onShowTodo && (
            <Button size="small" appearance="secondary" onClick={props.onShowTodo}>
              {texts.todo.show}
            </Button>
          )}
        </div>
      )}
      {outcome && phase === "done" && <Results texts={texts} lang={lang} outcome={outcome} />}
      {outcome && phase === "done" && props.after}
    </div>
  );
}

function Results({ texts, lang, outcome }: { texts: PaneTexts; lang: Lang; outcome: RunOutcome }): JSX.Element {
  const s = useStyles();
  const t = texts.run;
  const report = outcome.result.report;
  const pct = (v: number | null): string => shownPercent(v, lang, t.noScore);
  // The Ente's and the Areas' scores fall in the same bands as a unit's: their status, in words, beside them.
  const status = (score: number | null): JSX.Element => (
    <StatusBadge status={statusFor(score, outcome.result.settings)} lang={lang} />
  );
  return (
    <>
      <section className={s.section} aria-labelledby="ente-title">
        <div className={s.figures}>
          <div className={s.figure}>
            <Caption1 id="ente-title">{t.ente}</Caption1>
            <span className={s.figureValue} data-testid="ente-score">
              {pct(report.ente.score)}
            </span>
            <span data-testid="ente-status">{status(report.ente.score)}</span>
            {report.ente.method && <Caption1>{t.method(ENTE_METHOD_LABELS[lang][report.ente.method])}</Caption1>}
          </div>
        </div>
      </section>
      {report.areas.length > 0 && (
        <section className={s.section} aria-labelledby="areas-title">
          <Subtitle2 as="h2" id="areas-title">
            {t.areas}
          </Subtitle2>
          <div className={s.figures}>
            {report.areas.map((a) => (
              <div className={s.figure} key={a.name} data-testid="area" data-name={a.name}>
                <Caption1>{a.name}</Caption1>
                <span className={s.figureValue} data-testid="area-score">
                  {pct(a.score)}
                </span>
                <span data-testid="area-status">{status(a.score)}</span>
              </div>
            ))}
          </div>
        </section>
      )}
      <UnitsTable texts={texts} lang={lang} units={report.units} />
      <Legend texts={texts} lang={lang} />
      <UnitsChart texts={texts} lang={lang} units={report.units} />
    </>
  );
}

/** The columns whose meaning the legend under the table says. */
const DESCRIBED: Partial<Record<UnitSortKey, string>> = { score: "legend-punteggio", coverage: "legend-copertura" };

function UnitsTable({ texts, lang, units }: { texts: PaneTexts; lang: Lang; units: UnitRow[] }): JSX.Element {
  const s = useStyles();
  const t = texts.run;
  const [sort, setSort] = useState<{ key: UnitSortKey; direction: SortDirection }>({
    key: "score",
    direction: "descending",
  });
  const rows = useMemo(() => sortUnits(units, sort.key, sort.direction), [units, sort]);
  const header = (key: UnitSortKey, label: string, numeric = false): JSX.Element => {
    const active = sort.key === key;
    const next: SortDirection =
      active && sort.direction === "descending"
        ? "ascending"
        : active
          ? "descending"
          : key === "name"
            ? "ascending"
            : "descending";
    return (
      <th className={numeric ? `${s.th} ${s.num}` : s.th} aria-sort={active ? sort.direction : "none"} scope="col">
        <Button
          appearance="transparent"
          className={s.sortButton}
          onClick={() => setSort({ key, direction: next })}
          title={t.sortBy(label)}
          aria-describedby={DESCRIBED[key]}
          data-testid={`sort-${key}`}
        >
          {label}
          {active ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}
        </Button>
      </th>
    );
  };
  return (
    <section className={s.section} aria-labelledby="units-title">
      <Subtitle2 as="h2" id="units-title">
        {t.units}
      </Subtitle2>
      <table className={s.table} data-testid="units">
        <colgroup>
          <col style={{ width: "40%" }} />
          <col style={{ width: "18%" }} />
          <col style={{ width: "18%" }} />
          <col style={{ width: "24%" }} />
        </colgroup>
        <thead>
          <tr className={s.headRow}>
            {header("name", t.columns.name)}
            {header("score", t.columns.score, true)}
            {header("coverage", t.columns.coverage, true)}
            {header("status", t.columns.status)}
          </tr>
        </thead>
        <tbody>
          {rows.map((u) => (
            <tr key={`${u.sheet}|${u.name}`} className={s.bodyRow} data-testid="unit" data-name={u.name}>
              <td className={`${s.td} ${s.nameCell}`}>{u.name}</td>
              <td className={`${s.td} ${s.num} ${s.labelled}`} data-label={t.columns.score} data-testid="unit-score">
                {shownPercent(u.score, lang, "—")}
              </td>
              <td
                className={`${s.td} ${s.num} ${s.labelled}`}
                data-label={t.columns.coverage}
                data-testid="unit-coverage"
              >
                {shownPercent(u.coverage, lang, "—")}
              </td>
              <td className={`${s.td} ${s.statusCell}`}>
                <StatusBadge status={u.status} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Plain divs, no chart library: each bar has its name and its figure as text beside it. */
function UnitsChart({ texts, lang, units }: { texts: PaneTexts; lang: Lang; units: UnitRow[] }): JSX.Element {
  const s = useStyles();
  const bars = useBarStyles();
  const rows = sortUnits(units, "score", "descending");
  // Scores can pass 100 % when the cap allows it: the longest bar sets the scale, never less than 100 %.
  const scale = Math.max(1, ...rows.map((u) => u.score ?? 0));
  return (
    <section className={s.section} aria-labelledby="chart-title">
      <Subtitle2 as="h2" id="chart-title">
        {texts.run.chart}
      </Subtitle2>
      <ul className={s.list} data-testid="chart">
        {rows.map((u) => {
          const shown = shownPercent(u.score, lang, texts.run.noScore);
          return (
            <li key={`${u.sheet}|${u.name}`} data-testid="bar" data-name={u.name}>
              <div className={s.barLabel}>
                <Caption1>{u.name}</Caption1>
                <Caption1>
                  <strong>{shown}</strong>
                </Caption1>
              </div>
              <div className={s.barTrack} aria-hidden="true">
                <div
                  className={`${s.bar} ${bars[u.status]}`}
                  data-testid="bar-fill"
                  style={{ width: `${((u.score ?? 0) / scale) * 100}%` }}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * What Punteggio and Copertura are, under the table that shows them, in the glossary's words: visible text
 * (no tooltip to hover or to find by keyboard), and the description of the coverage column's button.
 */
function Legend({ texts, lang }: { texts: PaneTexts; lang: Lang }): JSX.Element {
  const s = useStyles();
  const g = GLOSSARY[lang];
  return (
    <section className={s.section} aria-labelledby="legend-title" data-testid="legend">
      <Caption1 as="h3" id="legend-title" className={s.legendTitle}>
        {texts.run.legend}
      </Caption1>
      <dl className={s.legend}>
        {(["punteggio", "copertura"] as const).map((id) => (
          <div key={id}>
            <dt>{g[id].term}</dt>
            <dd id={`legend-${id}`}>{g[id].definition}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

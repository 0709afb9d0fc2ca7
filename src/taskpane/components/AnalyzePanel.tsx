/**
 * Analizza: the result in one sentence, «Da completare» (the officer's worklist), the diagnostics with
 * filters (errors and warnings first, the inferred readings folded), what was recognised, and «Fogli e
 * colonne» where the officer corrects it. With no plan table found, the notice says how to declare the
 * headers and «Fogli e colonne» follows it at once: giving the columns their roles is the way out.
 */
import { useMemo, useState, type JSX, type ReactNode } from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { Diagnostic, Severity } from "../../core/diagnostics/types";
import type { Settings } from "../../core/settings/types";
import { isUnusable } from "../../core/pipeline";
import { diagnosticMessage, type Lang } from "../../i18n/messages";
import type { PaneTexts } from "../../i18n/pane";
import type { Analysis } from "../model/flow";
import { cellReference, groupDiagnostics, recognitionSummary, SEVERITY_ORDER } from "../model/summary";
import type { Worklist } from "../model/worklist";
import {
  applyFilter,
  filterOptions,
  fitFilter,
  locateDiagnostics,
  NO_FILTER,
  type DiagnosticFilter,
} from "../model/diagnosticFilter";
import type { Went } from "./App";
import { GoToCell } from "./GoToCell";
import { RecognitionView } from "./RecognitionView";
import { WorklistView } from "./WorklistView";
import { useStyles } from "./styles";

/** Long lists are shown a page at a time: 150 info lines would bury the warnings on a 320 px pane. */
const PAGE = 20;

interface Props {
  texts: PaneTexts;
  lang: Lang;
  analysis: Analysis | null;
  worklist: Worklist | null;
  busy: boolean;
  canRun: boolean;
  onAnalyze: () => void;
  onGoTo: (sheet: string, cell: string) => void;
  went: Went | null;
  announce: (text: string) => void;
  /** «Salva e rianalizza»: the settings with the officer's corrections, to save and analyse again. */
  onSaveCorrections: (settings: Settings) => void;
  /** «Scheda dell'unità» (SchedaPanel), shown under the result when the plan was read. */
  scheda?: ReactNode;
}

export function AnalyzePanel(props: Props): JSX.Element {
  const { texts, analysis, worklist, busy, canRun, onAnalyze } = props;
  const s = useStyles();
  const t = texts.analyze;
  const count = (sev: Severity): number => analysis?.result.diagnostics.filter((d) => d.severity === sev).length ?? 0;
  const unusable = analysis !== null && isUnusable(analysis.result);
  return (
    <div className={s.section}>
      <Body1>{t.intro}</Body1>
      <div className={s.row}>
        <Button appearance="primary" onClick={onAnalyze} disabled={busy || !canRun}>
          {t.button}
        </Button>
      </div>
      {analysis && worklist && (
        <section className={s.section} aria-labelledby="analysis-result">
          <Subtitle2 as="h2" id="analysis-result" tabIndex={-1} className={s.focusTarget}>
            {t.resultTitle}
          </Subtitle2>
          <Body1 data-testid="analysis-summary">
            {t.done(
              analysis.result.plan.indicators.length,
              worklist.totals.missing + worklist.totals.unscorable,
              count("error"),
              count("warning"),
            )}
          </Body1>
          {unusable && (
            <MessageBar intent="warning" layout="multiline" aria-labelledby="unusable-title" data-testid="no-plan">
              <MessageBarBody>
                <MessageBarTitle id="unusable-title">{texts.recognition.noPlanTitle}</MessageBarTitle>
                <span className={s.block}>{t.unusable}</span>
                <span className={s.block}>{texts.recognition.noPlan}</span>
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
      {analysis && unusable && <Corrections {...props} analysis={analysis} />}
      {analysis && !unusable && props.scheda}
      {analysis && worklist && !unusable && <WorklistView {...props} worklist={worklist} />}
      {analysis && <Diagnostics {...props} analysis={analysis} />}
      {analysis && <Recognised texts={texts} analysis={analysis} />}
      {analysis && !unusable && <Corrections {...props} analysis={analysis} />}
    </div>
  );
}

function Corrections(props: Props & { analysis: Analysis }): JSX.Element {
  return (
    <RecognitionView
      texts={props.texts}
      analysis={props.analysis}
      busy={props.busy}
      canRun={props.canRun}
      onSave={props.onSaveCorrections}
      announce={props.announce}
    />
  );
}

function Recognised({ texts, analysis }: { texts: PaneTexts; analysis: Analysis }): JSX.Element {
  const s = useStyles();
  const t = texts.analyze;
  const sum = recognitionSummary(analysis.workbook, analysis.result.plan);
  const figures: [string, number, string][] = [
    [t.sheets, sum.sheets, "sheets"],
    [t.tables, sum.tables, "tables"],
    [t.units, sum.units, "units"],
    [t.strategic, sum.strategicObjectives, "strategic"],
    [t.indicators, sum.indicators, "indicators"],
  ];
  return (
    <section className={s.section} aria-labelledby="recognised-title">
      <Subtitle2 as="h2" id="recognised-title">
        {t.recognised}
      </Subtitle2>
      <div className={s.figures}>
        {figures.map(([label, value, id]) => (
          <div className={s.figure} key={id} data-testid={`recognised-${id}`}>
            <Caption1>{label}</Caption1>
            <span className={s.figureValue}>{value}</span>
          </div>
        ))}
      </div>
      <Subtitle2 as="h3">{t.byKind}</Subtitle2>
      <ul className={s.list} data-testid="kinds">
        {sum.byKind.map((k) => (
          <li key={k.kind} data-kind={k.kind}>
            {texts.kinds[k.kind]}: <strong>{k.count}</strong>
          </li>
        ))}
      </ul>
      <Caption1>{sum.sheetsWithTables.join(" · ")}</Caption1>
    </section>
  );
}

function Diagnostics(props: Props & { analysis: Analysis }): JSX.Element {
  const s = useStyles();
  const { texts, analysis, announce } = props;
  const f = texts.analyze.filters;
  const { plan, diagnostics } = analysis.result;
  const located = useMemo(() => locateDiagnostics(diagnostics, plan), [diagnostics, plan]);
  const options = useMemo(
    () =>
      filterOptions(
        located,
        plan,
        analysis.workbook.sheets.map((sh) => sh.name),
      ),
    [located, plan, analysis.workbook],
  );
  const [chosen, setChosen] = useState<DiagnosticFilter>(NO_FILTER);
  // A sheet or unit chosen before a new analysis may be gone: it then no longer filters.
  const filter = fitFilter(chosen, options);
  const shown = useMemo(() => applyFilter(located, filter), [located, filter]);
  const groups = groupDiagnostics(shown.map((l) => l.diagnostic));
  const filtered = filter.severity !== "all" || filter.sheet !== null || filter.unit !== null;
  const change = (next: DiagnosticFilter): void => {
    setChosen(next);
    // Said, not only shown: the list changes below the filters, out of a screen reader's sight.
    announce(f.shown(applyFilter(located, fitFilter(next, options)).length, diagnostics.length));
  };
  return (
    <section className={s.section} aria-labelledby="diagnostics-title" data-testid="diagnostics">
      <Subtitle2 as="h2" id="diagnostics-title">
        {texts.analyze.diagnostics}
      </Subtitle2>
      <ul className={s.inlineList} data-testid="diagnostic-counts">
        {groupDiagnostics(diagnostics).map((g) => (
          <li key={g.severity} data-severity={g.severity}>
            {texts.severityPlural[g.severity]}: <strong>{g.items.length}</strong>
          </li>
        ))}
      </ul>
      {diagnostics.length === 0 && <Body1>{texts.analyze.none}</Body1>}
      {diagnostics.length > 0 && (
        <div className={s.filters}>
          <Field label={f.severity} size="small">
            <Select
              size="small"
              className={s.select}
              value={filter.severity}
              data-testid="filter-severity"
              onChange={(_, d) => change({ ...filter, severity: d.value as DiagnosticFilter["severity"] })}
            >
              <option value="all">{f.allSeverities}</option>
              {SEVERITY_ORDER.map((sev) => (
                <option key={sev} value={sev}>
                  {texts.severityPlural[sev]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={f.sheet} size="small">
            <Select
              size="small"
              className={s.select}
              value={filter.sheet ?? ""}
              data-testid="filter-sheet"
              onChange={(_, d) => change({ ...filter, sheet: d.value === "" ? null : d.value })}
            >
              <option value="">{f.allSheets}</option>
              {options.sheets.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={f.unit} size="small">
            <Select
              size="small"
              className={s.select}
              value={filter.unit ?? ""}
              data-testid="filter-unit"
              onChange={(_, d) => change({ ...filter, unit: d.value === "" ? null : d.value })}
            >
              <option value="">{f.allUnits}</option>
              {options.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      {filtered && (
        <div className={s.row}>
          <Caption1 data-testid="diagnostics-shown">{f.shown(shown.length, diagnostics.length)}</Caption1>
          <Button size="small" appearance="subtle" onClick={() => change(NO_FILTER)}>
            {f.clear}
          </Button>
        </div>
      )}
      {filtered && shown.length === 0 && <Body1>{f.noneMatch}</Body1>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <DiagnosticGroupView
            // A new filter starts each list at its first page.
            key={`${g.severity}|${filter.sheet ?? ""}|${filter.unit ?? ""}`}
            {...props}
            severity={g.severity}
            items={g.items}
            openAtFirst={g.severity !== "info" || filter.severity === "info"}
          />
        ))}
    </section>
  );
}

function DiagnosticGroupView(
  props: Props & { severity: Severity; items: Diagnostic[]; openAtFirst: boolean },
): JSX.Element {
  const s = useStyles();
  const { texts, lang, severity, items, went } = props;
  const [shown, setShown] = useState(PAGE);
  const [open, setOpen] = useState(props.openAtFirst);
  return (
    // Errors and warnings open; the many inferred readings (info) folded, with their count.
    <details
      className={s.details}
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      data-testid={`diagnostics-${severity}`}
    >
      <summary>
        <Subtitle2>
          {texts.severityPlural[severity]} ({items.length})
        </Subtitle2>
        {severity === "info" && <Caption1 className={s.block}>{texts.analyze.infoFolded}</Caption1>}
      </summary>
      <ul className={s.list}>
        {items.slice(0, shown).map((d, i) => {
          const ref = d.cell ? cellReference(d.sheet, d.cell) : d.sheet;
          return (
            <li
              key={`${d.code}-${d.sheet}-${d.cell ?? ""}-${i}`}
              className={`${s.diagnostic} ${s[severity]}`}
              data-testid="diagnostic"
              data-severity={severity}
              data-sheet={d.sheet}
            >
              <Body1>
                <strong>{texts.severity[severity]}</strong>
                {ref ? ` · ${ref}` : ""} — {diagnosticMessage(d, lang)}
              </Body1>
              {d.cell && <GoToCell texts={texts} sheet={d.sheet} cell={d.cell} went={went} onGoTo={props.onGoTo} />}
            </li>
          );
        })}
      </ul>
      {items.length > shown && (
        <Button appearance="subtle" onClick={() => setShown((n) => n + PAGE)}>
          {texts.analyze.showMore(Math.min(PAGE, items.length - shown))}
        </Button>
      )}
    </details>
  );
}

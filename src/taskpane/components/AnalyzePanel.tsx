/** Analizza: what was recognised, and the diagnostics by severity with "Vai alla cella". */
import { useState, type JSX } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import type { Diagnostic } from "../../core/diagnostics/types";
import { isUnusable } from "../../core/pipeline";
import { diagnosticMessage, type Lang } from "../../i18n/messages";
import type { PaneTexts } from "../../i18n/pane";
import type { Analysis } from "../model/flow";
import { cellReference, groupDiagnostics, recognitionSummary } from "../model/summary";
import { useStyles } from "./styles";

/** Long lists are shown a page at a time: 150 info lines would bury the warnings on a 320 px pane. */
const PAGE = 20;

interface Props {
  texts: PaneTexts;
  lang: Lang;
  analysis: Analysis | null;
  busy: boolean;
  canRun: boolean;
  onAnalyze: () => void;
  onGoTo: (sheet: string, cell: string) => void;
}

export function AnalyzePanel({ texts, lang, analysis, busy, canRun, onAnalyze, onGoTo }: Props): JSX.Element {
  const s = useStyles();
  const t = texts.analyze;
  return (
    <div className={s.section}>
      <Body1>{t.intro}</Body1>
      <div className={s.row}>
        <Button appearance="primary" onClick={onAnalyze} disabled={busy || !canRun}>
          {t.button}
        </Button>
      </div>
      {analysis && <Recognised texts={texts} analysis={analysis} />}
      {analysis && isUnusable(analysis.result) && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.unusable}</MessageBarBody>
        </MessageBar>
      )}
      {analysis && <Diagnostics texts={texts} lang={lang} diagnostics={analysis.result.diagnostics} onGoTo={onGoTo} />}
    </div>
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

function Diagnostics(props: {
  texts: PaneTexts;
  lang: Lang;
  diagnostics: Diagnostic[];
  onGoTo: (sheet: string, cell: string) => void;
}): JSX.Element {
  const s = useStyles();
  const { texts } = props;
  const groups = groupDiagnostics(props.diagnostics);
  return (
    <section className={s.section} aria-labelledby="diagnostics-title">
      <Subtitle2 as="h2" id="diagnostics-title">
        {texts.analyze.diagnostics}
      </Subtitle2>
      <ul className={s.list} data-testid="diagnostic-counts">
        {groups.map((g) => (
          <li key={g.severity} data-severity={g.severity}>
            {texts.severityPlural[g.severity]}: <strong>{g.items.length}</strong>
          </li>
        ))}
      </ul>
      {props.diagnostics.length === 0 && <Body1>{texts.analyze.none}</Body1>}
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <DiagnosticGroupView key={g.severity} {...props} severity={g.severity} items={g.items} />
        ))}
    </section>
  );
}

function DiagnosticGroupView(props: {
  texts: PaneTexts;
  lang: Lang;
  severity: Diagnostic["severity"];
  items: Diagnostic[];
  onGoTo: (sheet: string, cell: string) => void;
}): JSX.Element {
  const s = useStyles();
  const { texts, lang, severity, items } = props;
  const [shown, setShown] = useState(PAGE);
  const intent = severity === "error" ? "error" : severity === "warning" ? "warning" : "info";
  return (
    // Errors and warnings open by default; the many inferred readings (info) stay folded.
    <details className={s.details} open={severity !== "info"} data-testid={`diagnostics-${severity}`}>
      <summary>
        <Subtitle2>
          {texts.severityPlural[severity]} ({items.length})
        </Subtitle2>
      </summary>
      <ul className={s.list}>
        {items.slice(0, shown).map((d, i) => {
          const ref = d.cell ? cellReference(d.sheet, d.cell) : d.sheet;
          return (
            <li key={`${d.code}-${d.sheet}-${d.cell ?? ""}-${i}`}>
              <MessageBar intent={intent} layout="multiline">
                <MessageBarBody>
                  <strong>{texts.severity[severity]}</strong>
                  {ref ? ` · ${ref}` : ""} — {diagnosticMessage(d, lang)}
                  {d.cell && (
                    <div>
                      <Button
                        size="small"
                        appearance="secondary"
                        aria-label={texts.analyze.goToCellLabel(ref)}
                        onClick={() => props.onGoTo(d.sheet, d.cell as string)}
                      >
                        {texts.analyze.goToCell}
                      </Button>
                    </div>
                  )}
                </MessageBarBody>
              </MessageBar>
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

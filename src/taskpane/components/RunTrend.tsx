/**
 * «Calcola»'s results through the year: the Ente's and each unit's score at the previous monitoring point
 * (the latest before the run's date), the score now and the change («▲ 3,2 pp»). Nothing when the workbook
 * keeps no point and the run recorded none.
 */
import type { JSX } from "react";
import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { changePoints } from "../../core/monitoring/trend";
import type { Lang } from "../../i18n/messages";
import type { SchedaTexts } from "../../i18n/paneScheda";
import type { RunOutcome } from "../model/flow";
import { shownDate } from "../model/dates";
import { shownPercent } from "../model/format";
import { ChangeText } from "./ChangeText";
import { useSchedaStyles } from "./schedaStyles";

interface Props {
  texts: SchedaTexts;
  lang: Lang;
  outcome: RunOutcome;
  /** «Apri la scheda di un'unità»: to the scheda in «Analizza». */
  onOpenScheda: () => void;
}

export function RunTrend({ texts, lang, outcome, onOpenScheda }: Props): JSX.Element {
  const s = useSchedaStyles();
  const { report, monitoring } = outcome.result;
  const previous = monitoring.previous;
  const pct = (v: number | null): string => shownPercent(v, lang, "—");
  const line = (key: string, name: string, before: number | null, now: number | null): JSX.Element => (
    <li key={key} data-testid="trend-unit" data-name={name}>
      <span>{name}</span>
      <span>
        <span className={s.visuallyHidden}>{texts.trendColumns.before} </span>
        <span data-testid="trend-before">{pct(before)}</span>
        <span aria-hidden="true"> → </span>
        <span className={s.visuallyHidden}>{texts.trendColumns.now} </span>
        <span data-testid="trend-now">{pct(now)}</span>{" "}
        <strong>
          <ChangeText points={changePoints(now, before)} lang={lang} texts={texts} testId="trend-change" />
        </strong>
      </span>
    </li>
  );
  return (
    <section
      className={s.choices}
      aria-labelledby={previous || monitoring.recorded ? "trend-title" : undefined}
      data-testid="run-trend"
    >
      {previous ? (
        <>
          <Subtitle2 as="h2" id="trend-title">
            {texts.trendTitle(shownDate(previous.date), previous.label)}
          </Subtitle2>
          <Caption1>{texts.trendIntro}</Caption1>
          <ul className={s.trend} data-testid="trend-list" data-date={previous.date}>
            {line("ente", texts.ente, previous.ente, report.ente.score)}
            {report.units.map((u) => line(`${u.sheet}|${u.name}`, u.name, u.previousScore, u.score))}
          </ul>
        </>
      ) : (
        monitoring.recorded && (
          <Body1 id="trend-title" data-testid="trend-none">
            {texts.trendNone}
          </Body1>
        )
      )}
      {report.units.length > 0 && (
        <div>
          <Button size="small" appearance="secondary" onClick={onOpenScheda} data-testid="open-scheda">
            {texts.open}
          </Button>
        </div>
      )}
    </section>
  );
}

/**
 * «Da completare» and «Non raggiunti»: one line per unit with its counts, opened to the indicators, each
 * with what to do and «Vai alla cella». Units are folded: on a 320 px pane the list of units is the view.
 */
import type { JSX } from "react";
import { Body1, Caption1, Subtitle2 } from "@fluentui/react-components";
import { diagnosticMessage, type Lang } from "../../i18n/messages";
import type { PaneTexts } from "../../i18n/pane";
import type { WorkGroup, WorkItem, Worklist } from "../model/worklist";
import type { Went } from "./App";
import { GoToCell } from "./GoToCell";
import { StatusBadge } from "./StatusBadge";
import { useStyles } from "./styles";

interface Props {
  texts: PaneTexts;
  lang: Lang;
  worklist: Worklist;
  went: Went | null;
  onGoTo: (sheet: string, cell: string) => void;
}

const STATUS = { missing: "non_rilevato", unscorable: "non_valutabile", notAchieved: "non_raggiunto" } as const;

export function WorklistView(props: Props): JSX.Element {
  const s = useStyles();
  const { texts, worklist } = props;
  const t = texts.todo;
  return (
    <>
      <section className={s.section} aria-labelledby="todo-title" data-testid="todo">
        <Subtitle2 as="h2" id="todo-title" tabIndex={-1} className={s.focusTarget}>
          {t.title}
        </Subtitle2>
        <Caption1>{t.intro}</Caption1>
        {worklist.toComplete.length === 0 && <Body1>{t.none}</Body1>}
        <ul className={s.list}>
          {worklist.toComplete.map((g) => (
            <Group
              key={g.id}
              {...props}
              group={g}
              counts={[
                g.counts.missing > 0 ? t.missing(g.counts.missing) : null,
                g.counts.unscorable > 0 ? t.unscorable(g.counts.unscorable) : null,
              ]
                .filter((c) => c !== null)
                .join(" · ")}
            />
          ))}
        </ul>
        {worklist.baselines > 0 && <Caption1 data-testid="todo-baselines">{t.baselines(worklist.baselines)}</Caption1>}
      </section>
      <section className={s.section} aria-labelledby="below-title" data-testid="not-achieved">
        <Subtitle2 as="h2" id="below-title">
          {t.notAchievedTitle}
        </Subtitle2>
        <Caption1>{t.notAchievedIntro}</Caption1>
        {worklist.notAchieved.length === 0 && <Body1>{t.noneNotAchieved}</Body1>}
        <ul className={s.list}>
          {worklist.notAchieved.map((g) => (
            <Group key={g.id} {...props} group={g} counts={t.notAchievedCount(g.counts.notAchieved)} />
          ))}
        </ul>
      </section>
    </>
  );
}

function Group(props: Props & { group: WorkGroup; counts: string }): JSX.Element {
  const s = useStyles();
  const { group, counts } = props;
  return (
    <li
      data-testid="todo-unit"
      data-name={group.name}
      data-missing={group.counts.missing}
      data-unscorable={group.counts.unscorable}
      data-not-achieved={group.counts.notAchieved}
    >
      <details className={s.unitDetails}>
        <summary>
          <span className={s.unitName}>{group.name}</span>
          <Caption1 className={s.block}>{counts}</Caption1>
        </summary>
        <ul className={s.list}>
          {group.items.map((item) => (
            <Item key={item.key} {...props} item={item} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function Item(props: Props & { item: WorkItem }): JSX.Element {
  const s = useStyles();
  const { texts, lang, item } = props;
  const r = texts.todo.reasons;
  const what =
    item.reason.kind === "diagnostic"
      ? diagnosticMessage(item.reason.diagnostic, lang)
      : item.kind === "notAchieved"
        ? r.checkActual
        : item.reason.kind === "target"
          ? r.writeTarget
          : item.kind === "missing"
            ? r.fillActual
            : r.fixActual;
  return (
    <li
      className={s.workItem}
      data-testid="todo-item"
      data-kind={item.kind}
      data-key={item.key}
      data-reason={item.reason.kind}
    >
      <div className={s.row}>
        <StatusBadge status={STATUS[item.kind]} lang={lang} />
        {item.cell && <Caption1>{item.cell}</Caption1>}
      </div>
      <Body1>{item.indicator}</Body1>
      {item.objective && <Caption1 className={s.muted}>{item.objective}</Caption1>}
      <Caption1>{what}</Caption1>
      {item.cell ? (
        <GoToCell texts={texts} sheet={item.sheet} cell={item.cell} went={props.went} onGoTo={props.onGoTo} />
      ) : (
        <Caption1>{texts.todo.noCell}</Caption1>
      )}
    </li>
  );
}

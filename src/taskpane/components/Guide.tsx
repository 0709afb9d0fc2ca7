/** «Come si usa»: the four steps on first use, each a link that opens its tab; closed for good with its button. */
import type { JSX } from "react";
import { Button, Link, Subtitle2 } from "@fluentui/react-components";
import type { PaneTexts } from "../../i18n/pane";
import type { TabId } from "./App";
import { useStyles } from "./styles";

interface Props {
  texts: PaneTexts;
  onOpen: (tab: TabId) => void;
  onDismiss: () => void;
}

export function Guide({ texts, onOpen, onDismiss }: Props): JSX.Element {
  const s = useStyles();
  const t = texts.guide;
  const steps: [TabId, string][] = [
    ["analyze", t.steps.analyze],
    ["settings", t.steps.settings],
    ["run", t.steps.run],
    ["export", t.steps.print],
  ];
  return (
    <section className={s.guide} aria-labelledby="guide-title" data-testid="guide">
      <div className={s.guideHead}>
        <Subtitle2 as="h2" id="guide-title">
          {t.title}
        </Subtitle2>
        <Button appearance="subtle" size="small" onClick={onDismiss} data-testid="guide-dismiss" aria-label={t.dismiss}>
          ✕
        </Button>
      </div>
      <ol className={s.guideSteps}>
        {steps.map(([tab, text]) => (
          <li key={tab}>
            <Link as="button" className={s.guideStep} onClick={() => onOpen(tab)}>
              {text}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

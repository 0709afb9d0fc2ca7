/**
 * The pane's notice: one MessageBar named by its own text. (MessageBar points aria-labelledby at a
 * MessageBarTitle's id; without a title that id names nothing, so the body's id is given instead.) A
 * library's own error text, English and technical, stays out of the sentence, in a disclosure under it.
 */
import { useId, type JSX } from "react";
import { Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useStyles } from "./styles";

export interface NoticeContent {
  intent: "success" | "warning" | "error" | "info";
  text: string;
  /** Technical text for whoever helps the person (a library's error message). */
  details?: string;
}

export function Notice({ notice, technical }: { notice: NoticeContent; technical: string }): JSX.Element {
  const s = useStyles();
  const bodyId = useId();
  return (
    <MessageBar intent={notice.intent} layout="multiline" aria-labelledby={bodyId}>
      <MessageBarBody id={bodyId}>
        {notice.text}
        {notice.details && (
          <details className={s.details} data-testid="technical-details">
            <summary>
              <Caption1>{technical}</Caption1>
            </summary>
            {/* lang="en": the library writes in English; screen readers then read it as English. */}
            <code lang="en" className={s.technical}>
              {notice.details}
            </code>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

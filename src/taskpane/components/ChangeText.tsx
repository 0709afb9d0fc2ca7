/**
 * A change since the previous monitoring point as the workbook writes it («▲ 3,2 pp», «▼ 1,0 pp»,
 * «= 0,0 pp»): the direction is a sign and a word for screen readers, never a colour alone.
 */
import type { JSX } from "react";
import { changeParts, changeText } from "../../core/monitoring/trend";
import type { Lang } from "../../i18n/messages";
import type { SchedaTexts } from "../../i18n/paneScheda";
import { useSchedaStyles } from "./schedaStyles";

export function ChangeText({
  points,
  lang,
  texts,
  testId,
}: {
  points: number | null;
  lang: Lang;
  texts: SchedaTexts;
  testId?: string;
}): JSX.Element {
  const s = useSchedaStyles();
  const parts = changeParts(points, lang);
  const shown = changeText(points, lang);
  // The arrows read as "black up-pointing triangle": screen readers get the words instead.
  return (
    <span data-testid={testId} data-direction={parts?.direction ?? "none"} data-shown={shown}>
      <span aria-hidden={parts ? true : undefined}>{shown}</span>
      {parts && <span className={s.visuallyHidden}>{texts.changeSaid(parts.direction, parts.figure)}</span>}
    </span>
  );
}

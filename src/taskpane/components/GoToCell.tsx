/**
 * «Vai alla cella» with its feedback beside it: in Excel the selection moves; in the preview, which has no
 * grid, the item itself says which cell it is and what it holds, where the person is looking. Never
 * disabled while the pane is busy: a focused button that turns disabled would drop the keyboard focus.
 */
import type { JSX } from "react";
import { Button, Caption1 } from "@fluentui/react-components";
import type { PaneTexts } from "../../i18n/pane";
import { cellReference } from "../model/summary";
import type { Went } from "./App";
import { useStyles } from "./styles";

interface Props {
  texts: PaneTexts;
  sheet: string;
  cell: string;
  went: Went | null;
  onGoTo: (sheet: string, cell: string) => void;
}

export function GoToCell({ texts, sheet, cell, went, onGoTo }: Props): JSX.Element {
  const s = useStyles();
  const ref = cellReference(sheet, cell);
  const here = went !== null && went.sheet === sheet && went.cell === cell;
  return (
    <div className={s.row}>
      <Button
        size="small"
        appearance="secondary"
        aria-label={texts.analyze.goToCellLabel(ref)}
        onClick={() => onGoTo(sheet, cell)}
        data-testid="go-to-cell"
        data-cell={ref}
      >
        {texts.analyze.goToCell}
      </Button>
      {here && (
        <Caption1 className={s.went} data-testid="went">
          {went.text}
        </Caption1>
      )}
    </div>
  );
}

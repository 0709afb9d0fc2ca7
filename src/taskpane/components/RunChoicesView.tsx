/**
 * «Calcola»'s choices through the year, under «Calcola e scrivi» (the main action stays one Tab away from the
 * tabs): record the run as a monitoring point (its date, today's by default, and an optional label), and
 * create the Neutralizzato column. Neither is ever imposed: both start unticked.
 */
import type { JSX } from "react";
import { Caption1, Checkbox, Field, Input } from "@fluentui/react-components";
import type { SchedaTexts } from "../../i18n/paneScheda";
import type { RunChoicesForm } from "../model/runChoices";
import { useSchedaStyles } from "./schedaStyles";

interface Props {
  texts: SchedaTexts;
  value: RunChoicesForm;
  onChange: (next: RunChoicesForm) => void;
  /** Set when a run was asked for on a date that is no calendar day. */
  dateError: string | null;
  disabled: boolean;
}

/** The name the date field is found by when the focus goes to it (Field gives the input its own id). */
export const RECORD_DATE_NAME = "record-date";

export function RunChoicesView({ texts, value, onChange, dateError, disabled }: Props): JSX.Element {
  const s = useSchedaStyles();
  const set = (patch: Partial<RunChoicesForm>): void => onChange({ ...value, ...patch });
  return (
    <div className={s.choices} data-testid="run-choices">
      <Checkbox
        checked={value.record}
        onChange={(_, d) => set({ record: d.checked === true })}
        label={texts.record(value.date.trim() || "…")}
        disabled={disabled}
        data-testid="record-point"
      />
      {value.record && (
        <div className={s.indented}>
          <Field
            label={texts.recordDate}
            hint={dateError ? undefined : texts.recordDateHint}
            validationMessage={dateError ?? undefined}
            validationState={dateError ? "error" : "none"}
          >
            <Input
              name={RECORD_DATE_NAME}
              value={value.date}
              onChange={(_, d) => set({ date: d.value })}
              inputMode="numeric"
              autoComplete="off"
              disabled={disabled}
              data-testid="record-date"
            />
          </Field>
          <Field label={texts.recordLabel} hint={texts.recordLabelHint}>
            <Input
              value={value.label}
              onChange={(_, d) => set({ label: d.value })}
              disabled={disabled}
              data-testid="record-label"
            />
          </Field>
        </div>
      )}
      <Checkbox
        checked={value.neutralisedColumn}
        onChange={(_, d) => set({ neutralisedColumn: d.checked === true })}
        label={texts.neutralisedColumn}
        disabled={disabled}
        aria-describedby="neutralised-column-hint"
        data-testid="neutralised-column"
      />
      <Caption1 id="neutralised-column-hint" className={s.indented}>
        {texts.neutralisedColumnHint}
      </Caption1>
    </div>
  );
}

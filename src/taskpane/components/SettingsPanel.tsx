/** Impostazioni: the SMVP rules on a form, saved into the workbook's settings sheet. */
import { useEffect, useState, type JSX } from "react";
import { Body1, Button, Field, Input, Select, Switch } from "@fluentui/react-components";
import type { AreaMethod, EnteMethodSetting, Settings, SheetCalculation } from "../../core/settings/types";
import type { PaneTexts } from "../../i18n/pane";
import { GLOSSARY, type GlossaryTerm } from "../../i18n/glossary";
import type { Lang } from "../../i18n/messages";
import { fromForm, toForm, type FormError, type PercentField, type SettingsForm } from "../model/settingsForm";
import { useStyles } from "./styles";

interface Props {
  texts: PaneTexts;
  lang: Lang;
  settings: Settings | null;
  busy: boolean;
  canRun: boolean;
  onLoad: () => void;
  onSave: (settings: Settings) => void;
}

const PERCENT_FIELDS: readonly PercentField[] = ["bandRaggiunto", "bandParziale", "soglia", "cap"];

/** Fields whose hint says what the value does, in the glossary's words. */
const HINTED: Partial<Record<PercentField, GlossaryTerm>> = { soglia: "sogliaMinima", cap: "limiteMassimo" };

export function SettingsPanel({ texts, lang, settings, busy, canRun, onLoad, onSave }: Props): JSX.Element {
  const s = useStyles();
  const t = texts.settings;
  const glossary = GLOSSARY[lang];
  const hint = (key: PercentField): string => {
    const id = HINTED[key];
    return id ? `${glossary[id].definition} ${t.percentHint}` : t.percentHint;
  };
  const [form, setForm] = useState<SettingsForm | null>(settings ? toForm(settings) : null);
  const [errors, setErrors] = useState<Partial<Record<keyof SettingsForm, FormError>>>({});
  // A fresh read of the workbook replaces what the form shows.
  useEffect(() => {
    setForm(settings ? toForm(settings) : null);
    setErrors({});
  }, [settings]);

  const set = <K extends keyof SettingsForm>(key: K, value: SettingsForm[K]): void =>
    setForm((f) => (f ? { ...f, [key]: value } : f));
  const message = (key: keyof SettingsForm): string | undefined => {
    const e = errors[key];
    return e ? t[e] : undefined;
  };
  const save = (): void => {
    if (!form || !settings) return;
    const r = fromForm(form, settings);
    if (r.errors) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    onSave(r.settings);
  };

  return (
    <div className={s.section}>
      <Body1>{t.intro}</Body1>
      {!form && (
        <div className={s.row}>
          <Button appearance="primary" onClick={onLoad} disabled={busy || !canRun}>
            {t.load}
          </Button>
        </div>
      )}
      {form && (
        <form
          className={s.section}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <Field label={t.year} validationMessage={message("year")} validationState={errors.year ? "error" : "none"}>
            <Input inputMode="numeric" value={form.year} onChange={(_, d) => set("year", d.value)} name="year" />
          </Field>
          {PERCENT_FIELDS.map((key) => (
            <Field
              key={key}
              label={t[key]}
              hint={hint(key)}
              validationMessage={message(key)}
              validationState={errors[key] ? "error" : "none"}
            >
              <Input
                inputMode="decimal"
                value={form[key]}
                onChange={(_, d) => set(key, d.value)}
                contentAfter="%"
                name={key}
              />
            </Field>
          ))}
          <Switch
            checked={form.missingAsZero}
            onChange={(_, d) => set("missingAsZero", d.checked)}
            label={t.missingAsZero}
          />
          <Switch
            checked={form.strictComparisons}
            onChange={(_, d) => set("strictComparisons", d.checked)}
            label={t.strictComparisons}
          />
          <Switch
            checked={form.notesWarningsOnly}
            onChange={(_, d) => set("notesWarningsOnly", d.checked)}
            label={t.notesWarningsOnly}
          />
          <Field
            label={t.areaMethod}
            hint={glossary[form.areaMethod === "pool_ponderato" ? "mediaPonderata" : "mediaUnita"].definition}
          >
            <Select
              value={form.areaMethod}
              onChange={(_, d) => set("areaMethod", d.value as AreaMethod)}
              name="areaMethod"
            >
              {(Object.keys(t.areaMethods) as AreaMethod[]).map((m) => (
                <option key={m} value={m}>
                  {t.areaMethods[m]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.enteMethod}>
            <Select
              value={form.enteMethod}
              onChange={(_, d) => set("enteMethod", d.value as EnteMethodSetting)}
              name="enteMethod"
            >
              {(Object.keys(t.enteMethods) as EnteMethodSetting[]).map((m) => (
                <option key={m} value={m}>
                  {t.enteMethods[m]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.calculation} hint={t.calculationHint}>
            <Select
              value={form.calculation}
              onChange={(_, d) => set("calculation", d.value as SheetCalculation)}
              name="calculation"
            >
              {(Object.keys(t.calculations) as SheetCalculation[]).map((m) => (
                <option key={m} value={m}>
                  {t.calculations[m]}
                </option>
              ))}
            </Select>
          </Field>
          <div className={s.row}>
            <Button appearance="primary" type="submit" disabled={busy || !canRun}>
              {t.save}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

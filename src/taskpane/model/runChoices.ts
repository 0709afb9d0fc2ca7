/**
 * «Calcola»'s choices through the year, as the form holds them and as the run takes them: «Registra come
 * rilevazione al [data]» with its optional label, and «Aggiungi la colonna Neutralizzato». The run's date is
 * always today, so that without a point the trend compares with the latest point before today (as the CLI).
 */
import type { RunChoices } from "./flow";
import { readTypedDate, shownDate, todayIso } from "./dates";

export interface RunChoicesForm {
  record: boolean;
  /** The date as typed (dd/mm/yyyy); today's by default. */
  date: string;
  label: string;
  neutralisedColumn: boolean;
}

export function initialChoices(now: Date = new Date()): RunChoicesForm {
  return { record: false, date: shownDate(todayIso(now)), label: "", neutralisedColumn: false };
}

/** The run's options; `badDate` when a point is asked for on a date that is no calendar day. */
export function runChoicesOf(
  form: RunChoicesForm,
  now: Date = new Date(),
): { ok: true; choices: RunChoices } | { ok: false; reason: "badDate" } {
  const runDate = todayIso(now);
  const neutral = form.neutralisedColumn ? { createNeutralisedColumn: true } : {};
  if (!form.record) return { ok: true, choices: { runDate, ...neutral } };
  const date = readTypedDate(form.date);
  if (date === null) return { ok: false, reason: "badDate" };
  const label = form.label.trim();
  return { ok: true, choices: { runDate, monitoring: { date, label: label === "" ? null : label }, ...neutral } };
}

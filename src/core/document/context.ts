/** What every section builder needs: the engine's results, the language and its texts. */
import type { Plan } from "../model/types";
import type { Scorecard, Status } from "../scoring/types";
import type { Report } from "../report/types";
import type { Settings } from "../settings/types";
import type { MonitoringRun } from "../monitoring/run";
import type { Lang } from "../../i18n/messages";
import { STATUS_LABELS } from "../../i18n/labels";
import { formatPercent } from "../format";
import { statusFor } from "../scoring/status";
import { DOCUMENT_TEXTS, type DocumentTexts } from "./labels";

export interface DocumentInput {
  plan: Plan;
  scorecard: Scorecard;
  report: Report;
  settings: Settings;
  /**
   * The Ente's name found in the workbook (findEnteName), or null for the neutral "Ente". The settings'
   * «Nome dell'Ente», when set, wins over it (buildContext).
   */
  enteName: string | null;
  /** Date of the run, ISO yyyy-mm-dd. */
  runDate: string;
  /** File name of the workbook (no folders), shown on the cover. */
  sourceName?: string;
  /** Restrict the schede to this unit (Unit.id): cover, summary and its scheda only. */
  unitId?: string | null;
  /** The monitoring points the workbook keeps (RunResult.monitoring): the «Andamento» section. */
  monitoring?: Pick<MonitoringRun, "points"> | null;
}

export interface BuildContext extends DocumentInput {
  lang: Lang;
  texts: DocumentTexts;
  ente: string;
  percent: (fraction: number | null) => string;
  statusText: (status: Status) => string;
  /** Band of a synthesis (Area, Ente, strategic objective) from the settings' bands. */
  bandOf: (score: number | null) => Status;
}

export function buildContext(input: DocumentInput): BuildContext {
  const lang = input.settings.lang;
  const texts = DOCUMENT_TEXTS[lang];
  const typed = input.settings.enteName.trim();
  const enteName = typed !== "" ? typed : input.enteName;
  return {
    ...input,
    enteName,
    lang,
    texts,
    ente: enteName ?? texts.defaultEnte,
    percent: (fraction) => formatPercent(fraction, lang),
    statusText: (status) => STATUS_LABELS[lang][status],
    bandOf: (score) => statusFor(score, input.settings),
  };
}

/**
 * The words the history sheet and the trend columns write into cells. The history is read back in any
 * language it may have been written in (a person may switch Lingua between two monitoring points).
 */
import type { Lang } from "../../i18n/messages";
import { withPseudo } from "../../i18n/pseudo";
import type { HistoryLevel } from "./types";

export interface MonitoringTexts {
  title: string;
  notice: string;
  columns: {
    date: string;
    label: string;
    level: string;
    sheet: string;
    cell: string;
    unit: string;
    area: string;
    number: string;
    name: string;
    actual: string;
    achievement: string;
    status: string;
  };
  levels: Record<HistoryLevel, string>;
  /** The name written on the Ente's row. */
  ente: string;
  /** Riepilogo: the header of the previous point's score, naming its date (dd/mm/yyyy). */
  previousScore: (date: string) => string;
  /** Riepilogo: the header of the change since that point. */
  change: string;
  /** A change in percentage points: the sign (▲ ▼ =) and the rounded figure. */
  changeValue: (sign: string, figure: string) => string;
  /**
   * Riepilogo: the KPIs of the cruscotto across their years. The headers must not read as a plan table's
   * («Indicatore», «Target 2024»): a Riepilogo that lost its name would otherwise be scored as a cruscotto.
   */
  kpiYears: string;
  kpiIndicator: string;
  kpiTarget: (year: number) => string;
  kpiActual: (year: number) => string;
}

export const MONITORING_TEXTS: Record<Lang, MonitoringTexts> = withPseudo({
  it: {
    title: "Cruscotto Performance — Storico monitoraggi",
    notice:
      "Foglio scritto dal Cruscotto Performance: una riga per indicatore e per punteggio a ogni rilevazione. Non modificarlo: per correggere una rilevazione, registrarla di nuovo alla stessa data.",
    columns: {
      date: "Data",
      label: "Etichetta",
      level: "Livello",
      sheet: "Foglio",
      cell: "Cella",
      unit: "Unità",
      area: "Area",
      number: "N.",
      name: "Nome",
      actual: "Consuntivo",
      achievement: "Raggiungimento",
      status: "Stato",
    },
    levels: {
      ente: "Ente",
      area: "Area",
      unit: "Unità",
      strategic: "Obiettivo strategico",
      indicator: "Indicatore",
    },
    ente: "Indicatore sintetico di performance organizzativa",
    previousScore: (d) => `Punteggio al ${d}`,
    change: "Variazione",
    changeValue: (sign, figure) => `${sign} ${figure} pp`,
    kpiYears: "Indicatori del cruscotto negli anni",
    kpiIndicator: "Indicatore del cruscotto",
    kpiTarget: (y) => `${y} · Target`,
    kpiActual: (y) => `${y} · Consuntivo`,
  },
  en: {
    title: "Cruscotto Performance — Monitoring history",
    notice:
      "Sheet written by Cruscotto Performance: one row per indicator and per score at each monitoring point. Do not edit it: to correct a point, record it again on the same date.",
    columns: {
      date: "Date",
      label: "Label",
      level: "Level",
      sheet: "Sheet",
      cell: "Cell",
      unit: "Unit",
      area: "Area",
      number: "No.",
      name: "Name",
      actual: "Actual",
      achievement: "Achievement",
      status: "Status",
    },
    levels: {
      ente: "Ente",
      area: "Area",
      unit: "Unit",
      strategic: "Strategic objective",
      indicator: "Indicator",
    },
    ente: "Overall organisational performance indicator",
    previousScore: (d) => `Score at ${d}`,
    change: "Change",
    changeValue: (sign, figure) => `${sign} ${figure} pp`,
    kpiYears: "Dashboard indicators across the years",
    kpiIndicator: "Dashboard indicator",
    kpiTarget: (y) => `${y} · Target`,
    kpiActual: (y) => `${y} · Actual`,
  },
});

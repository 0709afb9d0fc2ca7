/** The words of the Relazione's «Andamento» section, Italian first. */
import type { Lang } from "../../i18n/messages";
import { withPseudo } from "../../i18n/pseudo";

export interface TrendTexts {
  part: string;
  noPoints: string;
  pointsIntro: (list: string) => string;
  /** A point as listed and as a column header: its date, and its label when it has one. */
  point: (date: string, label: string | null) => string;
  scoresHeading: string;
  nameColumn: string;
  areasGroup: string;
  unitsGroup: string;
  change: (from: string, to: string) => string;
  chartHeading: string;
  chartAlt: (items: string) => string;
  /** A change in percentage points in the PDF's own font: a sign and the rounded figure. */
  changeValue: (sign: string, figure: string) => string;
  kpiHeading: string;
  kpiIntro: string;
  kpiColumns: { indicator: string; year: string; target: string; actual: string; achievement: string; status: string };
  kpiChartAlt: (objective: string, items: string) => string;
  /** A KPI's bar: its status, the year's target and actual. */
  kpiBar: (status: string, target: string, actual: string) => string;
  noKpis: string;
}

export const TREND_TEXTS: Record<Lang, TrendTexts> = withPseudo({
  it: {
    part: "Andamento",
    noPoints:
      "Nessuna rilevazione registrata nella cartella di lavoro. Una rilevazione si registra con «cruscotto score --rilevazione aaaa-mm-gg» o dal riquadro del Cruscotto, con «Registra come rilevazione».",
    pointsIntro: (list) => `Rilevazioni registrate nel foglio «Storico monitoraggi»: ${list}.`,
    point: (date, label) => (label ? `${date} (${label})` : date),
    scoresHeading: "Punteggi nelle rilevazioni",
    nameColumn: "Ente, Area o unità",
    areasGroup: "Aree",
    unitsGroup: "Unità organizzative",
    change: (from, to) => `Variazione dal ${from} al ${to}`,
    chartHeading: "Punteggio dell'Ente e delle unità nelle rilevazioni",
    chartAlt: (items) => `Grafico a barre dei punteggi nelle rilevazioni: ${items}`,
    changeValue: (sign, figure) => `${sign}${figure} pp`,
    kpiHeading: "Obiettivi strategici: target e consuntivi negli anni",
    kpiIntro:
      "Per ogni indicatore del cruscotto, il target e il consuntivo di ogni anno, con il raggiungimento calcolato con le regole di questa relazione.",
    kpiColumns: {
      indicator: "Indicatore",
      year: "Anno",
      target: "Target",
      actual: "Consuntivo",
      achievement: "Raggiungimento",
      status: "Stato",
    },
    kpiChartAlt: (o, items) => `Grafico a barre del raggiungimento dei target negli anni, ${o}: ${items}`,
    kpiBar: (status, target, actual) => `${status} · target ${target}, consuntivo ${actual}`,
    noKpis: "Nessun indicatore nel cruscotto per questo obiettivo.",
  },
  en: {
    part: "Trend",
    noPoints:
      "No monitoring point is recorded in the workbook. A point is recorded with «cruscotto score --rilevazione yyyy-mm-dd» or from the Cruscotto's pane, with «Registra come rilevazione».",
    pointsIntro: (list) => `Monitoring points recorded in sheet «Storico monitoraggi»: ${list}.`,
    point: (date, label) => (label ? `${date} (${label})` : date),
    scoresHeading: "Scores at the monitoring points",
    nameColumn: "Ente, Area or unit",
    areasGroup: "Areas",
    unitsGroup: "Organisational units",
    change: (from, to) => `Change from ${from} to ${to}`,
    chartHeading: "Score of the Ente and of the units at the monitoring points",
    chartAlt: (items) => `Bar chart of the scores at the monitoring points: ${items}`,
    changeValue: (sign, figure) => `${sign}${figure} pp`,
    kpiHeading: "Strategic objectives: targets and actuals across the years",
    kpiIntro:
      "For each dashboard indicator, every year's target and actual, with the achievement computed by this report's rules.",
    kpiColumns: {
      indicator: "Indicator",
      year: "Year",
      target: "Target",
      actual: "Actual",
      achievement: "Achievement",
      status: "Status",
    },
    kpiChartAlt: (o, items) => `Bar chart of the targets' achievement across the years, ${o}: ${items}`,
    kpiBar: (status, target, actual) => `${status} · target ${target}, actual ${actual}`,
    noKpis: "No dashboard indicator for this objective.",
  },
});

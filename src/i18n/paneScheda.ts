/**
 * Texts of the pane's scheda (in «Analizza»), and of «Calcola»'s choices through the year: the monitoring
 * point, the Neutralizzato column and the change of each unit since the previous point. Italian first.
 */
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";

export interface SchedaTexts {
  /** The scheda in «Analizza». */
  title: string;
  intro: string;
  unit: string;
  choose: string;
  /** «Le mie unità»: only the units whose Owner / Responsabile names the person. */
  mine: string;
  ownerName: string;
  ownerHint: string;
  ownerNone: (name: string) => string;
  ownerCount: (n: number, name: string) => string;
  ownerEmpty: string;
  /** Said when a scheda is shown (the focus stays on the list). */
  shown: (name: string, indicators: number, score: string) => string;
  figures: { score: string; status: string; coverage: string; area: string; noArea: string };
  /** The unit's score at the previous point: «Punteggio al 30/06/2024 (Monitoraggio semestrale)». */
  previousScore: (date: string, label: string | null) => string;
  change: string;
  /** No point before the run's date. */
  noPrevious: string;
  indicators: string;
  columns: { target: string; actual: string; achievement: string; weight: string; previous: (date: string) => string };
  /** A Dirigente's indicator whose actual is the Ente's or an Area's synthesis. */
  synthesis: (value: string) => string;
  empty: string;
  justification: (text: string) => string;
  /** Below Raggiunto with a weight and nothing typed in Motivazione. */
  justificationMissing: string;
  neutralised: string;
  noIndicators: string;
  otherObjectives: string;
  /** How a change reads to a screen reader: the arrow's meaning in words. */
  changeSaid: (direction: "up" | "down" | "same", figure: string) => string;
  exportButton: string;
  download: (name: string) => string;
  /** From «Calcola»'s results: the way to the scheda. */
  open: string;

  /** «Calcola»: the choices through the year. */
  record: (date: string) => string;
  recordDate: string;
  recordDateHint: string;
  recordLabel: string;
  recordLabelHint: string;
  badDate: string;
  recorded: (date: string) => string;
  neutralisedColumn: string;
  neutralisedColumnHint: string;
  /** «Calcola»'s results: each unit's change since the previous point. */
  trendTitle: (date: string, label: string | null) => string;
  trendIntro: string;
  trendNone: string;
  ente: string;
  trendColumns: { name: string; before: string; now: string; change: string };
}

export const SCHEDA_TEXTS: Record<Lang, SchedaTexts> = withPseudo({
  it: {
    title: "Scheda dell'unità",
    intro:
      "La scheda obiettivi di un'unità o di un Dirigente: indicatori, target, consuntivo, raggiungimento, stato e motivazione, con il confronto con la rilevazione precedente.",
    unit: "Unità",
    choose: "Scegliere un'unità",
    mine: "Solo le mie unità",
    ownerName: "Il mio nome, come nella colonna Owner o Responsabile",
    ownerHint: "Si scrive una volta: il riquadro lo ricorda su questo computer.",
    ownerNone: (n) =>
      `Nessuna unità ha «${n}» nella colonna Owner o Responsabile: scrivere il nome come compare nel foglio.`,
    ownerCount: (k, n) =>
      k === 1
        ? `1 unità ha «${n}» nella colonna Owner o Responsabile.`
        : `${k} unità hanno «${n}» nella colonna Owner o Responsabile.`,
    ownerEmpty: "Scrivere il proprio nome per vedere solo le proprie unità.",
    shown: (n, k, s) => `Scheda di ${n}: ${k} indicatori, punteggio ${s}.`,
    figures: { score: "Punteggio", status: "Stato", coverage: "Copertura", area: "Area", noArea: "nessuna" },
    previousScore: (d, l) => (l ? `Punteggio al ${d} (${l})` : `Punteggio al ${d}`),
    change: "Variazione",
    noPrevious:
      "Nessuna rilevazione precedente: la variazione compare dopo aver registrato una rilevazione in «Calcola».",
    indicators: "Indicatori",
    columns: {
      target: "Target",
      actual: "Consuntivo",
      achievement: "Raggiungimento",
      weight: "Peso",
      previous: (d) => `Al ${d}`,
    },
    synthesis: (v) => `${v} (calcolato)`,
    empty: "vuoto",
    justification: (t) => `Motivazione: ${t}`,
    justificationMissing: "Motivazione dello scostamento non indicata.",
    neutralised: "Neutralizzato: escluso da tutti i totali.",
    noIndicators: "Nessun indicatore per questa unità.",
    otherObjectives: "Altri obiettivi",
    changeSaid: (d, f) =>
      d === "up"
        ? `in aumento di ${f} punti percentuali`
        : d === "down"
          ? `in calo di ${f} punti percentuali`
          : "invariato",
    exportButton: "Esporta la scheda in PDF",
    download: (n) => `Scarica ${n}`,
    open: "Apri la scheda di un'unità",

    record: (d) => `Registra come rilevazione al ${d}`,
    recordDate: "Data della rilevazione",
    recordDateHint: "gg/mm/aaaa, per esempio 30/06/2024.",
    recordLabel: "Etichetta (facoltativa)",
    recordLabelHint: "Per esempio: Monitoraggio semestrale.",
    badDate: "La data della rilevazione non è valida: scriverla come gg/mm/aaaa, per esempio 30/06/2024.",
    recorded: (d) => `Rilevazione al ${d} registrata nel foglio «Storico monitoraggi».`,
    neutralisedColumn: "Aggiungi la colonna Neutralizzato",
    neutralisedColumnHint:
      "Crea, dove manca, una colonna Neutralizzato vuota dopo il Consuntivo: vi si segnano con «sì» gli indicatori che l'OIV esclude dai totali.",
    trendTitle: (d, l) =>
      l ? `Variazione dalla rilevazione del ${d} (${l})` : `Variazione dalla rilevazione del ${d}`,
    trendIntro: "Punteggio alla rilevazione precedente, punteggio ora e variazione in punti percentuali.",
    trendNone: "Nessuna rilevazione precedente a questa: la variazione si vedrà dalla prossima rilevazione registrata.",
    ente: "Ente",
    trendColumns: { name: "Unità", before: "Prima", now: "Ora", change: "Variazione" },
  },
  en: {
    title: "Unit scorecard",
    intro:
      "The objectives scorecard of a unit or a Dirigente: indicators, target, actual, achievement, status and explanation, compared with the previous monitoring point.",
    unit: "Unit",
    choose: "Choose a unit",
    mine: "Only my units",
    ownerName: "My name, as in the Owner or Responsabile column",
    ownerHint: "Typed once: the pane remembers it on this computer.",
    ownerNone: (n) =>
      `No unit has «${n}» in its Owner or Responsabile column: type the name as it appears in the sheet.`,
    ownerCount: (k, n) =>
      k === 1
        ? `1 unit has «${n}» in its Owner or Responsabile column.`
        : `${k} units have «${n}» in their Owner or Responsabile column.`,
    ownerEmpty: "Type your name to see only your units.",
    shown: (n, k, s) => `Scorecard of ${n}: ${k} indicators, score ${s}.`,
    figures: { score: "Score", status: "Status", coverage: "Coverage", area: "Area", noArea: "none" },
    previousScore: (d, l) => (l ? `Score at ${d} (${l})` : `Score at ${d}`),
    change: "Change",
    noPrevious: "No previous monitoring point: the change shows once a point is recorded in «Calcola».",
    indicators: "Indicators",
    columns: {
      target: "Target",
      actual: "Actual",
      achievement: "Achievement",
      weight: "Weight",
      previous: (d) => `At ${d}`,
    },
    synthesis: (v) => `${v} (computed)`,
    empty: "empty",
    justification: (t) => `Explanation: ${t}`,
    justificationMissing: "No explanation of the shortfall given.",
    neutralised: "Neutralised: left out of every total.",
    noIndicators: "No indicator for this unit.",
    otherObjectives: "Other objectives",
    changeSaid: (d, f) =>
      d === "up" ? `up ${f} percentage points` : d === "down" ? `down ${f} percentage points` : "unchanged",
    exportButton: "Export the scorecard as PDF",
    download: (n) => `Download ${n}`,
    open: "Open a unit's scorecard",

    record: (d) => `Record as monitoring point on ${d}`,
    recordDate: "Date of the monitoring point",
    recordDateHint: "dd/mm/yyyy, for example 30/06/2024.",
    recordLabel: "Label (optional)",
    recordLabelHint: "For example: Half-year monitoring.",
    badDate: "The date of the monitoring point is not valid: write it as dd/mm/yyyy, for example 30/06/2024.",
    recorded: (d) => `Monitoring point on ${d} recorded in the «Storico monitoraggi» sheet.`,
    neutralisedColumn: "Add the Neutralizzato column",
    neutralisedColumnHint:
      "Creates, where missing, an empty Neutralizzato column after the Consuntivo: mark there with «sì» the indicators the OIV leaves out of the totals.",
    trendTitle: (d, l) => (l ? `Change since the point of ${d} (${l})` : `Change since the point of ${d}`),
    trendIntro: "Score at the previous monitoring point, score now and change in percentage points.",
    trendNone: "No monitoring point before this one: the change shows from the next point recorded.",
    ente: "Ente",
    trendColumns: { name: "Unit", before: "Before", now: "Now", change: "Change" },
  },
});

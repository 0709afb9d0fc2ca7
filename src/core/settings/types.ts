/** The SMVP profile: every threshold, cap, band and method. Stored in the workbook's settings sheet. */
import type { Lang } from "../../i18n/messages";

export type AreaMethod = "media_unita" | "pool_ponderato";
export type EnteMethodSetting = "auto" | "strategico" | "aree" | "unita";
/** Calcolo nel foglio: formule = computed cells are Excel formulas with their result; valori = numbers only. */
export type SheetCalculation = "formule" | "valori";

export interface Settings {
  /** Evaluation year (anno di valutazione). */
  year: number;
  /** Achievement cap, as a fraction (1 = 100 %). */
  cap: number;
  /** Soglia minima: below it the achievement is 0. Fraction. */
  soglia: number;
  /** Lower bound of Raggiunto (fraction). */
  bandRaggiunto: number;
  /** Lower bound of Parzialmente raggiunto (fraction). */
  bandParziale: number;
  /** Count missing actuals as 0 instead of leaving them out. */
  missingAsZero: boolean;
  /** Read > and < as strict comparisons (default: as ≥ and ≤). */
  strictComparisons: boolean;
  /**
   * The Note column carries only errors and warnings: the informations (readings inferred, such as a
   * polarity) stay in the report and the Riepilogo's counts. Default off: the Note says everything.
   */
  notesWarningsOnly: boolean;
  areaMethod: AreaMethod;
  enteMethod: EnteMethodSetting;
  /** Ordinal scale, lowest first. */
  levels: string[];
  /** Whole words in the indicator text that make a bare plain value lower-is-better. */
  lowerIsBetterWords: string[];
  /** Report language. */
  lang: Lang;
  /**
   * Header texts the officers use for a column role, taught in the settings sheet
   * (Intestazioni Obiettivo, … separated by ";"); matched like the built-in synonyms, added to them.
   */
  headerWords: HeaderWords;
  /** Sheets never read nor written (Fogli esclusi), as written. */
  excludedSheets: string[];
  /** Sheets read as the cruscotto strategico whatever their name (Fogli cruscotto), as written. */
  cruscottoSheets: string[];
  /**
   * Motivazione obbligatoria: a weighted indicator below Raggiunto without a motivazione dello scostamento
   * is a warning (else an info).
   */
  justificationRequired: boolean;
  /**
   * Calcolo nel foglio: «formule» writes every computed cell as a formula Excel recalculates when an actual
   * changes (with its result, for viewers that do not recalculate); «valori» writes the numbers only.
   */
  calculation: SheetCalculation;
  /** Nome dell'Ente, as the print header and the Relazione's cover show it; "" = found in a title, or «Ente». */
  enteName: string;
}

/** The column roles officers may teach their own header words for. */
export type TaughtRole = "objective" | "indicator" | "target" | "weight" | "actual" | "area" | "baseline";

export type HeaderWords = Readonly<Record<TaughtRole, readonly string[]>>;

export const NO_HEADER_WORDS: HeaderWords = {
  objective: [],
  indicator: [],
  target: [],
  weight: [],
  actual: [],
  area: [],
  baseline: [],
};

export const SETTINGS_SHEET_NAME = "Impostazioni Cruscotto";

export const DEFAULT_SETTINGS: Settings = {
  year: 2022,
  cap: 1,
  soglia: 0,
  bandRaggiunto: 0.9,
  bandParziale: 0.7,
  missingAsZero: false,
  strictComparisons: false,
  notesWarningsOnly: false,
  areaMethod: "media_unita",
  enteMethod: "auto",
  levels: ["Basso", "Medio-basso", "Medio", "Medio-alto", "Alto"],
  lowerIsBetterWords: [
    "tempo",
    "tempi",
    "tempistica",
    "giorni",
    "gg",
    "ritardo",
    "ritardi",
    "errore",
    "errori",
    "costo",
    "costi",
    "riduzione",
    "sospensione",
    "segnalazione",
    "segnalazioni",
  ],
  lang: "it",
  headerWords: NO_HEADER_WORDS,
  excludedSheets: [],
  cruscottoSheets: [],
  justificationRequired: false,
  calculation: "formule",
  enteName: "",
};

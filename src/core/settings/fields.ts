/**
 * The settings sheet, one field per row: its Italian label (the key people see and the reader looks for),
 * accepted spellings, description, how its value is read from a cell and written back.
 * Reading and writing live side by side so that the round trip cannot drift.
 */
import { NONE_PARAM, percentParam, type DiagnosticParam } from "../diagnostics/types";
import type { CellValue } from "../grid/types";
import {
  DEFAULT_SETTINGS,
  type AreaMethod,
  type EnteMethodSetting,
  type Settings,
  type SheetCalculation,
  type TaughtRole,
} from "./types";
import {
  normaliseWords,
  readBoolean,
  readChoice,
  readList,
  readName,
  readPercent,
  readTextList,
  readYear,
  TEXT_LIST_SEPARATOR,
} from "./values";
import type { Lang } from "../../i18n/messages";
import { withPseudo } from "../../i18n/pseudo";
import { definition } from "../../i18n/glossary";

export type SheetLang = Lang;

interface FieldSpec<K extends keyof Settings> {
  key: K;
  label: string;
  /** Other spellings accepted as the key (English labels, short forms). */
  aliases: readonly string[];
  /** The value is a fraction shown as a percentage (the cell needs a % number format). */
  percent: boolean;
  description: { it: string; en: string };
  read(value: CellValue, numberFormat: string): Settings[K] | null;
  write(value: Settings[K], lang: SheetLang): CellValue;
}

/** A field with its key's type closed over, so that a list of different fields can be iterated. */
export interface SettingField {
  key: keyof Settings;
  label: string;
  percent: boolean;
  /**
   * The label alone says «settings»: no plan table titles a column «Intestazioni Indicatore» or «Fogli
   * esclusi», so one such key makes a sheet a settings sheet (other labels, such as «Lingua», need two).
   */
  marksSettings: boolean;
  description: Record<SheetLang, string>;
  /** True when the normalised text names this field. */
  matches(normalisedKey: string): boolean;
  /** Reads the cell into `into`; false (and `into` untouched) when the value cannot be read. */
  readInto(into: Settings, value: CellValue, numberFormat: string): boolean;
  cell(settings: Settings, lang: SheetLang): CellValue;
  /** The value for a message: a percentage, or a code the catalog words as the sheet would ("90%", "sì"). */
  shown(settings: Settings): DiagnosticParam;
}

function field<K extends keyof Settings>(spec: FieldSpec<K>): SettingField {
  const names = new Set([spec.label, ...spec.aliases].map(normaliseWords));
  return {
    key: spec.key,
    label: spec.label,
    percent: spec.percent,
    marksSettings: false,
    description: withPseudo(spec.description),
    matches: (normalisedKey) => names.has(normalisedKey),
    readInto(into, value, numberFormat) {
      const read = spec.read(value, numberFormat);
      if (read === null) return false;
      into[spec.key] = read;
      return true;
    },
    cell: (settings, lang) => spec.write(settings[spec.key], lang),
    shown(settings) {
      const v = settings[spec.key];
      if (spec.percent && typeof v === "number") return percentParam(v);
      // An empty text setting (no Ente name) is shown as «—», not as nothing.
      if (v === "") return NONE_PARAM;
      return { kind: "setting", key: spec.key, value: v };
    },
  };
}

function inRange(n: number | null, min: number, max: number): number | null {
  return n !== null && n >= min && n <= max ? n : null;
}

const yesNo = (v: boolean, lang: SheetLang): string => (v ? (lang === "it" ? "sì" : "yes") : "no");

const AREA_METHODS: Record<AreaMethod, readonly string[]> = {
  media_unita: ["media unità", "media delle unità", "media", "mean of units", "units mean"],
  // «pool ponderato» is what the sheet wrote before «media ponderata»: workbooks that hold it still read.
  pool_ponderato: [
    "media ponderata",
    "media ponderata degli indicatori",
    "media ponderata indicatori",
    "pool ponderato",
    "ponderato",
    "pool",
    "weighted mean",
    "weighted pool",
    "weighted",
  ],
};
const AREA_METHOD_WORDS: Record<AreaMethod, string> = { media_unita: "media unità", pool_ponderato: "media ponderata" };

const CALCULATIONS: Record<SheetCalculation, readonly string[]> = {
  formule: ["formula", "formule excel", "formulas", "live"],
  valori: ["valore", "solo valori", "numeri", "values"],
};

const ENTE_METHODS: Record<EnteMethodSetting, readonly string[]> = {
  auto: ["automatico", "automatic"],
  strategico: ["cruscotto", "obiettivi strategici", "cruscotto strategico", "strategic"],
  aree: ["media aree", "media delle aree", "areas"],
  unita: ["unità", "media unità", "media delle unità", "units"],
};
const ENTE_METHOD_WORDS: Record<EnteMethodSetting, string> = {
  auto: "auto",
  strategico: "strategico",
  aree: "aree",
  unita: "unità",
};

const LANGS: Record<"it" | "en", readonly string[]> = {
  it: ["italiano", "ita", "italian"],
  en: ["inglese", "english", "eng"],
};

/** "nessuna" empties a word list on purpose (an empty cell keeps the default). */
const NONE_WORDS = new Set(["nessuna", "nessuno", "none", "-"]);

/** A list of texts a person types, separated by ";": shown back as typed, "—" when empty. */
function textList(items: readonly string[]): DiagnosticParam {
  return items.length === 0 ? NONE_PARAM : items.join(`${TEXT_LIST_SEPARATOR} `);
}

const writeTextList = (items: readonly string[]): CellValue => items.join(`${TEXT_LIST_SEPARATOR} `);

interface ListFieldSpec {
  key: keyof Settings;
  label: string;
  aliases: readonly string[];
  description: { it: string; en: string };
  get(settings: Settings): readonly string[];
  set(into: Settings, items: string[]): void;
  /** Drops items that cannot stand (a header with no letter or digit); null when none is left. */
  keep?(items: string[]): string[];
}

/** A field holding texts separated by ";" (header texts, sheet names: both may hold commas). */
function listField(spec: ListFieldSpec): SettingField {
  const names = new Set([spec.label, ...spec.aliases].map(normaliseWords));
  return {
    key: spec.key,
    label: spec.label,
    percent: false,
    marksSettings: true,
    description: withPseudo(spec.description),
    matches: (normalisedKey) => names.has(normalisedKey),
    readInto(into, value) {
      const read = readTextList(value);
      const items = read === null ? null : spec.keep ? spec.keep(read) : read;
      if (items === null || items.length === 0) return false;
      spec.set(into, items);
      return true;
    },
    cell: (settings) => writeTextList(spec.get(settings)),
    shown: (settings) => textList(spec.get(settings)),
  };
}

/** The Italian word of each taught role, as its key says it: «Intestazioni Indicatore». */
export const TAUGHT_ROLE_LABELS: Readonly<Record<TaughtRole, { label: string; en: string }>> = {
  objective: { label: "Intestazioni Obiettivo", en: "objective" },
  indicator: { label: "Intestazioni Indicatore", en: "indicator" },
  target: { label: "Intestazioni Target", en: "target" },
  weight: { label: "Intestazioni Peso", en: "weight" },
  actual: { label: "Intestazioni Consuntivo", en: "actual" },
  area: { label: "Intestazioni Area", en: "Area" },
  baseline: { label: "Intestazioni Baseline", en: "baseline" },
};

const TAUGHT_ROLE_WORDS: Readonly<Record<TaughtRole, { it: string; en: string }>> = {
  objective: { it: "l'obiettivo (come Obiettivo, Azione)", en: "the objective (like Obiettivo, Azione)" },
  indicator: { it: "l'indicatore (come Indicatore, KPI)", en: "the indicator (like Indicatore, KPI)" },
  target: { it: "il target (come Target, Valore atteso)", en: "the target (like Target, Valore atteso)" },
  weight: { it: "il peso (come Peso, Peso %)", en: "the weight (like Peso, Peso %)" },
  actual: {
    it: "il consuntivo (come Consuntivo, Valore rilevato)",
    en: "the actual value (like Consuntivo, Valore rilevato)",
  },
  area: { it: "l'Area organizzativa (come Area)", en: "the organisational Area (like Area)" },
  baseline: {
    it: "il valore di partenza dei target relativi (come Baseline, Valore di partenza)",
    en: "the starting value of relative targets (like Baseline, Valore di partenza)",
  },
};

/** A header text with no letter or digit ("%", "-") would match every empty-looking header: it is dropped. */
const hasWord = (text: string): boolean => normaliseWords(text) !== "";

function headerField(role: TaughtRole): SettingField {
  const { label, en } = TAUGHT_ROLE_LABELS[role];
  const words = TAUGHT_ROLE_WORDS[role];
  return listField({
    key: "headerWords",
    label,
    aliases: [`Intestazione ${label.split(" ")[1]}`, `${en} headers`, `${en} header`],
    description: {
      it: `Intestazioni di colonna che nelle proprie tabelle indicano ${words.it}, oltre a quelle già riconosciute; più intestazioni separate da «;» (maiuscole, accenti, punteggiatura e anno finale non contano).`,
      en: `Column headers that in your own tables stand for ${words.en}, besides those already recognised; several headers separated by «;» (case, accents, punctuation and a trailing year do not matter).`,
    },
    get: (settings) => settings.headerWords[role],
    set: (into, items) => {
      into.headerWords = { ...into.headerWords, [role]: items };
    },
    keep: (items) => items.filter(hasWord),
  });
}

export const SETTINGS_FIELDS: readonly SettingField[] = [
  field({
    key: "year",
    label: "Anno di valutazione",
    aliases: ["Anno", "Evaluation year", "Year"],
    percent: false,
    description: {
      it: "Anno dei target e dei consuntivi valutati (colonna dell'anno nel cruscotto strategico).",
      en: "Year of the targets and actuals scored (the year's column in the cruscotto strategico).",
    },
    read: (v) => readYear(v),
    write: (v) => v,
  }),
  field({
    key: "soglia",
    label: "Soglia minima",
    aliases: ["Soglia", "Minimum threshold"],
    percent: true,
    description: { it: definition("it", "sogliaMinima"), en: definition("en", "sogliaMinima") },
    read: (v, f) => inRange(readPercent(v, f), 0, 1),
    write: (v) => v,
  }),
  field({
    key: "cap",
    label: "Limite massimo",
    // «Limite massimo (cap)» is the label sheets were written with before: they still read.
    aliases: ["Limite massimo (cap)", "Cap", "Tetto", "Maximum achievement", "Maximum (cap)"],
    percent: true,
    description: { it: definition("it", "limiteMassimo"), en: definition("en", "limiteMassimo") },
    // A plain number up to 10 is a fraction here (1,2 = 120%): nobody caps an achievement at 1,2%.
    read: (v, f) => inRange(readPercent(v, f, 10), Number.MIN_VALUE, 10),
    write: (v) => v,
  }),
  field({
    key: "bandRaggiunto",
    label: "Soglia Raggiunto",
    aliases: ["Raggiunto", "Achieved threshold"],
    percent: true,
    description: {
      it: "Da questo grado in su l'indicatore è «Raggiunto» (verde).",
      en: "From this achievement up the indicator is «Raggiunto» (green).",
    },
    read: (v, f) => inRange(readPercent(v, f), 0, 1),
    write: (v) => v,
  }),
  field({
    key: "bandParziale",
    label: "Soglia Parzialmente raggiunto",
    aliases: ["Parzialmente raggiunto", "Soglia Parziale", "Partially achieved threshold"],
    percent: true,
    description: {
      it: "Da questo grado in su (e sotto la soglia Raggiunto) l'indicatore è «Parzialmente raggiunto» (giallo); sotto è «Non raggiunto» (rosso).",
      en: "From this achievement up (below the Raggiunto threshold) the indicator is «Parzialmente raggiunto» (yellow); below it «Non raggiunto» (red).",
    },
    read: (v, f) => inRange(readPercent(v, f), 0, 1),
    write: (v) => v,
  }),
  field({
    key: "missingAsZero",
    label: "Consuntivi mancanti come zero",
    aliases: ["Missing actuals as zero"],
    percent: false,
    description: {
      it: "sì: un indicatore senza consuntivo vale 0% nel punteggio dell'unità; no: è escluso (e riduce la copertura).",
      en: "yes: an indicator without an actual counts as 0% in its unit's score; no: it is left out (and lowers the coverage).",
    },
    read: (v) => readBoolean(v),
    write: yesNo,
  }),
  field({
    key: "strictComparisons",
    label: "Confronti stretti",
    aliases: ["Strict comparisons"],
    percent: false,
    description: {
      it: "sì: «>» e «<» nei target sono strettamente maggiore/minore; no: valgono come «≥» e «≤».",
      en: "yes: «>» and «<» in targets are strictly greater/less; no: they are read as «≥» and «≤».",
    },
    read: (v) => readBoolean(v),
    write: yesNo,
  }),
  field({
    key: "notesWarningsOnly",
    label: "Note: solo avvisi",
    aliases: ["Note solo avvisi", "Solo avvisi nelle note", "Notes: warnings only", "Notes warnings only"],
    percent: false,
    description: {
      it: "sì: la colonna Note riporta solo errori e avvisi, non le informazioni di routine (letture dedotte, che restano nel riepilogo); no: riporta anche le informazioni.",
      en: "yes: the Note column holds only errors and warnings, not the routine informations (inferred readings, still counted in the summary); no: it holds the informations too.",
    },
    read: (v) => readBoolean(v),
    write: yesNo,
  }),
  field({
    key: "areaMethod",
    label: "Metodo Area",
    aliases: ["Area method"],
    percent: false,
    description: {
      it: `media unità: ${definition("it", "mediaUnita")} media ponderata: ${definition("it", "mediaPonderata")}`,
      en: `media unità: ${definition("en", "mediaUnita")} media ponderata: ${definition("en", "mediaPonderata")}`,
    },
    read: (v) => readChoice(v, AREA_METHODS),
    write: (v) => AREA_METHOD_WORDS[v],
  }),
  field({
    key: "enteMethod",
    label: "Metodo Ente",
    aliases: ["Ente method"],
    percent: false,
    description: {
      it: "auto: obiettivi strategici del cruscotto se hanno consuntivi, altrimenti media delle Aree, altrimenti delle unità; oppure strategico, aree o unità.",
      en: "auto: the cruscotto's strategic objectives when they have actuals, else the mean of the Areas, else of the units; or strategico, aree or unità.",
    },
    read: (v) => readChoice(v, ENTE_METHODS),
    write: (v) => ENTE_METHOD_WORDS[v],
  }),
  field({
    key: "levels",
    label: "Scala dei livelli",
    aliases: ["Livelli", "Level scale"],
    percent: false,
    description: {
      it: "Livelli dei target qualitativi, dal più basso al più alto, separati da virgole.",
      en: "Levels of qualitative targets, lowest first, separated by commas.",
    },
    read: (v) => {
      const list = readList(v);
      return list !== null && new Set(list.map(normaliseWords)).size === list.length && list.length >= 2 ? list : null;
    },
    write: (v) => v.join(", "),
  }),
  field({
    key: "lowerIsBetterWords",
    label: "Parole 'minore è meglio'",
    aliases: ["Parole minore è meglio", "Lower is better words"],
    percent: false,
    description: {
      it: "Parole dell'indicatore che rendono un target senza operatore «minore è meglio» (tempi, costi…); «nessuna» per nessuna.",
      en: "Words of the indicator that make a target without operator lower-is-better (tempi, costi…); «nessuna» for none.",
    },
    read: (v) => (typeof v === "string" && NONE_WORDS.has(v.trim().toLowerCase()) ? [] : readList(v)),
    write: (v) => (v.length === 0 ? "nessuna" : v.join(", ")),
  }),
  field({
    key: "lang",
    label: "Lingua",
    aliases: ["Language"],
    percent: false,
    description: {
      it: "Lingua dei messaggi e del riepilogo: it o en.",
      en: "Language of messages and summary: it or en.",
    },
    read: (v) => readChoice(v, LANGS),
    write: (v) => v,
  }),
  headerField("objective"),
  headerField("indicator"),
  headerField("target"),
  headerField("weight"),
  headerField("actual"),
  headerField("area"),
  headerField("baseline"),
  listField({
    key: "excludedSheets",
    label: "Fogli esclusi",
    aliases: ["Fogli da escludere", "Excluded sheets"],
    description: {
      it: "Fogli che il Cruscotto non legge e non scrive (bozze, copie, appunti), separati da «;».",
      en: "Sheets the Cruscotto neither reads nor writes (drafts, copies, notes), separated by «;».",
    },
    get: (settings) => settings.excludedSheets,
    set: (into, items) => {
      into.excludedSheets = items;
    },
  }),
  listField({
    key: "cruscottoSheets",
    label: "Fogli cruscotto",
    aliases: ["Fogli del cruscotto", "Cruscotto sheets"],
    description: {
      it: "Fogli da leggere come cruscotto strategico qualunque sia il loro nome, separati da «;».",
      en: "Sheets read as the cruscotto strategico whatever their name, separated by «;».",
    },
    get: (settings) => settings.cruscottoSheets,
    set: (into, items) => {
      into.cruscottoSheets = items;
    },
  }),
  field({
    key: "justificationRequired",
    label: "Motivazione obbligatoria",
    aliases: ["Motivazione scostamento obbligatoria", "Justification required"],
    percent: false,
    description: {
      it: "sì: un indicatore con peso sotto «Raggiunto» senza motivazione dello scostamento è un avviso; no: è un'informazione.",
      en: "yes: a weighted indicator below «Raggiunto» without a motivazione dello scostamento is a warning; no: it is an info.",
    },
    read: (v) => readBoolean(v),
    write: yesNo,
  }),
  field({
    key: "calculation",
    label: "Calcolo nel foglio",
    aliases: ["Calcolo", "Sheet calculation"],
    percent: false,
    description: {
      it: "formule: Raggiungimento, Stato e Riepilogo sono formule che Excel ricalcola appena si scrive un consuntivo; valori: solo numeri, aggiornati a ogni calcolo del componente.",
      en: "formule: Raggiungimento, Stato and Riepilogo are formulas Excel recalculates as soon as an actual is typed; valori: numbers only, updated at each run of the add-in.",
    },
    read: (v) => readChoice(v, CALCULATIONS),
    write: (v) => v,
  }),
  field({
    key: "enteName",
    label: "Nome dell'Ente",
    aliases: ["Nome Ente", "Body name"],
    percent: false,
    description: {
      it: "Nome dell'Ente stampato nell'intestazione dei fogli e sulla copertina della relazione; vuoto: quello del titolo del foglio, se c'è, altrimenti «Ente».",
      en: "The body's name printed in the sheets' header and on the report's cover; empty: the one in a sheet's title, if any, else «Ente».",
    },
    read: (v) => readName(v),
    write: (v) => v,
  }),
];

/** A setting's value worded as the settings sheet writes it in `lang` (for SETTINGS_INVALID's {default}). */
export function settingText(key: keyof Settings, value: Settings[keyof Settings], lang: SheetLang): string {
  const found = SETTINGS_FIELDS.find((f) => f.key === key);
  return found ? String(found.cell({ ...DEFAULT_SETTINGS, [key]: value }, lang)) : String(value);
}

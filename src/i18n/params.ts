/**
 * Words for the codes and numbers the core puts in diagnostic params (src/core/diagnostics/types.ts).
 * The person's own text passes through unchanged; everything else is worded here, per language.
 */
import type { DiagnosticParam } from "../core/diagnostics/types";
import type { EnteMethod } from "../core/scoring/types";
import { settingText } from "../core/settings/fields";
import type { TaughtRole } from "../core/settings/types";
import type { Polarity, TargetKind, Unreadable, UnreadableCode } from "../core/targets/types";
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";

export interface ParamWords {
  /** Decimal separator of percentages in messages. */
  decimal: string;
  polarity: Record<Polarity, string>;
  targetKind: Record<TargetKind, string>;
  enteMethod: Record<EnteMethod, string>;
  synthesis: Record<"ente" | "area", string>;
  /** Thousands separator of plain numbers in messages ("1.320" it, "1,320" en). */
  thousands: string;
  /** A relative target made absolute: {change} (signed %), {baseline}, {target}. */
  relativeTarget: string;
  none: string;
  /** A motivazione dello scostamento: {text} the person's, quoted; or what to do when there is none. */
  justification: { given: string; missing: string };
  /** A column role as its header is usually written. */
  headerRole: Record<TaughtRole, string>;
  /** Joins the last two items of a list of roles. */
  and: string;
  /** {text}: the offending text, {after}: the number before it, {levels}: the scale. */
  unreadable: Record<UnreadableCode, string>;
}

const it: ParamWords = {
  decimal: ",",
  polarity: { higher: "maggiore è meglio", lower: "minore è meglio", equal: "uguale al valore" },
  targetKind: {
    comparison: "valore numerico",
    deadline: "scadenza",
    qualitative: "livello",
    boolean: "sì/no",
    baseline: "anno di rilevazione",
    not_set: "target non definito",
    relative: "variazione rispetto al valore di partenza",
    invalid: "non leggibile",
  },
  enteMethod: {
    strategico: "media dei punteggi degli obiettivi strategici del cruscotto",
    aree: "media dei punteggi delle Aree",
    unita: "media dei punteggi delle unità organizzative (esclusi i Dirigenti)",
  },
  synthesis: { ente: "Ente", area: "Area" },
  thousands: ".",
  relativeTarget: "{change} rispetto a {baseline} = {target}",
  none: "—",
  justification: {
    given: "«{text}»",
    missing: "non indicata; scriverla nella colonna «Motivazione scostamento» della riga",
  },
  headerRole: {
    objective: "Obiettivo",
    indicator: "Indicatore",
    target: "Target",
    weight: "Peso",
    actual: "Consuntivo",
    area: "Area",
    baseline: "Baseline",
  },
  and: " né ",
  unreadable: {
    invalid_number: "numero non valido",
    date_out_of_range: "data fuori dall'intervallo di Excel ({text})",
    operator_unsupported: "operatore «{text}» non gestito",
    value_missing_after_operator: "manca il valore dopo «{text}»",
    deadline_with_greater: "una scadenza si scrive senza operatore o con «≤» («{text}»)",
    unknown_level: "livello non riconosciuto «{text}» (livelli: {levels})",
    false_boolean: "valore logico FALSO: non è un target",
    zero_denominator: "rapporto con denominatore zero «{text}»",
    ratio_not_computable: "rapporto non calcolabile «{text}»",
    html_markup: "marcatura HTML «{text}» (residuo di OCR o di copia-incolla)",
    unknown_character: "carattere non riconosciuto «{text}»",
    unrecognised_text: "testo non riconosciuto «{text}»",
    unreadable_number: "numero non leggibile «{text}»",
    unrecognised_symbol: "simbolo non riconosciuto «{text}»",
    text_after_number: "testo non riconosciuto «{text}» dopo il numero {after}",
    nonexistent_date: "data inesistente «{text}»",
    negative_weight: "peso negativo «{text}»",
    boolean_weight: "valore logico al posto del peso",
    unit_in_weight: "unità «{text}» non ammessa in un peso",
  },
};

const en: ParamWords = {
  decimal: ".",
  polarity: { higher: "higher is better", lower: "lower is better", equal: "equal to the value" },
  targetKind: {
    comparison: "numeric value",
    deadline: "deadline",
    qualitative: "level",
    boolean: "yes/no",
    baseline: "baseline year",
    not_set: "target not set",
    relative: "change from the baseline",
    invalid: "unreadable",
  },
  enteMethod: {
    strategico: "the mean of the scores of the cruscotto's strategic objectives",
    aree: "the mean of the Areas' scores",
    unita: "the mean of the organisational units' scores (Directors excluded)",
  },
  synthesis: { ente: "the Ente", area: "its Area" },
  thousands: ",",
  relativeTarget: "{change} on {baseline} = {target}",
  none: "—",
  justification: {
    given: "«{text}»",
    missing: "none given; write it in the row's «Motivazione scostamento» column",
  },
  headerRole: {
    objective: "«Obiettivo»",
    indicator: "«Indicatore»",
    target: "«Target»",
    weight: "«Peso»",
    actual: "«Consuntivo»",
    area: "«Area»",
    baseline: "«Baseline»",
  },
  and: " or ",
  unreadable: {
    invalid_number: "not a valid number",
    date_out_of_range: "a date outside Excel's calendar ({text})",
    operator_unsupported: "operator «{text}» is not supported",
    value_missing_after_operator: "no value after «{text}»",
    deadline_with_greater: "a deadline is written without an operator or with «≤» («{text}»)",
    unknown_level: "unknown level «{text}» (levels: {levels})",
    false_boolean: "logical value FALSE is not a target",
    zero_denominator: "ratio with a zero denominator «{text}»",
    ratio_not_computable: "ratio that cannot be computed «{text}»",
    html_markup: "HTML markup «{text}» (left over from OCR or copy-paste)",
    unknown_character: "unrecognised character «{text}»",
    unrecognised_text: "unrecognised text «{text}»",
    unreadable_number: "unreadable number «{text}»",
    unrecognised_symbol: "unrecognised symbol «{text}»",
    text_after_number: "unrecognised text «{text}» after the number {after}",
    nonexistent_date: "no such date «{text}»",
    negative_weight: "negative weight «{text}»",
    boolean_weight: "a logical value instead of a weight",
    unit_in_weight: "unit «{text}» is not allowed in a weight",
  },
};

export const PARAM_WORDS: Record<Lang, ParamWords> = withPseudo({ it, en });

/** A fraction as a percentage with at most two decimals: 0.875 -> "87,5%" (it), "87.5%" (en). */
export function percentText(fraction: number, lang: Lang): string {
  const points = Number((fraction * 100).toFixed(2));
  return `${String(points).replace(".", PARAM_WORDS[lang].decimal)}%`;
}

/** Digits of a plain number for people: at most two decimals, thousands grouped: 1320 -> "1.320" (it). */
export function numberText(value: number, lang: Lang): string {
  const words = PARAM_WORDS[lang];
  const rounded = Number(value.toFixed(2));
  const negative = rounded < 0;
  const [int, frac] = String(Math.abs(rounded)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, words.thousands);
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : words.decimal + frac}`;
}

/** "+10% rispetto a 1.200 = 1.320" (the PDF font has no arrow): the change, the baseline and the threshold computed from them. */
function relativeTargetText(value: Extract<DiagnosticParam, { kind: "relativeTarget" }>, lang: Lang): string {
  const words = PARAM_WORDS[lang];
  const shown = (n: number): string => (value.percent ? percentText(n, lang) : numberText(n, lang));
  const fill: Record<string, string> = {
    change: `${value.direction === "increase" ? "+" : "−"}${percentText(value.change, lang)}`,
    baseline: shown(value.baseline),
    target: shown(value.target),
  };
  return words.relativeTarget.replace(/\{(\w+)\}/g, (whole, key: string) => fill[key] ?? whole);
}

function unreadableText(reason: Unreadable, words: ParamWords): string {
  const fill: Record<string, string> = {
    text: reason.text ?? "",
    after: reason.after ?? "",
    levels: (reason.levels ?? []).map((l) => `«${l}»`).join(", "),
  };
  return words.unreadable[reason.code].replace(/\{(\w+)\}/g, (whole, key: string) => fill[key] ?? whole);
}

/** «Indicatore», «Indicatore né Target», «Obiettivo, Indicatore né Target». */
function roleList(roles: readonly TaughtRole[], words: ParamWords): string {
  const named = roles.map((r) => words.headerRole[r]);
  if (named.length <= 1) return named.join("");
  return `${named.slice(0, -1).join(", ")}${words.and}${named[named.length - 1]}`;
}

export function renderParam(value: DiagnosticParam, lang: Lang): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  const words = PARAM_WORDS[lang];
  switch (value.kind) {
    case "percent":
      return percentText(value.fraction, lang);
    case "polarity":
      return words.polarity[value.polarity];
    case "unreadable":
      return unreadableText(value.reason, words);
    case "enteMethod":
      return words.enteMethod[value.method];
    case "targetKind":
      return words.targetKind[value.targetKind];
    case "synthesis":
      return words.synthesis[value.of];
    case "none":
      return words.none;
    case "inferenceBasis":
      return value.basis;
    case "relativeTarget":
      return relativeTargetText(value, lang);
    case "headerRoles":
      return roleList(value.roles, words);
    case "setting":
      return settingText(value.key, value.value, lang);
    case "justification":
      return value.text === null
        ? words.justification.missing
        : words.justification.given.replace("{text}", () => value.text ?? "");
  }
}

/**
 * Messages to people, Italian first. Every diagnostic code has a template in both languages;
 * {name} is replaced by the diagnostic's params, rendered by ./params. Each message says what to do next.
 */
import type { Diagnostic, DiagnosticCode, DiagnosticParam, DiagnosticParams } from "../core/diagnostics/types";
import { renderParam } from "./params";
import { pseudoLocalise } from "./pseudo";

/** The languages of every catalog: Italian, English, and "qps", the pseudo-locale that marks catalog text. */
export type Lang = "it" | "en" | "qps";

/** The languages people choose (--lang, the settings sheet, the pane). */
export const USER_LANGS = ["it", "en"] as const;

/** Reads a --lang / Lingua value; the pseudo-locale is accepted for tests, not advertised. */
export function parseLangCode(value: string): Lang | null {
  return value === "it" || value === "en" || value === "qps" ? value : null;
}

type Catalog = Record<DiagnosticCode, string>;

const it: Catalog = {
  NO_PLAN_TABLE:
    "Nessuna tabella del piano trovata nella cartella di lavoro: una tabella si riconosce da una riga di intestazione con almeno una colonna Indicatore e una colonna Target. Se le tabelle usano intestazioni proprie, dichiararle in un foglio «Impostazioni Cruscotto» con le colonne Impostazione e Valore, una chiave per riga (Intestazioni Obiettivo, Intestazioni Indicatore, Intestazioni Target, Intestazioni Peso, Intestazioni Consuntivo; più intestazioni separate da «;»), ad esempio Intestazioni Indicatore con il valore «Misura» e Intestazioni Target con il valore «Valore obiettivo», poi ripetere il calcolo.",
  HEADER_NOT_FOUND:
    "Il foglio «{sheet}» non contiene una tabella riconosciuta e non è stato valutato. Se contiene obiettivi, aggiungere una riga di intestazione con Indicatore, Target e Peso.",
  HEADER_NOT_RECOGNISED:
    "Il foglio «{sheet}» sembra contenere una tabella con le intestazioni «{headers}» in {cell}, ma nessuna colonna è riconosciuta come {missing}: il foglio non è valutato e il punteggio non ne tiene conto. Se contiene obiettivi del piano, indicare le sue intestazioni nel foglio «Impostazioni Cruscotto», per esempio, se «{example}» è la colonna degli indicatori, la chiave Intestazioni Indicatore con il valore «{example}» (allo stesso modo Intestazioni Obiettivo, Intestazioni Target, Intestazioni Peso e Intestazioni Consuntivo); se non va letto (una bozza, degli appunti), scriverne il nome in Fogli esclusi.",
  HEADER_DUPLICATED:
    "L'intestazione «{header}» compare più volte nella riga {row}: si usa la colonna {used}. Verificare che le colonne abbiano gli stessi valori o eliminare quella superflua.",
  WEIGHT_COLUMNS_DISAGREE:
    "Le due colonne Peso della riga {row} hanno valori diversi ({first} e {second}): si usa {used}. Correggere il peso errato.",
  UNIT_FROM_SHEET_NAME:
    "Nessun titolo di unità sopra la tabella: l'unità prende il nome del foglio «{sheet}». Per un nome diverso, scrivere il nome dell'unità sopra la tabella.",
  TARGET_MISSING: "La riga ha un peso ma nessun target. Inserire il target nella cella {cell}.",
  TARGET_UNREADABLE:
    "Il target «{raw}» non è leggibile ({reason}). Riscriverlo in una forma come «≥ 80%», «<= 70 gg», «30/06/2022» o «>= Medio».",
  TARGET_POLARITY_INFERRED:
    "Il target «{raw}» non indica il verso: è stato letto come «{polarity}». Se non è corretto, scrivere l'operatore (≥ o ≤) davanti al valore.",
  TARGET_INCONSISTENT:
    "Il target {year} «{raw}» non somiglia a quello degli altri anni dello stesso indicatore («{others}»). Verificare che non sia un errore di battitura.",
  TARGET_NOT_SET:
    "Il target «{raw}» dice che per questo periodo non è stato fissato: la riga ha un peso ma non viene valutata. Inserire il target nella cella {cell} o togliere il peso.",
  TARGET_DELIVERABLE:
    "Il target «{raw}» è letto come un risultato da realizzare: raggiunto se il consuntivo è «sì», «realizzato», «approvato» o la data di realizzazione. Se è una misura, scriverla con un operatore, come «≥ 80%».",
  TARGET_RELATIVE: "Il target «{raw}» è calcolato dal valore di partenza della riga: {computed}.",
  BASELINE_MISSING:
    "Il target «{raw}» è una variazione rispetto a un valore di partenza, ma la riga non ne ha uno leggibile ({baseline}): l'indicatore non è valutato. Inserire il valore in una colonna «Baseline» o «Valore di partenza» (nel cruscotto, il consuntivo dell'anno precedente).",
  INDICATOR_NEUTRALISED:
    "Indicatore neutralizzato: resta visibile ma non entra nel punteggio, nella copertura né nella somma dei pesi dell'unità, dell'obiettivo, dell'Area e dell'Ente. Motivazione: {reason}. Se non è più neutralizzato, togliere il segno nella colonna «Neutralizzato» o la parola «Neutralizzato» scritta nella riga.",
  JUSTIFICATION_MISSING:
    "Raggiunto al {achievement}, sotto la soglia di «Raggiunto»: scrivere la motivazione dello scostamento nella colonna «Motivazione scostamento».",
  ACTUAL_UNREADABLE:
    "Il consuntivo «{raw}» non è leggibile ({reason}). Scrivere un numero, una percentuale, una data, «sì»/«no» o un livello.",
  ACTUAL_KIND_MISMATCH:
    "Il consuntivo «{raw}» non è confrontabile con il target «{target}» ({targetKind}). Inserire un valore del tipo atteso.",
  ACTUAL_PERCENT_POINTS:
    "Il consuntivo {raw} è stato letto come {percent} perché il target è in percentuale. Se intendeva altro, scriverlo con il simbolo %.",
  ACTUAL_NOT_LIVE:
    "Il consuntivo «{raw}» è scritto come testo: Raggiungimento e Stato della riga restano fissi fino al prossimo calcolo. Scriverlo come numero (76,5% o 0,765; una frazione come =45/50) perché si aggiornino da soli.",
  ACTUAL_DATES_NOT_LIVE:
    "Il consuntivo «{raw}» è una data scritta come testo, o più date in una cella: Raggiungimento e Stato della riga restano fissi fino al prossimo calcolo. Scrivere una sola data in formato data (per esempio 30/06/2022) perché si aggiornino da soli.",
  SETTING_NOT_LIVE:
    "Il valore «{raw}» di «{setting}» è scritto come testo: le formule del foglio usano {value} ma non seguono le modifiche della cella. Scriverlo come numero (per esempio 90%) perché le formule lo seguano.",
  ACTUAL_IGNORED_DERIVED:
    "Il consuntivo scritto «{raw}» non è usato: per questo indicatore il valore è la sintesi calcolata ({value}). Lasciare vuota la cella.",
  DERIVED_ACTUAL: "Il consuntivo di questo indicatore è la sintesi calcolata di {of}: {value}.",
  DERIVED_NOT_AVAILABLE:
    "Il consuntivo di questo indicatore è la sintesi di {of}, che non ha ancora un valore: inserire i consuntivi delle unità interessate.",
  WEIGHT_UNREADABLE: "Il peso «{raw}» non è leggibile. Scriverlo come «3%», «30,00%» o «10».",
  WEIGHT_SUM: "I pesi dell'unità «{unit}» sommano a {sum} invece di 100%. Correggere i pesi perché la somma sia 100%.",
  TOTAL_ROW_MISMATCH:
    "Il totale scritto {printed} non corrisponde alla somma dei pesi sopra ({sum}). Aggiornare il totale o i pesi.",
  UNIT_WITHOUT_AREA:
    "L'unità «{unit}» non ha un'Area (la colonna Area è vuota o solo «Trasversale»): non entra nella media di nessuna Area. Indicare l'Area in almeno una riga.",
  YEAR_COLUMN_MISSING:
    "Il cruscotto non ha una colonna per l'anno {year}: i suoi indicatori non sono valutati. Aggiungere la colonna o scegliere un altro anno nelle impostazioni.",
  CRUSCOTTO_NOT_READ:
    "Il foglio «{sheet}» è trattato come cruscotto strategico (lo dicono il nome, il titolo o le impostazioni), ma la tabella in {cell} non si legge come cruscotto: i suoi indicatori non sono valutati e non entrano nel punteggio dell'Ente. Scrivere sopra ogni gruppo di indicatori il titolo dell'obiettivo strategico (come «1. Nome») e una riga di intestazione con Indicatore, Target <anno> e Consuntivo <anno>, oppure aggiungere una colonna Obiettivo strategico. Se il foglio non è il cruscotto, rinominarlo o toglierlo da «Fogli cruscotto» nelle impostazioni.",
  TABLE_READ_AS_CRUSCOTTO:
    "La tabella con l'intestazione in {cells} può essere il cruscotto strategico o la tabella di un'unità: è stata letta come cruscotto strategico (ha una colonna Obiettivo strategico o target di più anni). Se è il cruscotto, indicare il foglio «{sheet}» in «Fogli cruscotto» nelle impostazioni; se è la tabella di un'unità, scrivere il nome dell'unità sopra la tabella.",
  TABLE_READ_AS_UNIT:
    "La tabella con l'intestazione in {cells} può essere il cruscotto strategico o la tabella di un'unità: è stata letta come tabella dell'unità «{sheet}». Se è il cruscotto, indicare il foglio «{sheet}» in «Fogli cruscotto» nelle impostazioni; se è la tabella di un'unità, scrivere il nome dell'unità sopra la tabella.",
  ENTE_METHOD: "Il punteggio dell'Ente è calcolato come {method}.",
  SETTINGS_INVALID:
    "L'impostazione «{key}» ha un valore non valido («{raw}»): si usa {default}. Correggere il valore nel foglio «{sheet}».",
  SETTINGS_SHEET_UNKNOWN:
    "Il foglio «{name}» indicato in «{key}» non esiste nella cartella di lavoro: correggere il nome nel foglio «{sheet}» (più fogli si separano con «;»).",
  SETTINGS_CREATED:
    "Il foglio «{sheet}» è stato creato con i valori predefiniti. Modificarlo per adattare le regole al proprio SMVP.",
  SETTINGS_DEFAULTS:
    "Il foglio «{sheet}» non c'è: si usano i valori predefiniti. Il primo calcolo che scrive lo crea; poi si può modificare per adattare le regole al proprio SMVP.",
  OWNED_COLUMN_MOVED:
    "Le celle dove andava la colonna «{column}» contengono dati scritti a mano: la colonna è stata spostata in {cell}. Nulla è stato sovrascritto.",
  OWNED_SHEET_RENAMED:
    "Esiste già un foglio «{wanted}» non creato dal Cruscotto: il riepilogo è scritto nel foglio «{used}».",
  MONITORING_RECORDED:
    "Rilevazione del {date} registrata nel foglio «{sheet}»: il prossimo calcolo ne mostra l'andamento. «Annulla ultimo calcolo» la toglie.",
  MONITORING_REPLACED:
    "La rilevazione del {date} già presente nel foglio «{sheet}» è stata sostituita con i valori di questo calcolo; le altre date restano. «Annulla ultimo calcolo» rimette quella di prima.",
  MONITORING_NOT_RECORDED:
    "Il foglio «{sheet}» è protetto: la rilevazione del {date} non è stata registrata. Rimuovere la protezione e ripetere il calcolo con la rilevazione.",
  HISTORY_ROW_UNREADABLE:
    "La riga {row} del foglio «{sheet}» non si legge come una rilevazione (data, livello, nome o punteggio mancanti o non validi): è esclusa dall'andamento. Il foglio è scritto dal Cruscotto: per correggere una rilevazione, registrarla di nuovo alla stessa data.",
  OWNED_NAME_NOT_OURS:
    "Il nome definito «{name}» punta a {cell} del foglio «{sheet}», che il Cruscotto non ha scritto: quelle celle non sono state lette come sue né cancellate. Rinominare o eliminare il nome in Gestione nomi.",
  RESERVED_SHEET_TAKEN:
    "Il foglio «{sheet}» non è stato creato dal Cruscotto: è trattato come un foglio del piano e non viene modificato; il Cruscotto usa il foglio «{used}». Per riportarlo al nome usuale, rinominare il foglio «{sheet}».",
  SHEET_PROTECTED: "Il foglio «{sheet}» è protetto: non è stato scritto nulla. Rimuovere la protezione e rieseguire.",
};

const en: Catalog = {
  NO_PLAN_TABLE:
    "No plan table was found in the workbook: a table is recognised by a header row with at least an «Indicatore» column and a «Target» column. If your tables use headers of their own, declare them in a sheet «Impostazioni Cruscotto» with the columns «Impostazione» and «Valore», one key per row («Intestazioni Obiettivo», «Intestazioni Indicatore», «Intestazioni Target», «Intestazioni Peso», «Intestazioni Consuntivo»; several headers separated by «;»), for example «Intestazioni Indicatore» with the value «Misura» and «Intestazioni Target» with the value «Valore obiettivo», then run again.",
  HEADER_NOT_FOUND:
    "Sheet «{sheet}» holds no recognised table and was not scored. If it holds objectives, add a header row with «Indicatore», «Target» and «Peso».",
  HEADER_NOT_RECOGNISED:
    "Sheet «{sheet}» looks like a table with the headers «{headers}» at {cell}, but no column is recognised as {missing}: the sheet is not scored and the score leaves it out. If it holds objectives of the plan, declare its headers in sheet «Impostazioni Cruscotto», for example, if «{example}» is the indicators' column, the key «Intestazioni Indicatore» with the value «{example}» (likewise «Intestazioni Obiettivo», «Intestazioni Target», «Intestazioni Peso» and «Intestazioni Consuntivo»); if it is not to be read (a draft, notes), write its name in «Fogli esclusi».",
  HEADER_DUPLICATED:
    "Header «{header}» appears more than once in row {row}: column {used} is used. Check that the columns agree or delete the extra one.",
  WEIGHT_COLUMNS_DISAGREE:
    "The two «Peso» columns of row {row} differ ({first} and {second}): {used} is used. Correct the wrong weight.",
  UNIT_FROM_SHEET_NAME:
    "No unit title above the table: the unit is named after sheet «{sheet}». For another name, write the unit's name above the table.",
  TARGET_MISSING: "The row has a weight but no target. Enter the target in cell {cell}.",
  TARGET_UNREADABLE:
    "Target «{raw}» cannot be read ({reason}). Rewrite it in a form such as «≥ 80%», «<= 70 gg», «30/06/2022» or «>= Medio».",
  TARGET_POLARITY_INFERRED:
    "Target «{raw}» gives no direction: it was read as «{polarity}». If that is wrong, write the operator (≥ or ≤) before the value.",
  TARGET_INCONSISTENT:
    "The {year} target «{raw}» does not look like the other years of the same indicator («{others}»). Check it for a typing error.",
  TARGET_NOT_SET:
    "Target «{raw}» says none was set for this period: the row has a weight but is not scored. Enter the target in cell {cell} or remove the weight.",
  TARGET_DELIVERABLE:
    "Target «{raw}» is read as something to deliver: achieved when the actual is «sì», «realizzato», «approvato» or the date it was done. If it is a measure, write it with an operator, such as «≥ 80%».",
  TARGET_RELATIVE: "Target «{raw}» is computed from the row's baseline: {computed}.",
  BASELINE_MISSING:
    "Target «{raw}» is a change from a baseline, but the row has no readable one ({baseline}): the indicator is not scored. Enter it in a «Baseline» or «Valore di partenza» column (in the cruscotto, the previous year's actual).",
  INDICATOR_NEUTRALISED:
    "Neutralised indicator: it stays visible but counts in no score, coverage or weight sum of its unit, objective, Area or the Ente. Reason: {reason}. If it is no longer neutralised, clear the mark in the «Neutralizzato» column or the word «Neutralizzato» typed in the row.",
  JUSTIFICATION_MISSING:
    "Achieved at {achievement}, below the «Raggiunto» threshold: write the reason for the shortfall in the «Motivazione scostamento» column.",
  ACTUAL_UNREADABLE:
    "Actual «{raw}» cannot be read ({reason}). Write a number, a percentage, a date, «sì»/«no» or a level.",
  ACTUAL_KIND_MISMATCH:
    "Actual «{raw}» cannot be compared with target «{target}» ({targetKind}). Enter a value of the expected kind.",
  ACTUAL_PERCENT_POINTS:
    "Actual {raw} was read as {percent} because the target is a percentage. If you meant otherwise, write it with the % sign.",
  ACTUAL_NOT_LIVE:
    "Actual «{raw}» is typed as text: the row's Raggiungimento and Stato stay fixed until the add-in runs again. Type it as a number (76.5% or 0.765; a fraction as =45/50) for them to update by themselves.",
  ACTUAL_DATES_NOT_LIVE:
    "Actual «{raw}» is a date typed as text, or several dates in one cell: the row's Raggiungimento and Stato stay fixed until the add-in runs again. Type one date formatted as a date (for example 30/06/2022) for them to update by themselves.",
  SETTING_NOT_LIVE:
    "The value «{raw}» of «{setting}» is typed as text: the sheet's formulas use {value} but do not follow changes to the cell. Type it as a number (for example 90%) for the formulas to follow it.",
  ACTUAL_IGNORED_DERIVED:
    "The typed actual «{raw}» is not used: for this indicator the value is the computed synthesis ({value}). Leave the cell empty.",
  DERIVED_ACTUAL: "The actual of this indicator is the computed synthesis of {of}: {value}.",
  DERIVED_NOT_AVAILABLE:
    "The actual of this indicator is the synthesis of {of}, which has no value yet: enter the actuals of the units concerned.",
  WEIGHT_UNREADABLE: "Weight «{raw}» cannot be read. Write it as «3%», «30,00%» or «10».",
  WEIGHT_SUM:
    "The weights of unit «{unit}» sum to {sum} instead of 100%. Correct the weights so that they sum to 100%.",
  TOTAL_ROW_MISMATCH:
    "The written total {printed} does not match the sum of the weights above ({sum}). Update the total or the weights.",
  UNIT_WITHOUT_AREA:
    "Unit «{unit}» has no Area (the Area column is empty or only «Trasversale»): it counts in no Area's mean. Give the Area in at least one row.",
  YEAR_COLUMN_MISSING:
    "The cruscotto has no column for year {year}: its indicators are not scored. Add the column or choose another year in the settings.",
  CRUSCOTTO_NOT_READ:
    "Sheet «{sheet}» is read as the cruscotto strategico (its name, its title or the settings say so), but the table at {cell} cannot be read as one: its indicators are not scored and do not count for the Ente. Write the strategic objective's title (such as «1. Name») above each group of indicators and a header row with Indicatore, Target <year> and Consuntivo <year>, or add an Obiettivo strategico column. If the sheet is not the cruscotto, rename it or remove it from «Fogli cruscotto» in the settings.",
  TABLE_READ_AS_CRUSCOTTO:
    "The table with its header at {cells} could be the cruscotto strategico or a unit's table: it was read as the cruscotto strategico (it has an Obiettivo strategico column or targets for several years). If it is the cruscotto, list sheet «{sheet}» under «Fogli cruscotto» in the settings; if it is a unit's table, write the unit's name above the table.",
  TABLE_READ_AS_UNIT:
    "The table with its header at {cells} could be the cruscotto strategico or a unit's table: it was read as the table of unit «{sheet}». If it is the cruscotto, list sheet «{sheet}» under «Fogli cruscotto» in the settings; if it is a unit's table, write the unit's name above the table.",
  ENTE_METHOD: "The Ente score is computed as {method}.",
  SETTINGS_INVALID: "Setting «{key}» has an invalid value («{raw}»): {default} is used. Correct it in sheet «{sheet}».",
  SETTINGS_SHEET_UNKNOWN:
    "Sheet «{name}» named in «{key}» is not in the workbook: correct the name in sheet «{sheet}» (several sheets are separated by «;»).",
  SETTINGS_CREATED: "Sheet «{sheet}» was created with the default values. Edit it to match your SMVP.",
  SETTINGS_DEFAULTS:
    "There is no sheet «{sheet}»: the default values are used. The first run that writes creates it; then edit it to match your SMVP.",
  OWNED_COLUMN_MOVED:
    "The cells where column «{column}» belongs hold typed data: the column moved to {cell}. Nothing was overwritten.",
  OWNED_SHEET_RENAMED: "A sheet «{wanted}» not created by the Cruscotto exists: the summary is written to «{used}».",
  MONITORING_RECORDED:
    "Monitoring point of {date} recorded in sheet «{sheet}»: the next run shows the trend from it. «Annulla ultimo calcolo» (undo) removes it.",
  MONITORING_REPLACED:
    "The monitoring point of {date} already in sheet «{sheet}» was replaced with this run's figures; the other dates stay. «Annulla ultimo calcolo» (undo) puts the previous one back.",
  MONITORING_NOT_RECORDED:
    "Sheet «{sheet}» is protected: the monitoring point of {date} was not recorded. Remove the protection and run again with the monitoring point.",
  HISTORY_ROW_UNREADABLE:
    "Row {row} of sheet «{sheet}» does not read as a monitoring point (date, level, name or score missing or not valid): it is left out of the trend. The sheet is written by the Cruscotto: to correct a point, record it again on the same date.",
  OWNED_NAME_NOT_OURS:
    "The defined name «{name}» points at {cell} of sheet «{sheet}», which the Cruscotto did not write: those cells were neither read as its own nor cleared. Rename or delete the name in Name Manager.",
  RESERVED_SHEET_TAKEN:
    "Sheet «{sheet}» was not created by the Cruscotto: it is treated as a plan sheet and left unchanged; the Cruscotto uses sheet «{used}». To go back to the usual name, rename sheet «{sheet}».",
  SHEET_PROTECTED: "Sheet «{sheet}» is protected: nothing was written. Remove the protection and run again.",
};

const catalogs: Record<Lang, Catalog> = { it, en, qps: pseudoLocalise(it) };

/**
 * A template cut at its {placeholders}, once per language and code: a large plan formats tens of thousands
 * of messages, and a regular expression over the template for each of them was the larger part of the cost.
 * `texts` has one more entry than `names`: text, name, text, …, text.
 */
interface CompiledTemplate {
  texts: string[];
  names: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

function compileTemplate(template: string): CompiledTemplate {
  const texts: string[] = [];
  const names: string[] = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    texts.push(template.slice(from, m.index));
    names.push(m[1]);
    from = m.index + m[0].length;
  }
  texts.push(template.slice(from));
  return { texts, names };
}

const compiled: Record<Lang, Map<DiagnosticCode, CompiledTemplate>> = { it: new Map(), en: new Map(), qps: new Map() };

function compiledTemplate(code: DiagnosticCode, lang: Lang): CompiledTemplate {
  let t = compiled[lang].get(code);
  if (t === undefined) compiled[lang].set(code, (t = compileTemplate(catalogs[lang][code])));
  return t;
}

/**
 * The template filled in; a name `param` does not know stays as written, braces included. Joined at once:
 * a flat string, where adding the parts one by one leaves a chain of pieces to be copied again later.
 */
function fill(template: CompiledTemplate, param: (name: string) => DiagnosticParam | undefined, lang: Lang): string {
  const { texts, names } = template;
  const parts = new Array<string>(texts.length + names.length);
  parts[0] = texts[0];
  for (let i = 0; i < names.length; i++) {
    const value = param(names[i]);
    parts[2 * i + 1] = value === undefined ? `{${names[i]}}` : renderParam(value, lang);
    parts[2 * i + 2] = texts[i + 1];
  }
  return parts.join("");
}

export function formatMessage(code: DiagnosticCode, params: DiagnosticParams, lang: Lang = "it"): string {
  return fill(compiledTemplate(code, lang), (name) => (name in params ? params[name] : undefined), lang);
}

/** The diagnostic's params, with its sheet and cell as {sheet} and {cell} unless the params name them too. */
export function diagnosticMessage(d: Diagnostic, lang: Lang = "it"): string {
  const param = (name: string): DiagnosticParam | undefined => {
    if (name in d.params) return d.params[name];
    if (name === "sheet") return d.sheet;
    if (name === "cell") return d.cell ?? "";
    return undefined;
  };
  return fill(compiledTemplate(d.code, lang), param, lang);
}

/**
 * The Italian words and patterns officers write in plan workbooks, as data. The recogniser's modules
 * match cells against these; nothing else in the layout stage spells a word of the domain.
 * Header and phrase entries are in normalised form (see text.ts normalise()).
 */

/** What a header cell says its column holds. */
export type Role =
  | "objective"
  | "indicator"
  | "target"
  | "weight"
  | "actual"
  | "baseline"
  | "servizi"
  | "area"
  | "albero"
  | "produttivita"
  | "owner"
  | "justification"
  | "neutralised"
  // Mappa strategica
  | "perspective"
  | "number"
  | "strategic"
  | "missione"
  // Programmi di intervento
  | "programma"
  | "benefici"
  | "azioni";

export const HEADER_SYNONYMS: Record<Role, string[]> = {
  objective: ["obiettivo", "obiettivi", "obiettivo operativo", "obiettivi operativi", "azione", "azioni"],
  indicator: [
    "indicatore",
    "indicatori",
    "indicatore di performance",
    "indicatori di performance",
    // Comuni and Regioni write «Indicatore di risultato» where the Chambers write «Indicatore».
    "indicatore di risultato",
    "indicatori di risultato",
    "kpi",
  ],
  target: ["target", "valore atteso", "risultato atteso", "valore target"],
  weight: ["peso", "pesi", "peso percentuale"],
  actual: [
    "consuntivo",
    "valore consuntivo",
    "risultato",
    "risultato effettivo",
    "valore rilevato",
    "valore raggiunto",
    "risultato raggiunto",
  ],
  baseline: [
    "baseline",
    "valore di partenza",
    "valore base",
    "valore di base",
    "valore iniziale",
    "valore anno precedente",
    "valore dell anno precedente",
  ],
  servizi: ["servizi interni coinvolti", "strutture coinvolte", "servizi coinvolti", "strutture interne coinvolte"],
  area: ["area"],
  albero: ["albero", "albero della performance"],
  produttivita: ["produttivita"],
  owner: ["owner", "responsabile"],
  justification: [
    "motivazione scostamento",
    "motivazione dello scostamento",
    "motivazione degli scostamenti",
    "motivazioni scostamento",
    "motivazione",
    "motivazioni",
    "note del responsabile",
  ],
  neutralised: ["neutralizzato", "neutralizzazione", "indicatore neutralizzato", "neutralizzata"],
  perspective: ["prospettiva", "prospettive"],
  number: ["n", "numero"],
  strategic: ["obiettivo strategico", "obiettivi strategici"],
  missione: ["area strategica missione", "missione", "area strategica", "missione programma"],
  programma: ["programma di intervento", "programmi di intervento", "programma"],
  benefici: ["benefici attesi", "benefici"],
  azioni: ["azioni interventi", "azioni e interventi", "interventi"],
};

/** The four BSC perspectives of the Mappa strategica, as headings write them. */
export const PERSPECTIVES: readonly string[] = [
  "imprese territorio e consumatori",
  "imprese territorio consumatori",
  "processi interni",
  "apprendimento crescita e innovazione",
  "apprendimento e crescita",
  "apprendimento crescita innovazione",
  "economico finanziario",
  "economico finanziaria",
];

/** Unit headings by kind: "PO …", "SERVIZIO STAFF", "UFFICIO LEGALE", "OBIETTIVI 2022 DIR AI". */
export const UNIT_HEADINGS = {
  po: /^(PO|P\.\s?O\.)(\s|$)/i,
  dirigente: /^(OBIETTIVI\s+(19|20)\d\d\s+\S|DIRIGENTE(\s|$)|SCHEDA\s+OBIETTIVI\s)/i,
  // Other bodies' structures are units too: a Comune's Settore, an Unità organizzativa, a Direzione.
  servizio: /^(SERVIZIO?|SETTORE|DIREZIONE|U\.\s?O\.|UNIT[AÀ]\s+(ORGANIZZATIVA|OPERATIVA))(\s|$)/i,
  ufficio: /^(UFFICIO|UFF\.)(\s|$)/i,
} as const;

/** Labels of a printed total row, in the objective or indicator column. */
export const TOTAL_LABELS: ReadonlySet<string> = new Set(["totale", "total", "totale pesi", "tot"]);

/**
 * What a person types in a cell of the row to say the OIV neutralised the indicator (normalised): the status
 * text itself, in any cell of the table's row.
 */
export const NEUTRALISED_TEXTS: ReadonlySet<string> = new Set([
  "neutralizzato",
  "neutralizzata",
  "indicatore neutralizzato",
  "obiettivo neutralizzato",
]);

/** Albero / Produttività / Neutralizzato cells that say no; any other short text is a mark. */
export const NEGATIVE_MARKS: ReadonlySet<string> = new Set(["no", "n", "0", "-", "false", "falso"]);

/** Indicator texts of a Dirigente's synthetic indicators, whose actual is a computed synthesis. */
export const DERIVED_INDICATOR_PHRASES: { ente: readonly string[]; area: readonly string[] } = {
  ente: ["obiettivi di ente", "indicatore sintetico performance organizzativa"],
  area: ["obiettivi di area", "performance di area"],
};

/**
 * Sheet names and titles that say the sheet is the cruscotto strategico, as whole words:
 * "Cruscotto strategico", "KPI strategici 2022-2024", "Obiettivi strategici".
 */
export const CRUSCOTTO_SHEET_PHRASES: readonly string[] = [
  "cruscotto",
  "kpi strategici",
  "kpi strategico",
  "obiettivi strategici",
  "indicatori strategici",
];

/** A title that names operational objectives too is a unit's ("Obiettivi strategici e operativi"). */
export const OPERATIONAL_WORDS: readonly string[] = ["operativo", "operativi", "operativa", "operative"];

/**
 * Objective headers that say nothing of the level ("Obiettivo"): in a cruscotto the column names the
 * strategic objective; "Obiettivo operativo" and "Azione" are a unit's.
 */
export const PLAIN_OBJECTIVE_HEADERS: ReadonlySet<string> = new Set(["obiettivo", "obiettivi"]);

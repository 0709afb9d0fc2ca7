/** Fixed words of the grammar, compared after foldText (lowercase, no accents). */
import type { Operator, RelativeDirection } from "./types";

/** Targets that mean "done or not": yes words and the frequencies of a recurring task. */
export const BOOLEAN_TARGET_WORDS: ReadonlySet<string> = new Set([
  "si",
  "realizzato",
  "realizzata",
  "realizzati",
  "fatto",
  "annuale",
  "semestrale",
  "quadrimestrale",
  "trimestrale",
  "bimestrale",
  "mensile",
  "settimanale",
  "giornaliero",
  "giornaliera",
]);

/** "sì/no", "si / no", "Rispetto della tempistica prevista:sì/no" (folded). */
export const YES_NO_TARGET = /(?:^|[\s:])si\s*\/\s*no$/;

/** "Anno di rilevazione", "Anno di rilevazione (revisione piano)": the baseline year. */
export const BASELINE_PREFIX = "anno di rilevazione";

/** Actuals that say "done". */
export const YES_ACTUAL_WORDS: ReadonlySet<string> = new Set([
  "si",
  "x",
  "fatto",
  "fatta",
  "realizzato",
  "realizzata",
  "completato",
  "completata",
  "approvato",
  "approvata",
  "adottato",
  "adottata",
  "rilasciato",
  "rilasciata",
  "rispettato",
  "rispettata",
  "vero",
  "true",
  "yes",
]);

/** Actuals that say "not done". */
export const NO_ACTUAL_WORDS: ReadonlySet<string> = new Set([
  "no",
  "non fatto",
  "non fatta",
  "non realizzato",
  "non realizzata",
  "non completato",
  "non completata",
  "non approvato",
  "non approvata",
  "non adottato",
  "non adottata",
  "non rilasciato",
  "non rilasciata",
  "in corso",
  "non rispettato",
  "non rispettata",
  "falso",
  "false",
]);

/** Actuals that mean "not available yet": the cell is treated as empty. */
export const NOT_AVAILABLE_WORDS: ReadonlySet<string> = new Set([
  "n.d.",
  "n.d",
  "nd",
  "n/d",
  "n. d.",
  "n.a.",
  "n.a",
  "non disponibile",
  "-",
  "--",
  "—",
  "–",
]);

/**
 * Targets that say no target was set for the period (other bodies' "n.d.", "Kpi non definito"):
 * nothing to score, like a baseline year. A cell of dashes only is one too (see ONLY_DASHES).
 */
export const NOT_SET_TARGET_WORDS: ReadonlySet<string> = new Set([
  "n.d.",
  "n.d",
  "nd",
  "n/d",
  "n. d.",
  "n.a.",
  "n.a",
  "n/a",
  "n. a.",
  "non definito",
  "non definita",
  "kpi non definito",
  "target non definito",
  "non disponibile",
  "non applicabile",
]);

/** How a word operator is followed: "superiore a 10", "maggiore di 5", or directly "almeno 5". */
export type WordOperatorLink = "a" | "di" | null;

export interface WordOperatorEntry {
  /** The words, folded; matched at the start of the cell and followed by a non-letter. */
  stem: string;
  op: Operator;
  /** The preposition that must follow the stem (in any of its forms: a, al, all', alla …). */
  link: WordOperatorLink;
}

/**
 * Operators written in words, as ministries, AgID and other Chambers write them (domain.md, "How other
 * bodies write targets"). "=" entries (pari a, uguale a) read as a bare value. Longer stems first, so
 * that "maggiore o uguale" is tried before "maggiore".
 */
export const WORD_OPERATORS: readonly WordOperatorEntry[] = [
  { stem: "maggiore o uguale", op: ">=", link: "a" },
  { stem: "superiore o uguale", op: ">=", link: "a" },
  { stem: "pari o superiore", op: ">=", link: "a" },
  { stem: "uguale o superiore", op: ">=", link: "a" },
  { stem: "non inferiore", op: ">=", link: "a" },
  { stem: "non meno", op: ">=", link: "di" },
  { stem: "almeno", op: ">=", link: null },
  { stem: "minimo", op: ">=", link: null },
  { stem: "min.", op: ">=", link: null },
  { stem: "min", op: ">=", link: null },
  { stem: "maggiore", op: ">", link: "di" },
  { stem: "superiore", op: ">", link: "a" },
  { stem: "oltre", op: ">", link: null },
  { stem: "piu", op: ">", link: "di" },
  { stem: "minore o uguale", op: "<=", link: "a" },
  { stem: "inferiore o uguale", op: "<=", link: "a" },
  { stem: "pari o inferiore", op: "<=", link: "a" },
  { stem: "uguale o inferiore", op: "<=", link: "a" },
  { stem: "non superiore", op: "<=", link: "a" },
  { stem: "non oltre", op: "<=", link: null },
  { stem: "non piu", op: "<=", link: "di" },
  { stem: "al massimo", op: "<=", link: null },
  { stem: "massimo", op: "<=", link: null },
  { stem: "max.", op: "<=", link: null },
  { stem: "max", op: "<=", link: null },
  { stem: "fino", op: "<=", link: "a" },
  { stem: "entro e non oltre", op: "<=", link: null },
  { stem: "entro", op: "<=", link: null },
  { stem: "minore", op: "<", link: "di" },
  { stem: "inferiore", op: "<", link: "a" },
  { stem: "meno", op: "<", link: "di" },
  { stem: "pari", op: "=", link: "a" },
  { stem: "uguale", op: "=", link: "a" },
];

/** The forms of each link, folded, longest first; an apostrophe form may touch the number ("all'80%"). */
export const LINK_FORMS: Readonly<Record<"a" | "di" | "article", readonly string[]>> = {
  a: ["all'", "all\u2019", "alla", "allo", "al", "ad", "a"],
  di: ["dell'", "dell\u2019", "della", "dello", "del", "di"],
  article: ["l'", "l\u2019", "il", "lo", "la"],
};

/** Words that start a relative target, and the way they move from the baseline. */
export const RELATIVE_DIRECTION_WORDS: ReadonlyMap<string, RelativeDirection> = new Map<string, RelativeDirection>([
  ["incremento", "increase"],
  ["aumento", "increase"],
  ["crescita", "increase"],
  ["incrementare", "increase"],
  ["aumentare", "increase"],
  ["riduzione", "decrease"],
  ["diminuzione", "decrease"],
  ["calo", "decrease"],
  ["ridurre", "decrease"],
  ["diminuire", "decrease"],
]);

/** What may stand between the direction word and the percentage: "Incremento del 10%", "Riduzione pari al 5%". */
export const RELATIVE_CHANGE_LINKS: readonly string[] = ["pari al", "pari a", "dell'", "dell\u2019", "del", "di"];

/** The word that introduces what a relative target is measured from ("rispetto all'anno precedente"). */
export const RELATIVE_REFERENCE_WORD = "rispetto";

/** Words around the date of a worded deadline ("Determina (entro il 31/10/2024)", "scadenza 30/06/2024"). */
export const DEADLINE_CONNECTORS: ReadonlySet<string> = new Set([
  "entro",
  "il",
  "al",
  "e",
  "ed",
  "scadenza",
  "scadenza:",
  "non",
  "oltre",
  "termine",
  "data",
]);

/**
 * Words that keep a text in words from being a deliverable: a condition ("se …", a tiered rule) or a
 * negation at its start, and anywhere a deadline or a comparison without its date or number ("Determina
 * entro giugno", "rispetto al passato") or a target still to be decided ("In corso di definizione"), which a
 * person should complete rather than see read as done or not.
 */
export const NOT_DELIVERABLE_FIRST_WORDS: ReadonlySet<string> = new Set(["se", "non", "al"]);
export const NOT_DELIVERABLE_WORDS: ReadonlySet<string> = new Set([
  "entro",
  "scadenza",
  "rispetto",
  "definire",
  "definirsi",
  "definizione",
  "stabilire",
]);

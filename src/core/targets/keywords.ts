/** Fixed words of the grammar, compared after foldText (lowercase, no accents). */

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

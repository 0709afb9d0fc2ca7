/**
 * The words that carry the plan's figures, in one place: the pane, the written workbook, the PDF and the
 * CLI take their labels from here, so that an officer reads the same word for the same figure everywhere.
 *
 * The choice, as an SMVP reads: «Raggiungimento» (grado di raggiungimento) is one indicator's result
 * against its target; «Punteggio» is what is rolled up from them, weighted by their Peso — an objective's,
 * a unit's, an Area's, a strategic objective's, the Ente's. «Copertura» says how much of that roll-up is
 * measured. «Limite massimo» and «Media ponderata degli indicatori» replace the jargon «cap» and «pool».
 */
import type { Lang } from "./messages";
import { withPseudo } from "./pseudo";

export type GlossaryTerm =
  | "raggiungimento"
  | "punteggio"
  | "copertura"
  | "stato"
  | "sogliaMinima"
  | "limiteMassimo"
  | "mediaUnita"
  | "mediaPonderata";

export interface GlossaryEntry {
  /** The word as a label shows it (capitalised). */
  term: string;
  /** One sentence that says what the figure is, for a tooltip, a legend line or a settings description. */
  definition: string;
}

export type Glossary = Record<GlossaryTerm, GlossaryEntry>;

/** Italian and English as written: the catalogs that build on them are wrapped for the pseudo-locale once. */
export const GLOSSARY_SOURCE: { it: Glossary; en: Glossary } = {
  it: {
    raggiungimento: {
      term: "Raggiungimento",
      definition:
        "Quanto un indicatore ha raggiunto il suo target: il consuntivo rapportato al target, da 0% fino al limite massimo.",
    },
    punteggio: {
      term: "Punteggio",
      definition:
        "Sintesi dei raggiungimenti: per un'unità o un obiettivo è la loro media pesata con il peso degli indicatori misurati; per le Aree e l'Ente è la media scelta nelle regole di valutazione.",
    },
    copertura: {
      term: "Copertura",
      definition:
        "Quota del peso degli indicatori valutabili che ha già un consuntivo: a 100% tutti sono misurati, sotto 100% il punteggio si basa solo sugli indicatori misurati.",
    },
    stato: {
      term: "Stato",
      definition:
        "Fascia del raggiungimento o del punteggio secondo le soglie (Raggiunto, Parzialmente raggiunto, Non raggiunto); Non rilevato senza consuntivo, Non valutabile quando il target non si può valutare.",
    },
    sogliaMinima: {
      term: "Soglia minima",
      definition: "Sotto questo raggiungimento l'indicatore vale 0%.",
    },
    limiteMassimo: {
      term: "Limite massimo",
      definition:
        "Il raggiungimento più alto che un indicatore può avere: a 100% superare il target non dà nulla in più.",
    },
    mediaUnita: {
      term: "Media delle unità",
      definition: "Il punteggio dell'Area è la media dei punteggi delle sue unità.",
    },
    mediaPonderata: {
      term: "Media ponderata degli indicatori",
      definition:
        "Il punteggio dell'Area è la media di tutti gli indicatori delle sue unità insieme, pesati con il loro peso.",
    },
  },
  en: {
    raggiungimento: {
      term: "Achievement",
      definition:
        "How far an indicator reached its target: the actual measured against the target, from 0% up to the maximum achievement.",
    },
    punteggio: {
      term: "Score",
      definition:
        "The achievements rolled up: for a unit or an objective, their mean weighted by the measured indicators' weights; for the Areas and the Ente, the mean chosen in the scoring rules.",
    },
    copertura: {
      term: "Coverage",
      definition:
        "Share of the weight of the assessable indicators that already has an actual: at 100% all are measured, below 100% the score rests on the measured indicators only.",
    },
    stato: {
      term: "Status",
      definition:
        "Band of the achievement or score by the thresholds (Achieved, Partly achieved, Not achieved); Not measured without an actual, Not assessable when the target cannot be scored.",
    },
    sogliaMinima: {
      term: "Minimum threshold",
      definition: "Below this achievement an indicator counts as 0%.",
    },
    limiteMassimo: {
      term: "Maximum achievement",
      definition: "The highest achievement an indicator can get: at 100% exceeding the target adds nothing.",
    },
    mediaUnita: {
      term: "Mean of the units",
      definition: "The Area's score is the mean of its units' scores.",
    },
    mediaPonderata: {
      term: "Weighted mean of the indicators",
      definition: "The Area's score is the mean of all its units' indicators together, weighted by their weights.",
    },
  },
};

export const GLOSSARY: Record<Lang, Glossary> = withPseudo(GLOSSARY_SOURCE);

/** The term of one language as written (for catalogs that are wrapped for the pseudo-locale themselves). */
export const term = (lang: "it" | "en", id: GlossaryTerm): string => GLOSSARY_SOURCE[lang][id].term;

/** The term in the middle of a sentence: «il punteggio», «the score» (Areas and the Ente keep their capital). */
export const termLower = (lang: "it" | "en", id: GlossaryTerm): string => {
  const t = term(lang, id);
  return t.charAt(0).toLowerCase() + t.slice(1);
};

export const definition = (lang: "it" | "en", id: GlossaryTerm): string => GLOSSARY_SOURCE[lang][id].definition;

/**
 * How other bodies write targets (Ministries, AgID, Comuni, other Chambers): every example of the table
 * "How other bodies write targets" of the product owner's domain reference, copied here with its reading,
 * plus what must stay unreadable (tiered rules, numbers inside prose, debris) and the actuals that
 * say a deliverable was or was not done.
 */
import { parseActual, parseTarget } from "../../../../src/core/targets";
import type {
  ComparisonTarget,
  DeadlineTarget,
  ParseContext,
  RelativeTarget,
  Target,
} from "../../../../src/core/targets/types";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";

function ctx(extra: Partial<ParseContext> = {}): ParseContext {
  return {
    levels: DEFAULT_SETTINGS.levels,
    lowerIsBetterWords: DEFAULT_SETTINGS.lowerIsBetterWords,
    strictComparisons: false,
    ...extra,
  };
}

function read(text: string, extra: Partial<ParseContext> = {}): Target {
  const t = parseTarget(text, ctx(extra));
  if (t === null) throw new Error(`«${text}» read as no target`);
  return t;
}

function comparison(text: string, extra: Partial<ParseContext> = {}): ComparisonTarget {
  const t = read(text, extra);
  if (t.kind !== "comparison") throw new Error(`«${text}»: expected a comparison, got ${JSON.stringify(t)}`);
  return t;
}

describe("comparison, operator in words: the words are the operator", () => {
  const cases: Array<[string, Partial<ComparisonTarget>]> = [
    ["maggiore o uguale a 90,00%", { operator: ">=", value: 0.9, unit: "%", percent: true, polarity: "higher" }],
    ["non inferiore a 80%", { operator: ">=", value: 0.8, unit: "%", percent: true, polarity: "higher" }],
    ["almeno 1.000", { operator: ">=", value: 1000, unit: null, percent: false, polarity: "higher" }],
    ["minimo 5", { operator: ">=", value: 5, unit: null, polarity: "higher" }],
    ["pari o superiore a 2", { operator: ">=", value: 2, polarity: "higher" }],
    // > is read as ≥ unless the settings say strict (below)
    ["superiore a 10", { operator: ">=", value: 10, polarity: "higher" }],
    ["oltre 50", { operator: ">=", value: 50, polarity: "higher" }],
    ["non superiore a 30 giorni", { operator: "<=", value: 30, unit: "gg", percent: false, polarity: "lower" }],
    ["minore o uguale a 5%", { operator: "<=", value: 0.05, unit: "%", percent: true, polarity: "lower" }],
    ["al massimo 3", { operator: "<=", value: 3, unit: null, polarity: "lower" }],
    ["massimo 10 gg", { operator: "<=", value: 10, unit: "gg", polarity: "lower" }],
    ["max 2", { operator: "<=", value: 2, polarity: "lower" }],
    ["fino a 4", { operator: "<=", value: 4, polarity: "lower" }],
    ["inferiore a 1", { operator: "<=", value: 1, polarity: "lower" }],
    ["meno di 5", { operator: "<=", value: 5, polarity: "lower" }],
    ["entro 30 giorni", { operator: "<=", value: 30, unit: "gg", polarity: "lower" }],
  ];
  it.each(cases)("%s", (text, expected) => {
    expect(comparison(text)).toMatchObject({ ...expected, raw: text, label: null, inferred: false });
  });

  it.each([
    ["superiore o uguale a 7", ">=", 7],
    ["uguale o superiore a 7", ">=", 7],
    ["almeno il 30%", ">=", 0.3],
    ["Almeno l'80%", ">=", 0.8],
    ["min. 4", ">=", 4],
    ["maggiore di 3", ">=", 3],
    ["minore o uguale a 2", "<=", 2],
    ["inferiore o uguale a 2", "<=", 2],
    ["pari o inferiore al 5%", "<=", 0.05],
    ["uguale o inferiore a 9", "<=", 9],
    ["fino al 40%", "<=", 0.4],
    ["minore di 8", "<=", 8],
    ["MASSIMO 10 GG", "<=", 10],
  ] as const)("the other forms of the table's operators: %s", (text, operator, value) => {
    const t = comparison(text);
    expect(t.operator).toBe(operator);
    expect(t.value).toBeCloseTo(value, 12);
    expect(t.inferred).toBe(false);
  });

  it("strict comparisons keep superiore a / oltre / inferiore a / meno di strict", () => {
    const strict = { strictComparisons: true };
    expect(comparison("superiore a 10", strict).operator).toBe(">");
    expect(comparison("oltre 50", strict).operator).toBe(">");
    expect(comparison("maggiore di 3", strict).operator).toBe(">");
    expect(comparison("inferiore a 1", strict).operator).toBe("<");
    expect(comparison("meno di 5", strict).operator).toBe("<");
    expect(comparison("minore di 8", strict).operator).toBe("<");
    // the inclusive words stay inclusive
    expect(comparison("non inferiore a 80%", strict).operator).toBe(">=");
    expect(comparison("al massimo 3", strict).operator).toBe("<=");
  });

  it("the words win over the indicator's words, as a written operator does", () => {
    expect(comparison("almeno 5", { indicator: "Tempi medi di pagamento" })).toMatchObject({
      operator: ">=",
      polarity: "higher",
      inferred: false,
    });
  });

  it("a level after the words is a qualitative target", () => {
    expect(read("almeno Medio")).toEqual({
      kind: "qualitative",
      raw: "almeno Medio",
      operator: ">=",
      level: 3,
      levelLabel: "Medio",
    });
  });

  it("entro followed by a date is a deadline; ≥ words before a date ask for lateness and are refused", () => {
    expect(read("entro il 30/06/2024")).toEqual({
      kind: "deadline",
      raw: "entro il 30/06/2024",
      deadlines: ["2024-06-30"],
    });
    expect(read("almeno 30/06/2024")).toMatchObject({ kind: "invalid", reason: { code: "deadline_with_greater" } });
  });
});

describe("equality: read like a bare value, polarity inferred from the indicator", () => {
  it.each([
    ["= 45.000", 45000, false],
    ["=120.000", 120000, false],
    ["pari a 12", 12, false],
    ["uguale a 100%", 1, true],
  ] as const)("%s", (text, value, percent) => {
    expect(comparison(text, { indicator: "Numero di pratiche evase" })).toMatchObject({
      raw: text,
      operator: ">=",
      value,
      percent,
      polarity: "higher",
      inferred: true,
    });
  });

  it("a lower-is-better indicator makes the value a maximum, as for a bare value", () => {
    expect(comparison("pari a 12", { indicator: "Tempi medi di evasione (giorni)" })).toMatchObject({
      operator: "<=",
      value: 12,
      polarity: "lower",
      inferred: true,
    });
    expect(comparison("= 45.000", { indicator: "Costi di gestione" })).toMatchObject({
      polarity: "lower",
      inferred: true,
    });
    // a percentage is a share of things done whatever the indicator
    expect(comparison("uguale a 100%", { indicator: "Riduzione dei tempi" }).polarity).toBe("higher");
  });
});

describe("text after the value: the operator and number at the start are the target, the words its label", () => {
  it("Almeno il 30% dei dati documentati nel portale per ciascuna PA", () => {
    const text = "Almeno il 30% dei dati documentati nel portale per ciascuna PA";
    expect(comparison(text)).toMatchObject({
      operator: ">=",
      value: 0.3,
      unit: "%",
      percent: true,
      label: "dei dati documentati nel portale per ciascuna PA",
      polarity: "higher",
      inferred: false,
    });
  });

  it("Almeno il 30% dei dati documentati nel portale", () => {
    expect(comparison("Almeno il 30% dei dati documentati nel portale")).toMatchObject({
      operator: ">=",
      value: 0.3,
      percent: true,
      label: "dei dati documentati nel portale",
    });
  });

  it("≥ 90% delle pratiche", () => {
    expect(comparison("≥ 90% delle pratiche")).toMatchObject({
      operator: ">=",
      value: 0.9,
      unit: "%",
      percent: true,
      label: "delle pratiche",
      polarity: "higher",
      inferred: false,
    });
  });

  it("a unit word stays the unit; the words after it are the label", () => {
    expect(comparison("entro 30 giorni lavorativi")).toMatchObject({
      operator: "<=",
      value: 30,
      unit: "gg",
      label: "lavorativi",
    });
    expect(comparison("almeno 1.000 utenti")).toMatchObject({ value: 1000, unit: null, label: "utenti" });
  });

  it.each([
    // a number in the middle of prose is not a target
    "Realizzare almeno 3 incontri con le imprese",
    "Realizzare 3 corsi e 2 seminari",
    "Garantire il 90% delle risposte",
    // words on both sides of a number: prose, not a label
    "Percentuale ≥ 90% delle pratiche",
    // a second number or operator after the value is a rule, not a label
    "≥ 90% delle pratiche e 80% dei fascicoli",
    "almeno 3 incontri, al massimo 5",
    // bare values with words after them stay what they were
    "80% entro giugno",
    "12 pezzi",
  ])("%s stays unreadable", (text) => {
    expect(read(text).kind).toBe("invalid");
  });
});

describe("deadlines: dotted dates and words around one date", () => {
  const cases: Array<[string, string[], string | undefined]> = [
    ["31.12.2020", ["2020-12-31"], undefined],
    ["entro il 31/10/2024", ["2024-10-31"], undefined],
    ["entro 30/06/2024", ["2024-06-30"], undefined],
    ["scadenza 30/06/2024", ["2024-06-30"], undefined],
    ["Determina (entro il 31/10/2024)", ["2024-10-31"], "Determina"],
  ];
  it.each(cases)("%s", (text, deadlines, label) => {
    const t = read(text) as DeadlineTarget;
    expect(t.kind).toBe("deadline");
    expect(t.deadlines).toEqual(deadlines);
    expect(t.label).toBe(label);
    expect(t.raw).toBe(text);
  });

  it("more words: a label before the date part, connectors, dotted and several dates", () => {
    expect(read("Approvazione del regolamento entro il 31.12.2024")).toEqual({
      kind: "deadline",
      raw: "Approvazione del regolamento entro il 31.12.2024",
      deadlines: ["2024-12-31"],
      label: "Approvazione del regolamento",
    });
    expect(read("Relazione: 30/06/2024 e 31/12/2024")).toMatchObject({
      deadlines: ["2024-06-30", "2024-12-31"],
      label: "Relazione",
    });
    expect(read("al 30/06/2024")).toEqual({ kind: "deadline", raw: "al 30/06/2024", deadlines: ["2024-06-30"] });
  });

  it("a date that does not exist, or a number in the label, stays unreadable", () => {
    expect(read("Determina (entro il 31/02/2024)")).toMatchObject({
      kind: "invalid",
      reason: { code: "nonexistent_date" },
    });
    expect(read("3 eventi entro il 30/06/2024").kind).toBe("invalid");
    expect(read("Relazione 3 entro il 30/06/2024").kind).toBe("invalid");
    expect(read("Determina entro giugno").kind).toBe("invalid");
  });
});

describe("not set: no target for this period", () => {
  it.each(["n.d.", "nd", "n.a.", "non definito", "Kpi non definito", "-", "—", "N.D.", "ND", "--", "–"])(
    "%s",
    (text) => {
      expect(read(text)).toEqual({ kind: "not_set", raw: text, label: text });
    },
  );
});

describe("relative: a change from the baseline", () => {
  const cases: Array<[string, Omit<RelativeTarget, "kind" | "raw">]> = [
    [
      "Incremento del 10% rispetto all'anno precedente",
      { change: 0.1, direction: "increase", polarity: "higher", reference: "all'anno precedente" },
    ],
    [
      "Aumento del 15% rispetto al 2024",
      { change: 0.15, direction: "increase", polarity: "higher", reference: "al 2024" },
    ],
    ["+10% rispetto al 2023", { change: 0.1, direction: "increase", polarity: "higher", reference: "al 2023" }],
    [
      "Riduzione del 5% rispetto al 2023",
      { change: 0.05, direction: "decrease", polarity: "lower", reference: "al 2023" },
    ],
    [
      "-20% rispetto alla baseline",
      { change: 0.2, direction: "decrease", polarity: "lower", reference: "alla baseline" },
    ],
    [
      "Crescita del 3% rispetto al 2022",
      { change: 0.03, direction: "increase", polarity: "higher", reference: "al 2022" },
    ],
    [
      "Diminuzione del 2,5% rispetto all'anno precedente",
      { change: 0.025, direction: "decrease", polarity: "lower", reference: "all'anno precedente" },
    ],
    ["Calo del 4%", { change: 0.04, direction: "decrease", polarity: "lower", reference: null }],
    ["−5% rispetto al 2023", { change: 0.05, direction: "decrease", polarity: "lower", reference: "al 2023" }],
  ];
  it.each(cases)("%s", (text, expected) => {
    const t = read(text);
    expect(t).toMatchObject({ kind: "relative", raw: text, ...expected, change: expect.any(Number) });
    expect((t as RelativeTarget).change).toBeCloseTo(expected.change, 12);
  });

  it("a signed percentage without «rispetto» stays a bare percentage", () => {
    expect(comparison("+10%")).toMatchObject({ value: 0.1, percent: true, inferred: true });
  });

  it.each([
    "Incremento del numero di pratiche",
    "Riduzione dei tempi di attesa",
    "Incremento di 50 pratiche rispetto al 2023",
    "+10% rispetto al 2023 e al 2024 come da 3 note",
  ])("%s (no percentage, or more than a reference after it) stays unreadable", (text) => {
    expect(read(text).kind).toBe("invalid");
  });
});

describe("deliverables: words only, done or not", () => {
  it.each([
    "Vademecum per la nomina di RTD",
    "Redazione delle Linee guida",
    "Rilascio della piattaforma ANIST",
    "Disciplinare / Contratto",
  ])("%s", (text) => {
    expect(read(text)).toEqual({ kind: "boolean", raw: text, label: text, deliverable: true });
  });

  it.each([
    ["one word", "Realizzazione"],
    ["short words", "Da definire"],
    ["a digit", "Piano 2024 approvato"],
    ["a condition", "se richiesto dal dirigente"],
    ["a negation", "Non previsto quest'anno"],
    ["a date word without its date", "Entro giugno"],
    ["an operator word without a value", "Massimo impegno"],
    ["a question", "Da verificare con il dirigente?"],
    ["a target still to be decided", "In corso di definizione"],
    ["a target still to be decided", "Obiettivo da definire con la Giunta"],
  ])("not a deliverable: %s («%s»)", (_why, text) => {
    expect(read(text).kind).toBe("invalid");
  });

  it("the seed's own words keep their readings", () => {
    expect(read("Annuale")).toEqual({ kind: "boolean", raw: "Annuale", label: "Annuale" });
    expect(read("Anno di rilevazione")).toMatchObject({ kind: "baseline" });
    expect(read("Medio-alto")).toMatchObject({ kind: "qualitative", level: 4 });
  });
});

describe("still unreadable, flagged with the cell as before", () => {
  it.each([
    "se … <10, deve arrivare a 10 • se … ≥ 10 deve aumentare del 25%",
    "se il valore è <10, deve arrivare a 10; se ≥ 10 deve aumentare del 25%",
    "se il valore è < 10 deve arrivare a 10, altrimenti aumentare del 25%",
    "10 20",
    "55 07",
    "1.000 2.000",
    "м",
    "<u>&gt;</u> 80%",
    "<b>Redazione delle Linee guida</b>",
    "Redazione delle Linee guida স",
  ])("%s", (text) => {
    expect(read(text).kind).toBe("invalid");
  });
});

describe("actuals of a deliverable", () => {
  const actual = (raw: string | number, numberFormat?: string) => parseActual(raw, ctx({ numberFormat }));

  it.each(["sì", "si", "Sì", "x", "X", "fatto", "realizzato", "completato", "approvato", "adottato", "rilasciato"])(
    "%s: done",
    (raw) => {
      expect(actual(raw)).toEqual({ kind: "boolean", raw, value: true });
    },
  );

  it.each(["no", "non realizzato", "non completato", "in corso", "In corso"])("%s: not done", (raw) => {
    expect(actual(raw)).toEqual({ kind: "boolean", raw, value: false });
  });

  it("a date says done that day", () => {
    expect(actual("15/06/2024")).toEqual({ kind: "date", raw: "15/06/2024", dates: ["2024-06-15"] });
    expect(actual(45458, "dd/mm/yyyy")).toEqual({ kind: "date", raw: 45458, dates: ["2024-06-15"] });
  });
});

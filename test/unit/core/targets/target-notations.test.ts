/** The target notations of domain.md, one by one, with every field that scoring relies on. */
import { parseTarget } from "../../../../src/core/targets";
import type { ComparisonTarget, ParseContext, Target } from "../../../../src/core/targets/types";
import { DEFAULT_SETTINGS } from "../../../../src/core/settings/types";
import { renderParam } from "../../../../src/i18n/params";

function ctx(extra: Partial<ParseContext> = {}): ParseContext {
  return {
    levels: DEFAULT_SETTINGS.levels,
    lowerIsBetterWords: DEFAULT_SETTINGS.lowerIsBetterWords,
    strictComparisons: false,
    ...extra,
  };
}

function comparison(t: Target | null): ComparisonTarget {
  if (t === null || t.kind !== "comparison") throw new Error(`expected a comparison, got ${JSON.stringify(t)}`);
  return t;
}

describe("comparisons with an operator", () => {
  const cases: Array<[string, Partial<ComparisonTarget>]> = [
    ["≥ 80%", { operator: ">=", value: 0.8, unit: "%", percent: true, label: null, polarity: "higher" }],
    [">=80%", { operator: ">=", value: 0.8, unit: "%", percent: true, label: null, polarity: "higher" }],
    ["≥80%", { operator: ">=", value: 0.8, unit: "%", percent: true, label: null, polarity: "higher" }],
    [">= 80%", { operator: ">=", value: 0.8, unit: "%", percent: true }],
    ["≥ 73%", { operator: ">=", value: 0.73, unit: "%", percent: true }],
    ["> 1", { operator: ">=", value: 1, unit: null, percent: false, polarity: "higher" }],
    [">1", { operator: ">=", value: 1, unit: null, percent: false, polarity: "higher" }],
    ["<=1", { operator: "<=", value: 1, unit: null, percent: false, polarity: "lower" }],
    ["≤ 1", { operator: "<=", value: 1, unit: null, polarity: "lower" }],
    ["≤1", { operator: "<=", value: 1, polarity: "lower" }],
    ["< 20%", { operator: "<=", value: 0.2, unit: "%", percent: true, polarity: "lower" }],
    ["≤5%", { operator: "<=", value: 0.05, unit: "%", percent: true, polarity: "lower" }],
    ["<= 70 gg", { operator: "<=", value: 70, unit: "gg", percent: false, polarity: "lower" }],
    ["<= 10 gg", { operator: "<=", value: 10, unit: "gg", polarity: "lower" }],
    ["ITP < -10", { operator: "<=", value: -10, unit: null, label: "ITP", polarity: "lower" }],
    ["ITP < -15", { operator: "<=", value: -15, label: "ITP", polarity: "lower" }],
    [">= 2.355", { operator: ">=", value: 2355, unit: null, polarity: "higher" }],
    [">= 1.132.400 €", { operator: ">=", value: 1132400, unit: "€", percent: false }],
    ["≥ 1,45", { operator: ">=", value: 1.45 }],
    [
      "Servizi full digital/servizi totali >73%",
      {
        operator: ">=",
        value: 0.73,
        unit: "%",
        percent: true,
        label: "Servizi full digital/servizi totali",
        polarity: "higher",
      },
    ],
    ["=> 5", { operator: ">=", value: 5, polarity: "higher" }],
    ["=< 3", { operator: "<=", value: 3, polarity: "lower" }],
    ["⩾ 90%", { operator: ">=", value: 0.9, percent: true }],
    ["N° pratiche: >= 20", { operator: ">=", value: 20, label: "N° pratiche" }],
  ];
  it.each(cases)("%s", (text, expected) => {
    const t = comparison(parseTarget(text, ctx()));
    expect(t).toMatchObject({ ...expected, raw: text, inferred: false });
  });

  it("= X is the value X itself, its polarity inferred as for a bare value (not a 1-or-0 match)", () => {
    expect(comparison(parseTarget("= 4", ctx()))).toMatchObject({
      operator: ">=",
      value: 4,
      polarity: "higher",
      inferred: true,
    });
    expect(comparison(parseTarget("=0", ctx({ indicator: "Numero di segnalazioni" })))).toMatchObject({
      operator: "<=",
      value: 0,
      polarity: "lower",
      inferred: true,
    });
  });

  it("keeps > and < strict when the settings say so", () => {
    expect(comparison(parseTarget("> 1", ctx({ strictComparisons: true }))).operator).toBe(">");
    expect(comparison(parseTarget("ITP < -10", ctx({ strictComparisons: true }))).operator).toBe("<");
    // ≥ stays ≥ either way
    expect(comparison(parseTarget("≥ 1", ctx({ strictComparisons: true }))).operator).toBe(">=");
  });

  it("an explicit operator wins over the indicator words", () => {
    const t = comparison(parseTarget(">= 5", ctx({ indicator: "Tempi medi di pagamento" })));
    expect(t).toMatchObject({ operator: ">=", polarity: "higher", inferred: false });
  });
});

describe("bare values: polarity inferred", () => {
  it("a percentage is higher-is-better whatever the indicator", () => {
    const t = comparison(parseTarget("100%", ctx({ indicator: "Riduzione dei tempi" })));
    expect(t).toMatchObject({
      operator: ">=",
      value: 1,
      unit: "%",
      percent: true,
      polarity: "higher",
      inferred: true,
      label: null,
    });
    expect(comparison(parseTarget("95,00%", ctx())).value).toBeCloseTo(0.95, 12);
  });

  it("a plain value is lower-is-better when the indicator holds a lower-is-better word", () => {
    const t = comparison(
      parseTarget(
        "1,45",
        ctx({ indicator: "Tempi medi di lavorazione delle pratiche RI anno x al netto della sospensione" }),
      ),
    );
    expect(t).toMatchObject({
      operator: "<=",
      value: 1.45,
      unit: null,
      percent: false,
      polarity: "lower",
      inferred: true,
    });
  });

  it("0,00 for the anti-corruption indicator is a plain 0, lower-is-better (segnalazioni)", () => {
    const t = comparison(
      parseTarget("0,00", ctx({ indicator: "Assenza di segnalazioni illeciti/eventi corruttivi (PTPCT)" })),
    );
    expect(t).toMatchObject({ operator: "<=", value: 0, percent: false, polarity: "lower", inferred: true });
    expect(Object.is(t.value, -0)).toBe(false);
  });

  it("a plain value is higher-is-better otherwise", () => {
    const t = comparison(parseTarget("3", ctx({ indicator: "N° iniziative realizzate" })));
    expect(t).toMatchObject({ operator: ">=", value: 3, polarity: "higher", inferred: true });
    expect(comparison(parseTarget("2,00", ctx({ indicator: "N° eventi organizzati" }))).value).toBe(2);
    expect(comparison(parseTarget("3", ctx())).polarity).toBe("higher");
  });

  it("matches words whole, ignoring accents and case", () => {
    expect(comparison(parseTarget("5", ctx({ indicator: "TEMPISTICA di risposta" }))).polarity).toBe("lower");
    expect(comparison(parseTarget("5", ctx({ indicator: "Numero di errori/pratiche" }))).polarity).toBe("lower");
    expect(comparison(parseTarget("5", ctx({ indicator: "Costi (€) per pratica" }))).polarity).toBe("lower");
    // "tempo" inside "contemporanea", "gg" inside "leggi": not whole words
    expect(comparison(parseTarget("5", ctx({ indicator: "Gestione contemporanea delle leggi" }))).polarity).toBe(
      "higher",
    );
    // the settings list is used, not a built-in one
    expect(
      comparison(parseTarget("5", ctx({ indicator: "Tempi medi", lowerIsBetterWords: ["attesa"] }))).polarity,
    ).toBe("higher");
    expect(
      comparison(parseTarget("5", ctx({ indicator: "Attesa media", lowerIsBetterWords: ["attesa"] }))).polarity,
    ).toBe("lower");
    expect(
      comparison(parseTarget("5", ctx({ indicator: "Velocità", lowerIsBetterWords: ["velocita"] }))).polarity,
    ).toBe("lower");
  });

  it("a bare number of days is a maximum", () => {
    expect(comparison(parseTarget("30 gg", ctx()))).toMatchObject({
      operator: "<=",
      value: 30,
      unit: "gg",
      polarity: "lower",
      inferred: true,
    });
  });

  it("number cells: % format gives a percent share, General a plain value", () => {
    const pct = comparison(parseTarget(0.9, ctx({ numberFormat: "0%" })));
    expect(pct).toMatchObject({
      raw: 0.9,
      value: 0.9,
      unit: "%",
      percent: true,
      polarity: "higher",
      inferred: true,
      operator: ">=",
    });
    const plain = comparison(parseTarget(12, ctx({ numberFormat: "General", indicator: "Giorni medi di evasione" })));
    expect(plain).toMatchObject({
      raw: 12,
      value: 12,
      unit: null,
      percent: false,
      polarity: "lower",
      operator: "<=",
      inferred: true,
    });
    expect(comparison(parseTarget(0, ctx())).value).toBe(0);
  });
});

describe("deadlines", () => {
  it.each([
    ["30/06/2022", ["2022-06-30"]],
    ["31/12/2022", ["2022-12-31"]],
    ["30/06/2022 31/12/2022", ["2022-06-30", "2022-12-31"]],
    ["30/06/2022; 31/12/2022", ["2022-06-30", "2022-12-31"]],
    ["entro il 28/02/2022", ["2022-02-28"]],
    ["1/3/22", ["2022-03-01"]],
    ["2022-06-30", ["2022-06-30"]],
    ["≤ 30/06/2022", ["2022-06-30"]],
  ])("%s", (text, deadlines) => {
    expect(parseTarget(text, ctx())).toEqual({ kind: "deadline", raw: text, deadlines });
  });

  it.each(["dd/mm/yyyy", "d/m/yy", "yyyy-mm-dd", "[$-410]d mmmm yyyy", "dd-mmm-yy", 'd" "mmmm" "yyyy'])(
    "a date cell formatted %s",
    (numberFormat) => {
      expect(parseTarget(44742, ctx({ numberFormat }))).toEqual({
        kind: "deadline",
        raw: 44742,
        deadlines: ["2022-06-30"],
      });
    },
  );

  it("rejects dates that do not exist", () => {
    const t = parseTarget("31/02/2022", ctx());
    expect(t).toMatchObject({ kind: "invalid" });
    expect(t?.kind === "invalid" && t.reason.text).toContain("31/02/2022");
    expect(parseTarget(-5, ctx({ numberFormat: "dd/mm/yyyy" }))).toMatchObject({ kind: "invalid" });
    expect(parseTarget(">= 30/06/2022", ctx())).toMatchObject({ kind: "invalid" });
  });
});

describe("qualitative", () => {
  it.each([
    [">= Medio", ">=", 3, "Medio"],
    ["≥ medio", ">=", 3, "medio"],
    ["≥medio", ">=", 3, "medio"],
    [">=Medio", ">=", 3, "Medio"],
    ["> Medio", ">=", 3, "Medio"],
    [">= Medio-alto", ">=", 4, "Medio-alto"],
    ["≥ medio alto", ">=", 4, "medio alto"],
    ["Medio-alto", ">=", 4, "Medio-alto"],
    ["ALTO", ">=", 5, "ALTO"],
    ["≥ Medio–basso", ">=", 2, "Medio–basso"],
  ])("%s", (text, operator, level, levelLabel) => {
    expect(parseTarget(text, ctx())).toEqual({ kind: "qualitative", raw: text, operator, level, levelLabel });
  });

  it("uses the configured scale and the strict setting", () => {
    const levels = ["Insufficiente", "Sufficiente", "Buono", "Ottimo"];
    expect(parseTarget(">= Buono", ctx({ levels }))).toMatchObject({ kind: "qualitative", level: 3 });
    expect(parseTarget("> Medio", ctx({ strictComparisons: true }))).toMatchObject({
      kind: "qualitative",
      operator: ">",
    });
    const unknown = parseTarget(">= Buono", ctx());
    expect(unknown).toMatchObject({ kind: "invalid" });
    expect(unknown?.kind === "invalid" && unknown.reason.text).toContain("Buono");
  });
});

describe("yes / frequency and baseline", () => {
  it.each([
    "Annuale",
    "Sì",
    "Si",
    "si",
    "Realizzato",
    "Semestrale",
    "Trimestrale",
    "Mensile",
    "sì/no",
    "Si / No",
    "Rispetto della tempistica prevista:sì/no",
  ])("%s is a yes target", (text) => {
    expect(parseTarget(text, ctx())).toEqual({ kind: "boolean", raw: text, label: text });
  });

  it.each(["Anno di rilevazione", "Anno di rilevazione (revisione piano)", "anno di RILEVAZIONE"])(
    "%s is a baseline",
    (text) => {
      expect(parseTarget(text, ctx())).toEqual({ kind: "baseline", raw: text, label: text });
    },
  );

  it("the label keeps the text as typed, without surrounding spaces", () => {
    expect(parseTarget("  Annuale  ", ctx())).toEqual({ kind: "boolean", raw: "  Annuale  ", label: "Annuale" });
  });
});

describe("empty and broken", () => {
  it.each([null, "", "   ", "\u00a0"])("%p is no target", (raw) => {
    expect(parseTarget(raw, ctx())).toBeNull();
  });

  it.each([
    ["м", "«м»"],
    ["М", "«М»"],
    ["স", "«স»"],
    ["×1", "«×»"],
    ["<u>×1</u>", "<u>"],
    ["<u>স</u>", "<u>"],
    ["<u>&gt;</u> 80%", "<u>"],
    ["&gt; 80%", "&gt;"],
    ["1000/", "«/»"],
    ["<b>55</b> 07", "<b>"],
    ["55 07", "«07»"],
    ["_", "«_»"],
    ["Da definire", "Da definire"],
    ["≥", "≥"],
    ["80% entro giugno", "entro giugno"],
    ["<> 5", "<>"],
    ["5 > 3", "5 > 3"],
    ["1.2.3", "1.2.3"],
    ["1,2,3", "1,2,3"],
  ])("%s is invalid, naming %s", (text, named) => {
    const t = parseTarget(text, ctx());
    expect(t).not.toBeNull();
    if (t === null || t.kind !== "invalid") throw new Error(`expected invalid, got ${JSON.stringify(t)}`);
    expect(t.raw).toBe(text);
    expect(renderParam({ kind: "unreadable", reason: t.reason }, "it")).toContain(named);
  });

  it("number cells that are not numbers are invalid, never NaN", () => {
    expect(parseTarget(Number.NaN, ctx())).toMatchObject({ kind: "invalid" });
    expect(parseTarget(Number.POSITIVE_INFINITY, ctx({ numberFormat: "0%" }))).toMatchObject({ kind: "invalid" });
  });

  it("a huge literal is invalid, not Infinity", () => {
    expect(parseTarget(`>= ${"9".repeat(400)}`, ctx())).toMatchObject({ kind: "invalid" });
  });
});

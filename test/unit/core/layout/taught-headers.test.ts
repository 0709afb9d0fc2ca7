/**
 * Headers the officers taught in the settings sheet: matched like the built-in synonyms, the cheap header
 * test never turns away a row the full match would take, excluded sheets are not read, and a sheet laid
 * out as a table whose header was not recognised is named with its headers.
 */
import fc from "fast-check";
import { recognise } from "../../../../src/core/layout";
import { detectHeader, looksLikeHeader } from "../../../../src/core/layout/headers";
import { BUILT_IN_VOCABULARY, headerVocabulary } from "../../../../src/core/layout/headerVocabulary";
import { headerKey } from "../../../../src/core/layout/text";
import { DEFAULT_SETTINGS, NO_HEADER_WORDS, type Settings } from "../../../../src/core/settings/types";
import type { CellValue } from "../../../../src/core/grid/types";
import { diagnosticMessage } from "../../../../src/i18n/messages";
import { gridFromRows, workbook } from "../../../helpers/grid-builder";

const OFFICERS = ["Descrizione attività", "Misura", "Valore obiettivo", "Ponderazione", "Valore a consuntivo"];
const TAUGHT: Settings = {
  ...DEFAULT_SETTINGS,
  headerWords: {
    ...NO_HEADER_WORDS,
    objective: ["Descrizione attività"],
    indicator: ["Misura"],
    target: ["Valore obiettivo"],
    weight: ["Ponderazione"],
    actual: ["Valore a consuntivo"],
  },
};
const ROWS: CellValue[][] = [
  ["SERVIZIO PROMOZIONE"],
  OFFICERS,
  ["Digitalizzazione", "Pratiche telematiche", "≥ 80%", "60%", "85%"],
  ["Formazione", "Corsi erogati", "10", "40%", 8],
];

describe("taught header words", () => {
  test("without them the officers' table is not a plan table; with them it is read column by column", () => {
    const wb = workbook([gridFromRows("Piano", ROWS)]);
    expect(recognise(wb, DEFAULT_SETTINGS).tables).toEqual([]);
    const plan = recognise(wb, TAUGHT);
    expect(plan.tables.map((t) => [t.kind, t.headerRow, t.columns])).toEqual([
      ["obiettivi", 1, { indicator: 1, objective: 0, target: 2, weight: 3, actual: 4 }],
    ]);
    expect(plan.units.map((u) => [u.name, u.indicators.length])).toEqual([["SERVIZIO PROMOZIONE", 2]]);
    expect(plan.indicators.map((r) => [r.objective, r.indicator, r.weight.value, r.actual.raw])).toEqual([
      ["Digitalizzazione", "Pratiche telematiche", 0.6, "85%"],
      ["Formazione", "Corsi erogati", 0.4, 8],
    ]);
  });

  test("matched like the built-in synonyms: case, accents, punctuation and a trailing year ignored", () => {
    const row = [
      "DESCRIZIONE ATTIVITA'",
      "misura:",
      "Valore obiettivo 2022",
      "Ponderazione (%)",
      "Valore a consuntivo 2022",
    ];
    const m = detectHeader(row, 2022, headerVocabulary(TAUGHT.headerWords));
    expect(m?.kind === "obiettivi" && m.columns).toEqual({
      indicator: 1,
      objective: 0,
      target: 2,
      weight: 3,
      actual: 4,
    });
  });

  test("taught words win over the built-in ones, and a text taught twice keeps its first role", () => {
    const v = headerVocabulary({ ...NO_HEADER_WORDS, target: ["Risultato", "Misura"], indicator: ["Misura"] });
    expect(v.roleOf.get("risultato")).toBe("target");
    expect(v.roleOf.get("misura")).toBe("indicator");
    expect(v.roleOf.get("indicatore")).toBe("indicator");
    expect(headerVocabulary(NO_HEADER_WORDS)).toBe(BUILT_IN_VOCABULARY);
  });

  test("Intestazioni Baseline teaches the baseline role beside its built-in synonyms", () => {
    const v = headerVocabulary({ ...NO_HEADER_WORDS, baseline: ["Dato 2021"] });
    expect(v.roleOf.get("dato")).toBe("baseline");
    for (const s of ["baseline", "valore di partenza", "valore base", "valore iniziale", "valore anno precedente"])
      expect(v.roleOf.get(s)).toBe("baseline");
  });

  test("the cheap header test never turns away a row the full match takes", () => {
    const vocabulary = headerVocabulary({
      ...NO_HEADER_WORDS,
      indicator: ["Misura", "«Descrizione» indicatore", "Èsito atteso", "1° parametro"],
      target: ["Valore obiettivo"],
    });
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(
        "Misura",
        " misura ",
        "MISURA 2023",
        "(Misura)",
        "“Misura”",
        "descrizione indicatore",
        "Descrizione\u00a0indicatore",
        "descrizione – indicatore",
        "Esito atteso",
        "ÈSITO ATTESO",
        "1 parametro",
        "Valore obiettivo",
        "Misurazione",
        "Target",
        "Obiettivo",
        null,
        12,
        2022,
      ),
      fc.string({ maxLength: 12 }),
      // Pieces of the taught words, with the separators, accents and years normalising removes.
      fc
        .array(
          fc.constantFrom(
            "Misura",
            "misura",
            "MIS",
            "ura",
            "zione",
            "Descrizione",
            "indicatore",
            "Èsito",
            "esito",
            "atteso",
            "1",
            "°",
            " ",
            "  ",
            ".",
            "«",
            "»",
            "-",
            "’",
            "2022",
            " 2023",
            "è",
            "e\u0300",
            "%",
            "Valore",
            "obiettivo",
          ),
          { maxLength: 6 },
        )
        .map((parts) => parts.join("")),
    );
    // The plain reference: a short text cell whose header key is a taught indicator header. (The built-in
    // synonyms keep their own cheap test, which only knows their spellings.)
    const hasTaughtIndicator = (row: CellValue[]): boolean =>
      row.some((v) => typeof v === "string" && v.length <= 60 && vocabulary.indicatorKeys.has(headerKey(v.trim()).key));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (row) => {
        if (hasTaughtIndicator(row)) expect(looksLikeHeader(row, vocabulary)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(detectHeader(["“Misura”", "Valore obiettivo"], 2022, vocabulary)?.kind).toBe("obiettivi");
    expect(detectHeader(["(Misura)", "Valore obiettivo"], 2022, vocabulary)?.kind).toBe("obiettivi");
    expect(looksLikeHeader(["Misurazione dei tempi", "Obiettivo 3", "≥ 80%"], vocabulary)).toBe(false);
    expect(detectHeader(["ÈSITO ATTESO", "Valore obiettivo"], 2022, vocabulary)?.kind).toBe("obiettivi");
  });
});

describe("excluded sheets", () => {
  test("a sheet in Fogli esclusi is not read: no table, unit, row or diagnostic from it (any case)", () => {
    const wb = workbook([
      gridFromRows("Piano", ROWS),
      gridFromRows("Bozza", [
        ["SERVIZIO BOZZA"],
        ["Obiettivo", "Indicatore", "Target", "Peso"],
        ["Ob", "Ind", "≥ 90%", "м"],
      ]),
    ]);
    const all = recognise(wb, TAUGHT);
    expect(all.units.map((u) => u.sheet)).toEqual(["Piano", "Bozza"]);
    const plan = recognise(wb, { ...TAUGHT, excludedSheets: ["bozza"] });
    expect(plan.units.map((u) => u.sheet)).toEqual(["Piano"]);
    expect(plan.tables.every((t) => t.sheet === "Piano")).toBe(true);
    expect(plan.diagnostics.filter((d) => d.sheet === "Bozza")).toEqual([]);
  });
});

describe("a table whose header was not recognised", () => {
  const draft = gridFromRows("Bozza", [
    ["SERVIZIO PROMOZIONE"],
    ["Obiettivo", "Indicatore", "Target", "Peso"],
    ["Digitalizzazione", "Pratiche telematiche", "≥ 50%", "100%"],
  ]);

  test("beside a draft with ordinary headers: a warning with its sheet, header cell, headers and what to teach", () => {
    const plan = recognise(
      workbook([gridFromRows("Piano", [["Piano 2024"], [], ...ROWS.slice(1)]), draft]),
      DEFAULT_SETTINGS,
    );
    expect(plan.units.map((u) => u.sheet)).toEqual(["Bozza"]);
    const [warning] = plan.diagnostics.filter((d) => d.sheet === "Piano");
    expect(warning).toEqual({
      severity: "warning",
      code: "HEADER_NOT_RECOGNISED",
      sheet: "Piano",
      cell: "A3",
      params: {
        sheet: "Piano",
        headers: "Descrizione attività | Misura | Valore obiettivo | Ponderazione | Valore a consuntivo",
        missing: { kind: "headerRoles", roles: ["indicator", "target"] },
        example: "Descrizione attività",
      },
    });
    expect(plan.diagnostics.filter((d) => d.sheet === "Piano")).toHaveLength(1);
    expect(diagnosticMessage(warning, "it")).toBe(
      "Il foglio «Piano» sembra contenere una tabella con le intestazioni «Descrizione attività | Misura | Valore obiettivo | Ponderazione | Valore a consuntivo» in A3, ma nessuna colonna è riconosciuta come Indicatore né Target: il foglio non è valutato e il punteggio non ne tiene conto. Se contiene obiettivi del piano, indicare le sue intestazioni nel foglio «Impostazioni Cruscotto», per esempio, se «Descrizione attività» è la colonna degli indicatori, la chiave Intestazioni Indicatore con il valore «Descrizione attività» (allo stesso modo Intestazioni Obiettivo, Intestazioni Target, Intestazioni Peso e Intestazioni Consuntivo); se non va letto (una bozza, degli appunti), scriverne il nome in Fogli esclusi.",
    );
    expect(diagnosticMessage(warning, "en")).toContain("no column is recognised as «Indicatore» or «Target»");
  });

  test("names only the role still missing, and the first header without a role as the example", () => {
    const plan = recognise(
      workbook([
        gridFromRows("Piano", [
          ["Obiettivo", "Indicatore", "Valore obiettivo", "Peso"],
          ["Ob 1", "Ind 1", "≥ 80%", "50%"],
          ["Ob 2", "Ind 2", "≥ 70%", "50%"],
        ]),
      ]),
      DEFAULT_SETTINGS,
    );
    const [warning] = plan.diagnostics.filter((d) => d.code === "HEADER_NOT_RECOGNISED");
    expect([warning.cell, warning.params.missing, warning.params.example]).toEqual([
      "A1",
      { kind: "headerRoles", roles: ["target"] },
      "Valore obiettivo",
    ]);
    expect(diagnosticMessage(warning, "it")).toContain("riconosciuta come Target:");
  });

  test("notes, a title or a header over a single row are not tables: HEADER_NOT_FOUND as before", () => {
    const plan = recognise(
      workbook([
        gridFromRows("Note", [["Appunti per la riunione"], ["Portare il bilancio"], [null, "varie"]]),
        gridFromRows("Modulo", [
          ["Nome", "Cognome", "Ufficio"],
          ["Anna", "Rossi", "Staff"],
        ]),
        gridFromRows("Numeri", [
          [1, 2, 3],
          [4, 5, 6],
          [7, 8, 9],
        ]),
        draft,
      ]),
      DEFAULT_SETTINGS,
    );
    expect(plan.diagnostics.filter((d) => d.code.startsWith("HEADER_NOT")).map((d) => [d.code, d.sheet])).toEqual([
      ["HEADER_NOT_FOUND", "Note"],
      ["HEADER_NOT_FOUND", "Modulo"],
      ["HEADER_NOT_FOUND", "Numeri"],
    ]);
  });
});

/** The «Impostazioni Cruscotto» sheet: layout, tolerant reading, overrides, round trip. */
import fc from "fast-check";
import {
  hasSettingsLayout,
  readSettings,
  settingsPlace,
  settingsSheetCells,
  SETTINGS_FIRST_FIELD_ROW,
  SETTINGS_PERCENT_ROWS,
  SETTINGS_VALUE_COL,
} from "../../../../src/core/settings";
import { DEFAULT_SETTINGS, SETTINGS_SHEET_NAME, type Settings } from "../../../../src/core/settings/types";
import type { CellValue, Grid } from "../../../../src/core/grid/types";
import { normaliseWords } from "../../../../src/core/settings/values";
import { formatMessage } from "../../../../src/i18n/messages";
import { renderParam } from "../../../../src/i18n/params";

function grid(values: CellValue[][], formats: string[][] = []): Grid {
  return { name: SETTINGS_SHEET_NAME, values, formats, merges: [] };
}

/** The sheet as the write stage would lay it out: values plus "0%" on the percent rows. */
function written(settings: Settings, lang: "it" | "en"): Grid {
  const values = settingsSheetCells(settings, lang);
  const formats = values.map((r, i) =>
    r.map((_, c) => (c === SETTINGS_VALUE_COL && SETTINGS_PERCENT_ROWS.includes(i) ? "0%" : "General")),
  );
  return grid(values, formats);
}

describe("settingsSheetCells", () => {
  const cells = settingsSheetCells(DEFAULT_SETTINGS, "it");
  test("title, sentence, header, then one row per setting with its Italian label", () => {
    expect(typeof cells[0][0]).toBe("string");
    expect(typeof cells[1][0]).toBe("string");
    expect(cells[2]).toEqual(["Impostazione", "Valore", "Descrizione"]);
    expect(cells.slice(SETTINGS_FIRST_FIELD_ROW).map((r) => r[0])).toEqual([
      "Anno di valutazione",
      "Soglia minima",
      "Limite massimo",
      "Soglia Raggiunto",
      "Soglia Parzialmente raggiunto",
      "Consuntivi mancanti come zero",
      "Confronti stretti",
      "Note: solo avvisi",
      "Metodo Area",
      "Metodo Ente",
      "Scala dei livelli",
      "Parole 'minore è meglio'",
      "Lingua",
      "Intestazioni Obiettivo",
      "Intestazioni Indicatore",
      "Intestazioni Target",
      "Intestazioni Peso",
      "Intestazioni Consuntivo",
      "Intestazioni Area",
      "Intestazioni Baseline",
      "Fogli esclusi",
      "Fogli cruscotto",
      "Motivazione obbligatoria",
      "Calcolo nel foglio",
      "Nome dell'Ente",
    ]);
  });
  test("taught headers and sheet lists are written empty by default, with a description in both languages", () => {
    const en = settingsSheetCells(DEFAULT_SETTINGS, "en");
    for (const label of ["Intestazioni Indicatore", "Fogli esclusi", "Fogli cruscotto"]) {
      const it = cells.find((r) => r[0] === label);
      const english = en.find((r) => r[0] === label);
      expect(it?.[SETTINGS_VALUE_COL]).toBe("");
      expect(String(it?.[2])).toMatch(/«;»/);
      expect(String(english?.[2])).toMatch(/«;»/);
      expect(english?.[2]).not.toEqual(it?.[2]);
    }
  });
  test("values as a person types them; percentages as fractions on SETTINGS_PERCENT_ROWS", () => {
    const value = (label: string): CellValue => cells.find((r) => r[0] === label)?.[SETTINGS_VALUE_COL] ?? null;
    expect(value("Anno di valutazione")).toBe(2022);
    expect(value("Soglia Raggiunto")).toBe(0.9);
    expect(value("Consuntivi mancanti come zero")).toBe("no");
    expect(value("Metodo Area")).toBe("media unità");
    expect(value("Scala dei livelli")).toBe("Basso, Medio-basso, Medio, Medio-alto, Alto");
    expect(SETTINGS_PERCENT_ROWS.map((i) => cells[i][0])).toEqual([
      "Soglia minima",
      "Limite massimo",
      "Soglia Raggiunto",
      "Soglia Parzialmente raggiunto",
    ]);
    expect(
      settingsSheetCells({ ...DEFAULT_SETTINGS, strictComparisons: true }, "it").find(
        (r) => r[0] === "Confronti stretti",
      )?.[1],
    ).toBe("sì");
  });
  test("English sheet: same keys, English descriptions", () => {
    const en = settingsSheetCells(DEFAULT_SETTINGS, "en");
    expect(en.map((r) => r[0]).slice(2)).toEqual(cells.map((r) => r[0]).slice(2));
    expect(en[SETTINGS_FIRST_FIELD_ROW][2]).not.toEqual(cells[SETTINGS_FIRST_FIELD_ROW][2]);
  });
});

describe("readSettings", () => {
  test("no sheet: the defaults, no diagnostics", () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, diagnostics: [] });
  });

  test.each<[CellValue, string]>([
    ["80%", "General"],
    ["80 %", "General"],
    ["0,8", "General"],
    [0.8, "General"],
    [80, "General"],
    [0.8, "0%"],
    ["80,0%", "General"],
  ])("percentage %p (format %s) is 0.8", (raw, format) => {
    const { settings, diagnostics } = readSettings(grid([["Soglia Raggiunto", raw]], [["General", format]]));
    expect(settings.bandRaggiunto).toBeCloseTo(0.8, 12);
    expect(diagnostics).toEqual([]);
  });

  test("a plain 1,5 for a band is percentage points (1,5 %), as the rule says", () => {
    expect(readSettings(grid([["Soglia minima", 1.5]])).settings.soglia).toBeCloseTo(0.015, 12);
  });

  test("cap: 120%, 1,2 and 120 all mean 1.2", () => {
    for (const raw of ["120%", "1,2", 1.2, 120]) {
      expect(readSettings(grid([["Limite massimo (cap)", raw]])).settings.cap).toBeCloseTo(1.2, 12);
    }
  });

  test("a sheet written before «Limite massimo» and «media ponderata» still reads: the old words are aliases", () => {
    const old = readSettings(
      grid([
        ["Impostazione", "Valore", "Descrizione"],
        ["Limite massimo (cap)", 1.2],
        ["Metodo Area", "pool ponderato"],
      ]),
    );
    expect(old.diagnostics).toEqual([]);
    expect(old.settings).toEqual({ ...DEFAULT_SETTINGS, cap: 1.2, areaMethod: "pool_ponderato" });
    // Written again today: the new words, read back to the same settings.
    const rewritten = settingsSheetCells(old.settings, "it");
    const row = (label: string): CellValue[] | undefined => rewritten.find((r) => r[0] === label);
    expect(row("Limite massimo")?.[SETTINGS_VALUE_COL]).toBe(1.2);
    expect(row("Metodo Area")?.[SETTINGS_VALUE_COL]).toBe("media ponderata");
    expect(rewritten.some((r) => /\bcap\b|\bpool\b/i.test(String(r[0]) + String(r[1]) + String(r[2])))).toBe(false);
    expect(readSettings(grid(rewritten)).settings).toEqual(old.settings);
  });

  test("«Note: solo avvisi»: sì/no read and written back; missing, the Note keeps the informations", () => {
    expect(DEFAULT_SETTINGS.notesWarningsOnly).toBe(false);
    for (const [raw, want] of [
      ["sì", true],
      ["no", false],
      ["x", true],
    ] as const) {
      const { settings, diagnostics } = readSettings(grid([["Note: solo avvisi", raw]]));
      expect(diagnostics).toEqual([]);
      expect(settings).toEqual({ ...DEFAULT_SETTINGS, notesWarningsOnly: want });
    }
    expect(readSettings(grid([["Notes: warnings only", "yes"]])).settings.notesWarningsOnly).toBe(true);
    const cells = settingsSheetCells({ ...DEFAULT_SETTINGS, notesWarningsOnly: true }, "it");
    expect(cells.find((r) => r[0] === "Note: solo avvisi")?.[SETTINGS_VALUE_COL]).toBe("sì");
    expect(readSettings(grid(cells)).settings.notesWarningsOnly).toBe(true);
    const unreadable = readSettings(grid([["Note: solo avvisi", "forse"]]));
    expect(unreadable.settings.notesWarningsOnly).toBe(false);
    expect(unreadable.diagnostics.map((d) => d.code)).toEqual(["SETTINGS_INVALID"]);
  });

  test("keys matched case/accent-insensitively anywhere in the first columns", () => {
    const { settings, diagnostics } = readSettings(
      grid([
        ["Titolo qualsiasi"],
        [null, "CONSUNTIVI MANCANTI COME ZERO", "Sì"],
        [null, null, "confronti stretti:", "x"],
        ["parole minore e meglio", "tempi; costi"],
        ["Metodo area", "Pool ponderato"],
        ["metodo ente", "Unità"],
        ["scala dei livelli", "Scarso, Buono, Ottimo"],
        ["lingua", "English"],
        ["anno di valutazione", "2023"],
      ]),
    );
    expect(diagnostics).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      missingAsZero: true,
      strictComparisons: true,
      lowerIsBetterWords: ["tempi", "costi"],
      areaMethod: "pool_ponderato",
      enteMethod: "unita",
      levels: ["Scarso", "Buono", "Ottimo"],
      lang: "en",
      year: 2023,
    });
  });

  test.each<[CellValue, boolean]>([
    ["sì", true],
    ["si", true],
    ["SI", true],
    ["true", true],
    ["x", true],
    [1, true],
    [true, true],
    ["no", false],
    [0, false],
    [false, false],
  ])("boolean %p -> %p", (raw, expected) => {
    expect(readSettings(grid([["Confronti stretti", raw]])).settings.strictComparisons).toBe(expected);
  });

  test("unknown values: SETTINGS_INVALID on the value cell, default kept", () => {
    const { settings, diagnostics } = readSettings(
      grid([
        ["Impostazione", "Valore"],
        ["Soglia Raggiunto", "novanta"],
        ["Metodo Ente", "a caso"],
        ["Confronti stretti", "forse"],
        ["Anno di valutazione", 22],
        ["Soglia minima", "-10%"],
      ]),
    );
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(diagnostics.map((d) => [d.cell, d.params.key, renderParam(d.params.default, "it")])).toEqual([
      ["B2", "Soglia Raggiunto", "90%"],
      ["B3", "Metodo Ente", "auto"],
      ["B4", "Confronti stretti", "no"],
      ["B5", "Anno di valutazione", "2022"],
      ["B6", "Soglia minima", "0%"],
    ]);
    expect(diagnostics[0]).toEqual({
      severity: "warning",
      code: "SETTINGS_INVALID",
      sheet: SETTINGS_SHEET_NAME,
      cell: "B2",
      params: { key: "Soglia Raggiunto", raw: "novanta", default: { kind: "percent", fraction: 0.9 } },
    });
    expect(formatMessage("SETTINGS_INVALID", { sheet: diagnostics[0].sheet, ...diagnostics[0].params })).toBe(
      "L'impostazione «Soglia Raggiunto» ha un valore non valido («novanta»): si usa 90%. Correggere il valore nel foglio «Impostazioni Cruscotto».",
    );
  });

  test("Motivazione obbligatoria and Nome dell'Ente: read as typed, written back, an unreadable one said", () => {
    const typed = readSettings(
      grid([
        ["Impostazione", "Valore"],
        ["Motivazione obbligatoria", "sì"],
        ["Nome dell'Ente", "  Camera di Commercio   della Maremma e del Tirreno "],
      ]),
    );
    expect(typed.diagnostics).toEqual([]);
    expect([typed.settings.justificationRequired, typed.settings.enteName]).toEqual([
      true,
      "Camera di Commercio della Maremma e del Tirreno",
    ]);
    for (const lang of ["it", "en"] as const)
      expect(readSettings(written(typed.settings, lang)).settings).toEqual(typed.settings);
    // By default: no, and no name (the title's, or «Ente»); the sheet writes «no» and an empty cell.
    const rows = settingsSheetCells(DEFAULT_SETTINGS, "it");
    const value = (label: string): CellValue => rows.find((r) => r[0] === label)?.[SETTINGS_VALUE_COL] ?? null;
    expect([value("Motivazione obbligatoria"), value("Nome dell'Ente")]).toEqual(["no", ""]);
    const bad = readSettings(
      grid([
        ["Impostazione", "Valore"],
        ["Motivazione obbligatoria", "forse"],
        ["Nome dell'Ente", 42],
      ]),
    );
    expect(bad.settings).toEqual(DEFAULT_SETTINGS);
    expect(bad.diagnostics.map((d) => [d.cell, d.params.key, renderParam(d.params.default, "it")])).toEqual([
      ["B2", "Motivazione obbligatoria", "no"],
      ["B3", "Nome dell'Ente", "—"],
    ]);
  });

  test("Parziale above Raggiunto: lowered to Raggiunto with SETTINGS_INVALID", () => {
    const { settings, diagnostics } = readSettings(
      grid([
        ["Soglia Raggiunto", "60%"],
        ["Soglia Parzialmente raggiunto", "75%"],
      ]),
    );
    expect(settings.bandRaggiunto).toBeCloseTo(0.6, 12);
    expect(settings.bandParziale).toBeCloseTo(0.6, 12);
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        code: "SETTINGS_INVALID",
        sheet: SETTINGS_SHEET_NAME,
        cell: "B2",
        params: {
          key: "Soglia Parzialmente raggiunto",
          raw: { kind: "percent", fraction: 0.75 },
          default: { kind: "percent", fraction: 0.6 },
        },
      },
    ]);
  });

  test("empty values keep the default silently; the first occurrence of a key wins", () => {
    const { settings, diagnostics } = readSettings(
      grid([
        ["Soglia minima", ""],
        ["Lingua", "en"],
        ["Lingua", "it"],
      ]),
    );
    expect(settings.soglia).toBe(0);
    expect(settings.lang).toBe("en");
    expect(diagnostics).toEqual([]);
  });

  test("overrides (CLI --year / --lang) win over the sheet", () => {
    const { settings } = readSettings(
      grid([
        ["Anno di valutazione", 2021],
        ["Lingua", "it"],
      ]),
      { year: 2024, lang: "en", cap: undefined },
    );
    expect(settings.year).toBe(2024);
    expect(settings.lang).toBe("en");
    expect(settings.cap).toBe(DEFAULT_SETTINGS.cap);
  });

  test("reading never mutates DEFAULT_SETTINGS", () => {
    const before = JSON.stringify(DEFAULT_SETTINGS);
    readSettings(
      grid([
        ["Scala dei livelli", "A, B"],
        ["Parole 'minore è meglio'", "nessuna"],
      ]),
    );
    expect(JSON.stringify(DEFAULT_SETTINGS)).toBe(before);
    expect(readSettings(grid([["Parole 'minore è meglio'", "nessuna"]])).settings.lowerIsBetterWords).toEqual([]);
  });
});

describe("taught headers and sheet lists", () => {
  test("texts separated by «;», each trimmed, commas kept; keys matched ignoring case and accents", () => {
    const { settings, diagnostics } = readSettings(
      grid([
        ["Impostazione", "Valore"],
        ["intestazioni OBIETTIVO", "Descrizione attività"],
        ["Intestazioni Indicatore", " Misura ;Indicatore di risultato; "],
        ["Intestazioni Target", "Valore obiettivo"],
        ["INTESTAZIONI PESO", "Ponderazione, in %"],
        ["Intestazioni Consuntivo", "Valore a consuntivo"],
        ["Intestazioni Baseline", "Valore 2021"],
        ["Fogli esclusi", "Bozza; Copia di Piano"],
        ["fogli cruscotto", 2022],
      ]),
    );
    expect(diagnostics).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      headerWords: {
        objective: ["Descrizione attività"],
        indicator: ["Misura", "Indicatore di risultato"],
        target: ["Valore obiettivo"],
        weight: ["Ponderazione, in %"],
        actual: ["Valore a consuntivo"],
        area: [],
        baseline: ["Valore 2021"],
      },
      excludedSheets: ["Bozza", "Copia di Piano"],
      cruscottoSheets: ["2022"],
    });
  });

  test("a header with no letter or digit is not a header: SETTINGS_INVALID on its cell, nothing taught", () => {
    const { settings, diagnostics } = readSettings(grid([["Intestazioni Peso", "% ; -"]]));
    expect(settings.headerWords).toEqual(DEFAULT_SETTINGS.headerWords);
    expect(diagnostics.map((d) => [d.code, d.cell, d.params.key])).toEqual([
      ["SETTINGS_INVALID", "B1", "Intestazioni Peso"],
    ]);
    expect(formatMessage("SETTINGS_INVALID", { sheet: SETTINGS_SHEET_NAME, ...diagnostics[0].params })).toBe(
      "L'impostazione «Intestazioni Peso» ha un valore non valido («% ; -»): si usa —. Correggere il valore nel foglio «Impostazioni Cruscotto».",
    );
  });

  test("a listed sheet the workbook lacks: SETTINGS_SHEET_UNKNOWN on the value cell; case and spaces do not matter", () => {
    const { settings, diagnostics } = readSettings(
      grid([
        ["Fogli esclusi", "bozza ; Vecchio piano"],
        ["Fogli cruscotto", "Cruscoto"],
      ]),
      undefined,
      { sheetNames: ["Piano", "Bozza", "Cruscotto"] },
    );
    expect(settings.excludedSheets).toEqual(["bozza", "Vecchio piano"]);
    expect(diagnostics).toEqual([
      {
        severity: "warning",
        code: "SETTINGS_SHEET_UNKNOWN",
        sheet: SETTINGS_SHEET_NAME,
        cell: "B1",
        params: { key: "Fogli esclusi", name: "Vecchio piano" },
      },
      {
        severity: "warning",
        code: "SETTINGS_SHEET_UNKNOWN",
        sheet: SETTINGS_SHEET_NAME,
        cell: "B2",
        params: { key: "Fogli cruscotto", name: "Cruscoto" },
      },
    ]);
    expect(formatMessage("SETTINGS_SHEET_UNKNOWN", { sheet: SETTINGS_SHEET_NAME, ...diagnostics[0].params })).toBe(
      "Il foglio «Vecchio piano» indicato in «Fogli esclusi» non esiste nella cartella di lavoro: correggere il nome nel foglio «Impostazioni Cruscotto» (più fogli si separano con «;»).",
    );
  });
});

describe("settingsPlace: a settings sheet typed by a person", () => {
  const sheet = (name: string, values: CellValue[][]): Grid => ({ name, values, formats: [], merges: [] });
  const plan = sheet("Piano", [["Obiettivo", "Indicatore", "Target"]]);

  test("found by its name in any case, holding a single taught key and no defined name", () => {
    const typed = sheet("impostazioni cruscotto", [["Intestazioni Indicatore", "Misura"]]);
    expect(settingsPlace({ sheets: [plan, typed], names: [] })).toEqual({
      name: "impostazioni cruscotto",
      grid: typed,
      skipped: [],
    });
  });

  test("an «Impostazione | Valore» header is enough, without the Descrizione column", () => {
    const typed = sheet(SETTINGS_SHEET_NAME, [
      ["Impostazione", "Valore"],
      ["Lingua", "en"],
    ]);
    expect(hasSettingsLayout(typed)).toBe(true);
  });

  test("one ordinary key alone (a column titled «Lingua») is still not a settings sheet", () => {
    const table = sheet("IMPOSTAZIONI CRUSCOTTO", [
      ["Lingua", "Livello"],
      ["Inglese", "B2"],
    ]);
    const place = settingsPlace({ sheets: [plan, table], names: [] });
    expect(place).toEqual({ name: "Impostazioni Cruscotto (2)", grid: undefined, skipped: ["IMPOSTAZIONI CRUSCOTTO"] });
  });
});

describe("round trip settingsSheetCells -> readSettings", () => {
  test("defaults, both languages, with and without the % format", () => {
    for (const lang of ["it", "en"] as const) {
      expect(readSettings(written(DEFAULT_SETTINGS, lang))).toEqual({ settings: DEFAULT_SETTINGS, diagnostics: [] });
      expect(readSettings(grid(settingsSheetCells(DEFAULT_SETTINGS, lang))).settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  const word = fc
    .stringMatching(/^[A-Za-zàèìòù][A-Za-zàèìòù-]{0,10}$/)
    .filter((w) => !["nessuna", "nessuno", "none"].includes(w.toLowerCase()));
  /** What officers write as headers: words, commas, %, parentheses, a year; never the «;» that separates them. */
  const headerText = fc.stringMatching(/^[A-Za-zàèìòù][A-Za-zàèìòù%(),.' -]{0,20}[A-Za-zàèìòù%)0-9]$/);
  /** Sheet names: a number alone is a name too («2022»). */
  const sheetName = fc.oneof(
    fc.stringMatching(/^[A-Za-zàèìòù0-9][A-Za-zàèìòù0-9 ,()'-]{0,20}[A-Za-zàèìòù0-9)]$/),
    fc.integer({ min: 1, max: 9999 }).map(String),
  );
  const settingsArb: fc.Arbitrary<Settings> = fc
    .record({
      year: fc.integer({ min: 2000, max: 2099 }),
      cap: fc.integer({ min: 100, max: 300 }).map((p) => p / 100),
      soglia: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      bandRaggiunto: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      bandParziale: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      missingAsZero: fc.boolean(),
      strictComparisons: fc.boolean(),
      notesWarningsOnly: fc.boolean(),
      areaMethod: fc.constantFrom("media_unita" as const, "pool_ponderato" as const),
      enteMethod: fc.constantFrom("auto" as const, "strategico" as const, "aree" as const, "unita" as const),
      levels: fc.uniqueArray(word, {
        minLength: 2,
        maxLength: 6,
        comparator: (a, b) => normaliseWords(a) === normaliseWords(b),
      }),
      lowerIsBetterWords: fc.array(word, { maxLength: 6 }),
      lang: fc.constantFrom("it" as const, "en" as const),
      calculation: fc.constantFrom("formule" as const, "valori" as const),
      headerWords: fc.record({
        objective: fc.array(headerText, { maxLength: 3 }),
        indicator: fc.array(headerText, { maxLength: 3 }),
        target: fc.array(headerText, { maxLength: 3 }),
        weight: fc.array(headerText, { maxLength: 3 }),
        actual: fc.array(headerText, { maxLength: 3 }),
        area: fc.array(headerText, { maxLength: 3 }),
        baseline: fc.array(headerText, { maxLength: 3 }),
      }),
      excludedSheets: fc.array(sheetName, { maxLength: 4 }),
      cruscottoSheets: fc.array(sheetName, { maxLength: 4 }),
      justificationRequired: fc.boolean(),
      // A body's name as officers write it: letters, apostrophes, dots, single spaces; or none at all.
      enteName: fc.oneof(
        fc.constant(""),
        fc.stringMatching(/^[A-Za-zàèìòù][A-Za-zàèìòù'.]{0,12}( [A-Za-zàèìòù'.]{1,12}){0,4}$/),
      ),
    })
    .map((s) => ({ ...s, bandParziale: Math.min(s.bandParziale, s.bandRaggiunto) }));

  test("any settings survive the round trip", () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom("it" as const, "en" as const), (s, lang) => {
        const back = readSettings(written(s, lang));
        expect(back.diagnostics).toEqual([]);
        expect(back.settings).toEqual(s);
      }),
      { numRuns: 200 },
    );
  });
});

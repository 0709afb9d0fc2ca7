/** The pane's pure parts: language and theme choice, the settings form, unit sorting, the Analizza summary. */
import fc from "fast-check";
import { chooseLang, chooseTheme } from "../../../src/taskpane/model/environment";
import { fromForm, parsePoints, pointsText, toForm } from "../../../src/taskpane/model/settingsForm";
import { sortUnits, type UnitRow } from "../../../src/taskpane/model/units";
import { cellReference, groupDiagnostics, recognitionSummary } from "../../../src/taskpane/model/summary";
import { errorText, openErrorText, technicalDetail } from "../../../src/taskpane/model/hostError";
import { isXlsxName } from "../../../src/hosts/browser/fileName";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { HostError } from "../../../src/hosts/types";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import type { Diagnostic } from "../../../src/core/diagnostics/types";
import { runPipeline } from "../../../src/core/pipeline";
import { loadXlsx, readWorkbookGrid } from "../../../src/hosts/xlsx";
import * as path from "node:path";

describe("language", () => {
  test("Office's display language decides: en-* is English, anything else Italian", () => {
    expect(chooseLang({ officeLanguage: "en-US" })).toBe("en");
    expect(chooseLang({ officeLanguage: "EN-gb" })).toBe("en");
    expect(chooseLang({ officeLanguage: "it-IT" })).toBe("it");
    expect(chooseLang({ officeLanguage: "de-DE", browserLanguage: "en-US" })).toBe("it");
  });
  test("the preview: ?lang= wins over the browser's language", () => {
    expect(chooseLang({ browserLanguage: "en-US" })).toBe("en");
    expect(chooseLang({ browserLanguage: "en-US", query: "?lang=it" })).toBe("it");
    expect(chooseLang({ browserLanguage: "it-IT", query: "?lang=en" })).toBe("en");
    expect(chooseLang({ browserLanguage: null })).toBe("it");
  });
});

describe("theme", () => {
  const base = { forcedColors: false, prefersDark: false };
  test("forced colours mean high contrast, before anything but an explicit ?theme=", () => {
    expect(chooseTheme({ ...base, forcedColors: true, officeBodyBackground: "#ffffff" })).toBe("highContrast");
    expect(chooseTheme({ ...base, forcedColors: true, query: "?theme=light" })).toBe("light");
  });
  test("Office's body background: dark backgrounds give the dark theme", () => {
    expect(chooseTheme({ ...base, officeBodyBackground: "#262626" })).toBe("dark");
    expect(chooseTheme({ ...base, officeBodyBackground: "#FFFFFF", prefersDark: true })).toBe("light");
    expect(chooseTheme({ ...base, officeBodyBackground: "not a colour", prefersDark: true })).toBe("dark");
  });
  test("outside Office the colour scheme decides; ?theme=hc forces high contrast", () => {
    expect(chooseTheme(base)).toBe("light");
    expect(chooseTheme({ ...base, prefersDark: true })).toBe("dark");
    expect(chooseTheme({ ...base, query: "?theme=hc" })).toBe("highContrast");
  });
});

describe("settings form", () => {
  test("points text and parsing are inverse for fractions with up to 4 decimals of points", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const fraction = n / 1_000_000;
        expect(parsePoints(pointsText(fraction))).toBeCloseTo(fraction, 12);
      }),
    );
    expect(pointsText(0.925)).toBe("92,5");
    expect(parsePoints(" 92,5 % ")).toBeCloseTo(0.925, 12);
    expect(parsePoints("novanta")).toBeNull();
    expect(parsePoints("-5")).toBeNull();
  });
  test("the defaults survive the form unchanged", () => {
    const r = fromForm(toForm(DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    expect(r.errors).toBeNull();
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
  });
  test("edits are applied; fields not on the form keep the base's values", () => {
    const base = { ...DEFAULT_SETTINGS, levels: ["Basso", "Alto"], lang: "en" as const };
    const form = {
      ...toForm(base),
      year: "2024",
      bandRaggiunto: "95%",
      soglia: "10",
      cap: "120",
      strictComparisons: true,
      enteMethod: "aree" as const,
    };
    const r = fromForm(form, base);
    expect(r.settings).toEqual({
      ...base,
      year: 2024,
      bandRaggiunto: 0.95,
      soglia: 0.1,
      cap: 1.2,
      strictComparisons: true,
      enteMethod: "aree",
    });
  });
  test("errors by field: year, percentages out of range, bands out of order", () => {
    const form = toForm(DEFAULT_SETTINGS);
    expect(fromForm({ ...form, year: "22" }, DEFAULT_SETTINGS).errors).toEqual({ year: "invalidYear" });
    expect(fromForm({ ...form, soglia: "150" }, DEFAULT_SETTINGS).errors).toEqual({ soglia: "invalidPercent" });
    expect(fromForm({ ...form, cap: "0" }, DEFAULT_SETTINGS).errors).toEqual({ cap: "invalidPercent" });
    expect(fromForm({ ...form, bandParziale: "95" }, DEFAULT_SETTINGS).errors).toEqual({ bandParziale: "bandsOrder" });
  });
});

describe("units list", () => {
  const unit = (name: string, score: number | null, coverage: number | null, status: UnitRow["status"]): UnitRow => ({
    name,
    kind: "servizio",
    sheet: name,
    area: null,
    score,
    coverage,
    weightSum: 1,
    productivityScore: null,
    status,
    previousScore: null,
  });
  const units = [
    unit("Servizio B", 0.8, 1, "parzialmente_raggiunto"),
    unit("servizio a", 0.95, 0.5, "raggiunto"),
    unit("Servizio C", null, null, "non_rilevato"),
    unit("Servizio D", 0.5, 0.9, "non_raggiunto"),
  ];
  test("by score, either direction, units without a score last", () => {
    expect(sortUnits(units, "score", "descending").map((u) => u.name)).toEqual([
      "servizio a",
      "Servizio B",
      "Servizio D",
      "Servizio C",
    ]);
    expect(sortUnits(units, "score", "ascending").map((u) => u.name)).toEqual([
      "Servizio D",
      "Servizio B",
      "servizio a",
      "Servizio C",
    ]);
  });
  test("by name ignoring case; by coverage; by status worst first", () => {
    expect(sortUnits(units, "name", "ascending").map((u) => u.name)).toEqual([
      "servizio a",
      "Servizio B",
      "Servizio C",
      "Servizio D",
    ]);
    expect(sortUnits(units, "coverage", "descending").map((u) => u.name)).toEqual([
      "Servizio B",
      "Servizio D",
      "servizio a",
      "Servizio C",
    ]);
    expect(sortUnits(units, "status", "ascending").map((u) => u.status)).toEqual([
      "non_raggiunto",
      "parzialmente_raggiunto",
      "raggiunto",
      "non_rilevato",
    ]);
  });
  test("sorting never loses or duplicates a unit and leaves the input alone", () => {
    const copy = units.map((u) => ({ ...u }));
    for (const key of ["name", "score", "coverage", "status"] as const) {
      const sorted = sortUnits(units, key, "descending");
      expect([...sorted].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
        [...units].sort((a, b) => a.name.localeCompare(b.name)),
      );
    }
    expect(units).toEqual(copy);
  });
});

describe("Analizza", () => {
  test("diagnostics grouped most severe first, every severity present", () => {
    const d = (severity: Diagnostic["severity"], cell: string): Diagnostic => ({
      severity,
      code: "WEIGHT_SUM",
      sheet: "S",
      cell,
      params: {},
    });
    const groups = groupDiagnostics([d("info", "A1"), d("error", "A2"), d("info", "A3")]);
    expect(groups.map((g) => [g.severity, g.items.map((i) => i.cell)])).toEqual([
      ["error", ["A2"]],
      ["warning", []],
      ["info", ["A1", "A3"]],
    ]);
  });
  test("cell references quoted as Excel quotes them", () => {
    expect(cellReference("Cruscotto", "B7")).toBe("Cruscotto!B7");
    expect(cellReference("Servizio Staff", "B7")).toBe("'Servizio Staff'!B7");
    expect(cellReference("Dell'Ente", "A1")).toBe("'Dell''Ente'!A1");
  });
  test("the example workbook: counts agree with the plan, kinds add up to the indicators", async () => {
    const wb = await loadXlsx(path.resolve(__dirname, "..", "..", "..", "examples", "piano-performance-2022.xlsx"));
    const grid = readWorkbookGrid(wb);
    const { plan } = runPipeline(grid);
    const sum = recognitionSummary(grid, plan);
    expect(sum.sheets).toBe(wb.worksheets.length);
    expect(sum.units).toBe(plan.units.length);
    expect(sum.indicators).toBe(plan.indicators.length);
    expect(sum.byKind.reduce((n, k) => n + k.count, 0)).toBe(plan.indicators.length);
    expect(sum.byKind.map((k) => k.count)).toEqual([...sum.byKind.map((k) => k.count)].sort((a, b) => b - a));
    expect(sum.byKind.find((k) => k.kind === "deadline")?.count).toBe(
      plan.indicators.filter((r) => r.target.value?.kind === "deadline").length,
    );
    expect(sum.sheetsWithTables.length).toBeGreaterThan(0);
  });
});

describe("messages and names", () => {
  test("host errors become the pane's sentence for their code; anything else says unknown, its text apart", () => {
    for (const lang of ["it", "en"] as const) {
      const t = PANE_TEXTS[lang];
      expect(errorText(new HostError("protected", "x", "S"), t)).toBe(t.hostErrors.protected);
      expect(technicalDetail(new HostError("protected", "x", "S"))).toBeNull();
      // A library's English words never enter the sentence: they go to the technical details.
      expect(errorText(new Error("boom"), t)).toBe(t.hostErrors.unknown);
      expect(technicalDetail(new Error("boom"))).toBe("boom");
    }
  });
  test("a file that cannot be read: the sentence names the file, in the pane's language only", () => {
    const library = new Error("End of data reached (data length = 12, asked index = 30). Corrupted zip ?");
    const text = openErrorText(library, "piano.xlsx", PANE_TEXTS.it);
    expect(text).toContain("«piano.xlsx»");
    expect(text).not.toMatch(/Corrupted|data length|zip/);
    expect(technicalDetail(library)).toContain("Corrupted zip");
  });
  test("accepted files", () => {
    expect(isXlsxName("a.xlsx")).toBe(true);
    expect(isXlsxName("a.xls")).toBe(false);
    expect(isXlsxName("a.xlsm")).toBe(false);
  });
  test("Italian and English pane texts have the same keys", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
      );
    expect(keys(PANE_TEXTS.en).sort()).toEqual(keys(PANE_TEXTS.it).sort());
  });
});

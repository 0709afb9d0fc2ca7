/**
 * One vocabulary: the pane, the written workbook, the PDF and the CLI name a figure with the glossary's term,
 * «Copertura» is explained where it is shown, and the jargon («cap», «pool», «grado di raggiungimento» beside
 * «Raggiungimento») is nowhere a person reads. Old written words stay readable (settings-sheet.test.ts,
 * owned-headers.test.ts).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { definition, GLOSSARY, GLOSSARY_SOURCE, term, type GlossaryTerm } from "../../../src/i18n/glossary";
import { PANE_TEXTS } from "../../../src/i18n/pane";
import { EXPORT_TEXTS } from "../../../src/i18n/paneExport";
import { CLI_TEXTS, ENTE_METHOD_LABELS, STATUS_LABELS } from "../../../src/i18n/labels";
import { PDF_PAGE_TEXTS } from "../../../src/i18n/pdfPage";
import { WRITE_TEXTS } from "../../../src/core/write/labels";
import { DOCUMENT_TEXTS } from "../../../src/core/document/labels";
import { DEFAULT_SETTINGS, settingsSheetCells, SETTINGS_FIELDS } from "../../../src/core/settings";
import { formatSummary } from "../../../src/cli/summary";
import type { Report } from "../../../src/core/report/types";

const LANGS = ["it", "en"] as const;

/** Every text a catalog can produce: its strings, and what its functions return for sample arguments. */
function texts(catalog: unknown): string[] {
  if (typeof catalog === "string") return [catalog];
  if (typeof catalog === "function") {
    try {
      return texts((catalog as (...a: unknown[]) => unknown)(2, 3, 4, 5));
    } catch {
      return [];
    }
  }
  if (Array.isArray(catalog)) return catalog.flatMap(texts);
  if (catalog !== null && typeof catalog === "object") return Object.values(catalog).flatMap(texts);
  return [];
}

/** What people read, per language: every catalog, the settings sheet as written, the help page. */
function everythingRead(lang: "it" | "en"): string[] {
  return [
    ...texts(PANE_TEXTS[lang]),
    ...texts(EXPORT_TEXTS[lang]),
    ...texts(CLI_TEXTS[lang]),
    ...texts(STATUS_LABELS[lang]),
    ...texts(ENTE_METHOD_LABELS[lang]),
    ...texts(PDF_PAGE_TEXTS[lang]),
    ...texts(WRITE_TEXTS[lang]),
    ...texts(DOCUMENT_TEXTS[lang]),
    ...texts(GLOSSARY[lang]),
    ...SETTINGS_FIELDS.map((f) => f.description[lang]),
    ...settingsSheetCells({ ...DEFAULT_SETTINGS, areaMethod: "pool_ponderato" }, lang)
      .flat()
      .map(String),
  ];
}

describe("the glossary", () => {
  test("each term has a word and a one-sentence definition in Italian and English", () => {
    for (const lang of LANGS) {
      for (const [id, entry] of Object.entries(GLOSSARY_SOURCE[lang])) {
        expect({ id, term: entry.term }).toEqual({ id, term: expect.stringMatching(/^\S/) });
        // One sentence: a capital first, one full stop, at the end.
        expect(entry.definition).toMatch(/^[A-ZÀ-Ý«][^.]*\.$/);
      }
    }
    expect(Object.keys(GLOSSARY_SOURCE.en).sort()).toEqual(Object.keys(GLOSSARY_SOURCE.it).sort());
  });

  test.each(LANGS)(
    "an indicator's achievement is the glossary's «Raggiungimento» in the workbook, PDF and pane (%s)",
    (lang) => {
      const word = term(lang, "raggiungimento");
      expect(WRITE_TEXTS[lang].raggiungimento).toBe(word);
      expect(DOCUMENT_TEXTS[lang].indicatorColumns.achievement).toBe(word);
      expect(DOCUMENT_TEXTS[lang].coverLead.startsWith(word)).toBe(true);
      expect(DOCUMENT_TEXTS[lang].subject(2022).startsWith(word)).toBe(true);
      expect(PANE_TEXTS[lang].run.intro).toContain(word.toLowerCase());
    },
  );

  test.each(LANGS)(
    "a roll-up is «Punteggio», its share measured «Copertura», a band «Stato», everywhere (%s)",
    (lang) => {
      const [score, coverage, status] = (["punteggio", "copertura", "stato"] as GlossaryTerm[]).map((id) =>
        term(lang, id),
      );
      expect([
        WRITE_TEXTS[lang].score,
        DOCUMENT_TEXTS[lang].figures.score,
        DOCUMENT_TEXTS[lang].areaColumns.score,
        PANE_TEXTS[lang].run.columns.score,
        CLI_TEXTS[lang].columns.score,
      ]).toEqual(Array(5).fill(score));
      expect([
        WRITE_TEXTS[lang].coverage,
        DOCUMENT_TEXTS[lang].figures.coverage,
        PANE_TEXTS[lang].run.columns.coverage,
        CLI_TEXTS[lang].columns.coverage,
      ]).toEqual(Array(4).fill(coverage));
      expect([
        WRITE_TEXTS[lang].status,
        WRITE_TEXTS[lang].stato,
        DOCUMENT_TEXTS[lang].figures.status,
        DOCUMENT_TEXTS[lang].indicatorColumns.status,
        PANE_TEXTS[lang].run.columns.status,
        CLI_TEXTS[lang].columns.status,
      ]).toEqual(Array(6).fill(status));
    },
  );

  test.each(LANGS)(
    "the rules' words come from the glossary in the pane, the PDF and the settings sheet (%s)",
    (lang) => {
      expect(PANE_TEXTS[lang].settings.cap).toBe(term(lang, "limiteMassimo"));
      expect(DOCUMENT_TEXTS[lang].settings.cap).toBe(term(lang, "limiteMassimo"));
      expect(PANE_TEXTS[lang].settings.soglia).toBe(term(lang, "sogliaMinima"));
      expect(DOCUMENT_TEXTS[lang].settings.soglia).toBe(term(lang, "sogliaMinima"));
      expect(PANE_TEXTS[lang].settings.areaMethods.pool_ponderato).toBe(term(lang, "mediaPonderata"));
      expect(DOCUMENT_TEXTS[lang].areaMethods.pool_ponderato.toLowerCase()).toBe(
        term(lang, "mediaPonderata").toLowerCase(),
      );
      const cap = SETTINGS_FIELDS.find((f) => f.key === "cap");
      expect(cap?.label).toBe(term("it", "limiteMassimo"));
      expect(cap?.description[lang]).toBe(definition(lang, "limiteMassimo"));
    },
  );

  test.each(LANGS)("«Copertura» is explained where it is shown: the PDF's schede, the CLI's table (%s)", (lang) => {
    const explained = `${term(lang, "copertura")}: ${definition(lang, "copertura")}`;
    expect(DOCUMENT_TEXTS[lang].coverageNote).toBe(explained);
    const report: Report = {
      year: 2022,
      ente: { score: 0.9, method: "unita" },
      areas: [],
      units: [
        {
          name: "Servizio Staff",
          kind: "servizio",
          sheet: "S",
          area: null,
          score: 0.9,
          previousScore: null,
          coverage: 0.5,
          weightSum: 1,
          productivityScore: null,
          status: "raggiunto",
        },
      ],
      strategicObjectives: [],
      indicators: [],
      diagnostics: [],
      monitoring: [],
    };
    expect(formatSummary(report, lang).split("\n")).toContain(explained);
  });

  test.each(LANGS)("no «cap», «pool» or «grado di raggiungimento» in what people read (%s)", (lang) => {
    const jargon = /\bcap\b|\bpool\b|grado di raggiungimento/i;
    expect(everythingRead(lang).filter((text) => jargon.test(text))).toEqual([]);
  });

  test("the help page uses the same words", () => {
    const help = readFileSync(path.join(__dirname, "../../../src/taskpane/help.html"), "utf8");
    expect(help).not.toMatch(/\bcap\b|\bpool\b/i);
    for (const id of ["raggiungimento", "punteggio", "copertura", "limiteMassimo"] as const)
      expect(help).toContain(term("it", id));
    // Its definitions are the glossary's, word for word (the page is static: this keeps it in step).
    const flat = help.replace(/\s+/g, " ");
    for (const id of ["raggiungimento", "punteggio", "copertura"] as const)
      expect(flat).toContain(definition("it", id));
  });

  test.each(LANGS)("the pane's PDF intro points to no command (%s)", (lang) => {
    expect(EXPORT_TEXTS[lang].intro).not.toMatch(/cruscotto report|riga di comando|command/i);
  });
});

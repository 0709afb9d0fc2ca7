import { classifyHeading, unitKindOfHeading } from "../../../../src/core/layout/headings";

describe("unit headings", () => {
  test.each([
    ["SERVIZIO STAFF", "servizio"],
    ["PO SERVIZIO ANAGRAFE", "po"],
    ["UFFICIO LEGALE", "ufficio"],
    ["OBIETTIVI 2022 DIR AI", "dirigente"],
    ["SETTORE SERVIZI FINANZIARI – Obiettivi operativi 2024", "servizio"],
    ["Settore Lavori Pubblici", "servizio"],
    ["U.O. Tributi", "servizio"],
    ["Unità organizzativa Personale", "servizio"],
    ["Direzione generale per la digitalizzazione", "servizio"],
  ])("«%s» is a unit of kind %s", (text, kind) => {
    expect(unitKindOfHeading(text)).toBe(kind);
    expect(classifyHeading(text)).toEqual({ kind: "unit", name: text, unitKind: kind });
  });

  test.each(["Settoriale", "Direzionale e strategico", "Unità di misura", "Settori produttivi coinvolti"])(
    "«%s» is not a unit heading",
    (text) => {
      expect(unitKindOfHeading(text)).toBeNull();
    },
  );
});

import { classifyHeading, unitKindOfHeading } from "../../../../src/core/layout/headings";

describe("unit headings", () => {
  test.each([
    ["SERVIZIO STAFF", "servizio"],
    ["PO SERVIZIO ANAGRAFE", "po"],
    ["UFFICIO LEGALE", "ufficio"],
    ["OBIETTIVI 2022 DIR AI", "dirigente"],
    ["Settore Lavori Pubblici", "servizio"],
    ["U.O. Tributi", "servizio"],
    ["Unità organizzativa Personale", "servizio"],
    ["Direzione generale per la digitalizzazione", "servizio"],
  ])("«%s» is a unit of kind %s", (text, kind) => {
    expect(unitKindOfHeading(text)).toBe(kind);
    expect(classifyHeading(text)).toEqual({ kind: "unit", name: text, unitKind: kind });
  });

  test.each([
    ["SETTORE SERVIZI FINANZIARI – Obiettivi operativi 2024", "SETTORE SERVIZI FINANZIARI"],
    ["Servizio Tributi - Scheda obiettivi 2023", "Servizio Tributi"],
    ["PO Anagrafe — obiettivi", "PO Anagrafe"],
    ["Servizio Affari Generali - Protocollo", "Servizio Affari Generali - Protocollo"],
  ])("the unit of «%s» is «%s»: a dash before what the table holds ends its name", (text, name) => {
    expect(classifyHeading(text)).toMatchObject({ kind: "unit", name });
  });

  test.each(["Settoriale", "Direzionale e strategico", "Unità di misura", "Settori produttivi coinvolti"])(
    "«%s» is not a unit heading",
    (text) => {
      expect(unitKindOfHeading(text)).toBeNull();
    },
  );
});

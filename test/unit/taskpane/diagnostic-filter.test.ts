/** Diagnostica's filters: each diagnostic placed in its unit, and severity, sheet and unit narrowing the list. */
import { runPipeline } from "../../../src/core/pipeline";
import {
  applyFilter,
  filterOptions,
  fitFilter,
  locateDiagnostics,
  NO_FILTER,
} from "../../../src/taskpane/model/diagnosticFilter";
import { gridFromRows, workbook } from "../../helpers/grid-builder";

const HEADER = ["Obiettivo Operativo", "Indicatore", "Target", "Peso", "Consuntivo"];

/** Two units on one sheet (so the sheet alone cannot tell them apart), a third on its own sheet. */
const wb = workbook([
  gridFromRows("Servizi", [
    ["SERVIZIO STAFF"],
    HEADER,
    ["Digitalizzare", "Pratiche evase", "м", "60%", "85%"], // row 3: target unreadable (error)
    [null, "Tempi medi", "<= 30 gg", "40%", "boh"], // row 4: actual unreadable (warning)
    [],
    ["UFFICIO LEGALE"],
    HEADER,
    ["Contenzioso", "Pareri resi", "≥ 10", "100%", "x?"], // row 8: actual unreadable (warning)
  ]),
  gridFromRows("Ragioneria", [["SERVIZIO RAGIONERIA"], HEADER, ["Bilancio", "Mandati", "≥ 90%", "90%", "95%"]]),
]);
const run = runPipeline(wb, { writes: false });
const located = locateDiagnostics(run.diagnostics, run.plan);
const at = (cell: string, sheet = "Servizi"): string | null | undefined =>
  located.find((l) => l.diagnostic.sheet === sheet && l.diagnostic.cell === cell)?.unitId;

test("a diagnostic on an indicator's row belongs to that indicator's unit", () => {
  expect(at("C3")).toBe("SERVIZIO STAFF");
  expect(at("E4")).toBe("SERVIZIO STAFF");
  expect(at("E8")).toBe("UFFICIO LEGALE");
});

test("a diagnostic on a unit's heading belongs to it; one about the workbook to no unit", () => {
  expect(at("A6")).toBe("UFFICIO LEGALE");
  expect(located.filter((l) => l.diagnostic.sheet === "").every((l) => l.unitId === null)).toBe(true);
});

test("a sheet-level weight diagnostic of a one-unit sheet belongs to that unit", () => {
  const ragioneria = located.filter((l) => l.diagnostic.sheet === "Ragioneria");
  expect(ragioneria.length).toBeGreaterThan(0);
  expect(ragioneria.every((l) => l.unitId === "SERVIZIO RAGIONERIA")).toBe(true);
});

test("no filter keeps everything; each filter narrows to what it names", () => {
  expect(applyFilter(located, NO_FILTER)).toHaveLength(run.diagnostics.length);
  const warnings = applyFilter(located, { ...NO_FILTER, severity: "warning" });
  expect(warnings.length).toBeGreaterThan(0);
  expect(warnings.every((l) => l.diagnostic.severity === "warning")).toBe(true);
  expect(warnings.length).toBe(run.diagnostics.filter((d) => d.severity === "warning").length);
  const legale = applyFilter(located, { ...NO_FILTER, unit: "UFFICIO LEGALE" });
  expect(legale.map((l) => l.diagnostic.cell)).toEqual(expect.arrayContaining(["E8"]));
  expect(legale.some((l) => l.diagnostic.cell === "E4")).toBe(false);
  const sheet = applyFilter(located, { ...NO_FILTER, sheet: "Ragioneria" });
  expect(sheet.every((l) => l.diagnostic.sheet === "Ragioneria")).toBe(true);
  // Filters combine: a warning of UFFICIO LEGALE on Servizi.
  expect(
    applyFilter(located, { severity: "warning", sheet: "Servizi", unit: "UFFICIO LEGALE" }).map(
      (l) => l.diagnostic.cell,
    ),
  ).toEqual(["E8"]);
  expect(applyFilter(located, { severity: "error", sheet: "Ragioneria", unit: null })).toEqual([]);
});

test("options: the sheets diagnostics name in workbook order, the units they are about in plan order", () => {
  const options = filterOptions(located, run.plan, ["Ragioneria", "Servizi", "Impostazioni Cruscotto"]);
  expect(options.sheets.slice(0, 2)).toEqual(["Ragioneria", "Servizi"]);
  expect(options.sheets).not.toContain("");
  expect(options.units.map((u) => u.id)).toEqual(["SERVIZIO STAFF", "UFFICIO LEGALE", "SERVIZIO RAGIONERIA"]);
});

test("a chosen sheet or unit that a new analysis no longer has stops filtering", () => {
  const options = { sheets: ["Servizi"], units: [{ id: "SERVIZIO STAFF", name: "SERVIZIO STAFF" }] };
  expect(fitFilter({ severity: "info", sheet: "Gone", unit: "GONE" }, options)).toEqual({
    severity: "info",
    sheet: null,
    unit: null,
  });
  expect(fitFilter({ severity: "all", sheet: "Servizi", unit: "SERVIZIO STAFF" }, options)).toEqual({
    severity: "all",
    sheet: "Servizi",
    unit: "SERVIZIO STAFF",
  });
});

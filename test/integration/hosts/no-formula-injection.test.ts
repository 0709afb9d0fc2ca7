/**
 * A person's text that starts with = + - @ is never written as a formula — by the exceljs
 * host (CLI, preview) nor by the Office host, where a value assigned to a range is parsed as if typed
 * (the Excel fake does the same: "=…", "+…", "@…" become formulas unless the cell's format is Text).
 * The workbook puts such texts where the add-in copies them into its own cells: sheet names (a unit named
 * after its sheet appears in the Riepilogo), targets it cannot read (quoted in the Note), actuals.
 * The add-in writes formulas of its own (Raggiungimento, Stato, the Riepilogo's figures): each must lie in the
 * cells it owns and be one it builds — no person's text as or inside it (whyNotTheAddinsFormula).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildOneUnitPerSheet } from "../../fixtures/build-fixtures";
import { BASELINE, MODERN, cliFlow, officeFlow } from "../../fakes/office-flow";
import { loadXlsxBuffer } from "../../../src/hosts/xlsx";
import { OWNED_RANGE_PREFIX } from "../../../src/core/layout/owned";
import { stateToExcelJs } from "../../fakes/excel-fake-state";
import { whyNotTheAddinsFormula } from "../../helpers/addin-formulas";
import { ownedSheetNames } from "../../helpers/mutations";
import { insideOwned, ownedRanges } from "../../helpers/snapshot";

const PREFIXED = /^[=+\-@]/;
let dir: string;
let file: string;
/** Every text typed into the workbook that starts with = + - @, as "Sheet!A1". */
const typed = new Map<string, string>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "cruscotto-injection-"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await buildOneUnitPerSheet(path.join(dir, "base.xlsx")));
  const [protocollo, contabilita, tributi] = wb.worksheets;
  protocollo.name = "=Ufficio Protocollo";
  contabilita.name = "+Servizio Contabilità";
  tributi.name = "@PO Tributi";
  const put = (ws: ExcelJS.Worksheet, cell: string, text: string): void => {
    ws.getCell(cell).value = text;
    typed.set(`${ws.name}!${cell}`, text);
  };
  put(protocollo, "A2", '=HYPERLINK("http://example.invalid";"clic")');
  put(protocollo, "C3", "=1+1"); // a target the engine cannot read: quoted in the Note
  put(protocollo, "F3", "-5"); // an actual written as text
  put(contabilita, "B2", "+39 0564 430111");
  put(contabilita, "C3", "@SUM(1)");
  put(contabilita, "E2", "=cmd|' /C calc'!A0");
  put(tributi, "F2", "@utente");
  put(tributi, "C3", "-");
  file = path.join(dir, "iniezione.xlsx");
  await wb.xlsx.writeFile(file);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Written {
  /** The formulas in the workbook, as "Sheet!A1: formula". */
  formulas: string[];
  /** Those that are not the add-in's own (see whyNotTheAddinsFormula), or lie outside its cells. */
  foreign: string[];
  /** Cells the run wrote whose text starts with = + - @ (the ones a host could turn into a formula). */
  prefixed: string[];
}

function fromExcelJs(wb: ExcelJS.Workbook): Written {
  const out: Written = { formulas: [], foreign: [], prefixed: [] };
  // The cells the add-in owns: its columns beside the tables, the sheets it created, the undo log.
  const columns = ownedRanges(wb).filter((r) => r.name.startsWith(OWNED_RANGE_PREFIX));
  const sheets = ownedSheetNames(wb);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const key = `${ws.name}!${cell.address}`;
        const v = cell.value;
        if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) {
          const formula = cell.formula ?? "";
          out.formulas.push(`${key}: ${formula}`);
          const why = insideOwned(key, columns, sheets)
            ? whyNotTheAddinsFormula(formula, typed.values())
            : "outside the add-in's cells";
          if (why !== null) out.foreign.push(`${key}: ${why}: ${formula}`);
        } else if (typeof v === "string" && PREFIXED.test(v) && !typed.has(key)) out.prefixed.push(key);
      }),
    ),
  );
  return out;
}

test("exceljs host: the texts stay texts, in the file as read back", async () => {
  const { workbook } = await cliFlow(file);
  const reread = await loadXlsxBuffer(Buffer.from(await workbook.xlsx.writeBuffer()));
  const w = fromExcelJs(reread);
  expect(w.foreign).toEqual([]);
  // The run did write its own formulas (else the check above would prove nothing).
  expect(w.formulas.length).toBeGreaterThan(0);
  // The run did copy prefixed texts into its own cells (else this test would prove nothing).
  expect(w.prefixed.length).toBeGreaterThan(0);
  for (const [key, text] of typed) {
    const bang = key.lastIndexOf("!");
    expect(`${key}: ${String(reread.getWorksheet(key.slice(0, bang))?.getCell(key.slice(bang + 1)).value)}`).toBe(
      `${key}: ${text}`,
    );
  }
  console.log(
    `iniezione (exceljs): ${typed.size} testi digitati, ${w.prefixed.length} celle scritte che iniziano con = + - @, ${w.formulas.length} formule tutte dell'add-in`,
  );
});

describe.each([
  ["ExcelApi 1.13 (setCellProperties)", MODERN],
  ["ExcelApi 1.1 (baseline)", BASELINE],
] as const)("Office host on the Excel fake, %s", (_label, api) => {
  test("no text becomes a formula, every formula is the add-in's own; each prefixed text the run writes is kept literally", async () => {
    const { fake } = await officeFlow(file, api);
    let prefixed = 0;
    for (const sheet of fake.state.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula === undefined && typeof cell.value === "string" && PREFIXED.test(cell.value)) prefixed++;
      }
    }
    // The fake's workbook as exceljs reads it: its formulas, and the names of the cells the add-in owns.
    const w = fromExcelJs(stateToExcelJs(fake.state));
    expect(w.foreign).toEqual([]);
    expect(w.formulas.length).toBeGreaterThan(0);
    // The person's own cells plus the run's copies (Riepilogo names, notes): more than were typed.
    expect(prefixed).toBeGreaterThan(typed.size);
    console.log(
      `iniezione (Office, ${_label}): ${prefixed} celle che iniziano con = + - @, ${w.formulas.length} formule tutte dell'add-in`,
    );
  });
});

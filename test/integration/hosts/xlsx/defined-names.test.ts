/**
 * The exceljs host keeps a workbook's defined names as the references Excel wrote: a name over a whole sheet
 * or column costs its text, not one object per cell, and a sheet-scoped name keeps its scope.
 */
import ExcelJS from "exceljs";
import { loadXlsxBuffer, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { ReferenceDefinedNames, useReferenceDefinedNames } from "../../../../src/hosts/xlsx/definedNames";

async function roundTrip(
  names: { name: string; ranges: string[]; localSheetId?: number }[],
): Promise<ExcelJS.Workbook> {
  const wb = useReferenceDefinedNames(new ExcelJS.Workbook());
  wb.addWorksheet("Piano").getCell("A1").value = "Obiettivo";
  wb.addWorksheet("Altro").getCell("A1").value = 1;
  wb.definedNames.model = names;
  const bytes = await wb.xlsx.writeBuffer();
  return loadXlsxBuffer(Buffer.from(bytes));
}

describe("defined names read and written by the exceljs host", () => {
  it("reads a name over a whole sheet and one over a whole column as their references", async () => {
    const wb = await roundTrip([
      { name: "Tutto", ranges: ["Piano!$A$1:$XFD$1048576"] },
      { name: "Colonna", ranges: ["'Piano'!$A$1:$A$1048576"] },
    ]);
    expect(wb.definedNames.model).toEqual([
      { name: "Tutto", ranges: ["Piano!$A$1:$XFD$1048576"] },
      { name: "Colonna", ranges: ["'Piano'!$A$1:$A$1048576"] },
    ]);
    const grid = readWorkbookGrid(wb);
    expect(grid.names).toEqual([
      { name: "Colonna", sheet: "Piano", range: "$A$1:$A$1048576" },
      { name: "Tutto", sheet: "Piano", range: "$A$1:$XFD$1048576" },
    ]);
  });

  it("keeps a sheet-scoped name's scope, which exceljs's own store drops", async () => {
    const wb = await roundTrip([{ name: "Locale", ranges: ["Altro!$A$1"], localSheetId: 1 }]);
    expect(wb.definedNames.model).toEqual([{ name: "Locale", ranges: ["Altro!$A$1"], localSheetId: 1 }]);

    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(
      await (await roundTrip([{ name: "Locale", ranges: ["Altro!$A$1"], localSheetId: 1 }])).xlsx.writeBuffer(),
    );
    expect(plain.definedNames.model[0]).not.toHaveProperty("localSheetId");
  });

  it("adds references to a name and leaves the other names as they were", () => {
    const names = new ReferenceDefinedNames();
    names.model = [{ name: "Persona", ranges: ["Piano!$B$2"] }];
    names.add("'Piano'!$K$5:$K$25", "CP_OWN_1");
    names.add("'Piano'!$L$5:$L$25", "CP_OWN_1");
    expect(names.model).toEqual([
      { name: "Persona", ranges: ["Piano!$B$2"] },
      { name: "CP_OWN_1", ranges: ["'Piano'!$K$5:$K$25", "'Piano'!$L$5:$L$25"] },
    ]);
  });

  it("refuses the per-cell operations it does not keep, instead of losing a name", () => {
    const names = new ReferenceDefinedNames();
    expect(() => names.spliceRows()).toThrow(/not supported/);
    expect(() => names.getNames()).toThrow(/not supported/);
  });
});

/**
 * A shared formula whose master cell is not in the sheet (some programs cut it, or a hand-edited file lost
 * it): exceljs would write each follower back as an empty <f/>, which Excel repairs by dropping content. The
 * host reads such a follower as its cached value, and writes it back as that value; intact shared formulas
 * stay formulas.
 */
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { loadXlsxBuffer, readWorkbookGrid } from "../../../../src/hosts/xlsx";
import { dropOrphanSharedFormulas } from "../../../../src/hosts/xlsx/package/sheetContent";

const SHEET_DATA =
  `<sheetData>` +
  `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" si="0" ref="B1:B3">A1*2</f><v>2</v></c></row>` +
  `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>` +
  `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c><c r="C3"><f t="shared" si="7"/><v>9</v></c></row>` +
  `</sheetData>`;

async function workbookWith(sheetData: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Foglio").getCell("A1").value = 1;
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  zip.file("xl/worksheets/sheet1.xml", xml.replace(/<sheetData[\s\S]*?<\/sheetData>|<sheetData\/>/, sheetData));
  return zip.generateAsync({ type: "nodebuffer" });
}

async function sheetXmlAfterSave(wb: ExcelJS.Workbook): Promise<string> {
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return zip.file("xl/worksheets/sheet1.xml")!.async("string");
}

describe("shared formulas without their master", () => {
  test("the pass drops only the followers whose master is missing, keeping their cached values", () => {
    const out = dropOrphanSharedFormulas(SHEET_DATA);
    expect(out).toContain(`<c r="C3"><v>9</v></c>`);
    expect(out).toContain(`<f t="shared" si="0"/>`);
    expect(out).toContain(`>A1*2</f>`);
    expect(dropOrphanSharedFormulas(SHEET_DATA.replace(`<c r="C3"><f t="shared" si="7"/><v>9</v></c>`, ""))).toBe(
      SHEET_DATA.replace(`<c r="C3"><f t="shared" si="7"/><v>9</v></c>`, ""),
    );
  });

  test("a follower whose master was cut is read and written back as its value, never as an empty formula", async () => {
    const noMaster = SHEET_DATA.replace(`<f t="shared" si="0" ref="B1:B3">A1*2</f>`, "");
    const wb = await loadXlsxBuffer(await workbookWith(noMaster));
    const grid = readWorkbookGrid(wb).sheets[0];
    expect(grid.values.map((r) => r[1])).toEqual([2, 4, 6]);
    expect(grid.values[2][2]).toBe(9);
    const xml = await sheetXmlAfterSave(wb);
    expect(xml).not.toMatch(/<f\s*\/>|<f><\/f>/);
    expect(xml).not.toContain("<f");
  });

  test("intact shared formulas stay formulas through a read and a save", async () => {
    const intact = SHEET_DATA.replace(`<c r="C3"><f t="shared" si="7"/><v>9</v></c>`, "");
    const wb = await loadXlsxBuffer(await workbookWith(intact));
    const xml = await sheetXmlAfterSave(wb);
    expect(xml).toContain("A1*2");
    expect(xml).not.toMatch(/<f\s*\/>|<f><\/f>/);
  });
});

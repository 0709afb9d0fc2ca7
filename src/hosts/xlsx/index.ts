/** The exceljs host: read a workbook into grids, apply a write plan, load and save files. */
export { readWorkbookGrid, readGrid, readDefinedNames, parseNameReference } from "./read";
export { applyWritePlan, applyPageSetups, headerFooterString, quoteSheetName } from "./apply";
export { loadXlsx, loadXlsxBuffer } from "./file";
export { dateToSerial, serialToDate, toCellValue } from "./values";

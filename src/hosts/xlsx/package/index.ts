/** The normalising pass over an .xlsx package, run before exceljs reads it. */
export { normaliseXlsxPackage } from "./normalise";
export { READ_BUDGET, WorkbookTooCostly, isWorkbookTooCostly, type ReadBudget } from "./types";

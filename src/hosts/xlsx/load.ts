/**
 * The one way the exceljs host turns a package's bytes into a workbook, in Node and in the browser preview
 * alike (no Node import here): the defined-name store that keeps names as Excel wrote them, the normalising
 * pass (./package), exceljs's reader with its console warnings silenced, then the print names of sheets
 * whose name has an apostrophe. Rejects with WorkbookTooCostly when the real content passes the read budget,
 * with exceljs's error when the bytes are not a readable package.
 */
import ExcelJS from "exceljs";
import { keepAllPrintNamesQuoted, useReferenceDefinedNames } from "./definedNames";
import { normaliseXlsxPackage } from "./package";

/** exceljs's reader input: Node's build wants a Buffer, the browser build reads the bytes as they are. */
export type ReaderInput = (bytes: Uint8Array) => unknown;

export async function loadWorkbookBytes(
  bytes: Uint8Array,
  asReaderInput: ReaderInput = (b) => b,
): Promise<ExcelJS.Workbook> {
  const wb = useReferenceDefinedNames(new ExcelJS.Workbook());
  const normalised = await normaliseXlsxPackage(bytes);
  const input = asReaderInput(normalised) as Parameters<typeof wb.xlsx.load>[0];
  await withoutLibraryWarnings(() => wb.xlsx.load(input));
  keepAllPrintNamesQuoted(wb);
  return wb;
}

/**
 * Runs an exceljs call with its console warnings silenced: they are English lines for developers (a sheet
 * name over 31 characters is cut to 31, as Excel itself does), and the person reads only the add-in's own
 * sentences.
 */
async function withoutLibraryWarnings<T>(call: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (): void => undefined;
  try {
    return await call();
  } finally {
    console.warn = warn;
  }
}

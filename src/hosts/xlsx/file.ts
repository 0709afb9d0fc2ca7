/** Loading .xlsx files for the exceljs host (the CLI writes them through its one atomic writer, src/cli/atomicWrite.ts). */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { keepAllPrintNamesQuoted, useReferenceDefinedNames } from "./definedNames";
import { normaliseXlsxPackage } from "./package";

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  return loadXlsxBuffer(await fs.readFile(file));
}

/**
 * Reads a workbook after the normalising pass (./package): rejects with WorkbookTooCostly when its real
 * content passes the read budget, with exceljs's error when it is not a readable package.
 */
export async function loadXlsxBuffer(bytes: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = useReferenceDefinedNames(new ExcelJS.Workbook());
  const normalised = await normaliseXlsxPackage(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  const buf = Buffer.isBuffer(normalised)
    ? normalised
    : Buffer.from(normalised.buffer, normalised.byteOffset, normalised.byteLength);
  // exceljs types Buffer without @types/node 20's generic parameter: same object, different spelling.
  await withoutLibraryWarnings(() => wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]));
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

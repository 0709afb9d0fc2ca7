/** Loading and saving .xlsx files; saving is atomic so a failed write never leaves half a workbook. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { useReferenceDefinedNames } from "./definedNames";
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
  await wb.xlsx.load(buf as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

/** Writes to a temporary file in the target's folder (same filesystem), then renames over the target. */
export async function saveXlsxAtomic(wb: ExcelJS.Workbook, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Loading and saving .xlsx files; saving is atomic so a failed write never leaves half a workbook. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { useReferenceDefinedNames } from "./definedNames";

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = useReferenceDefinedNames(new ExcelJS.Workbook());
  await wb.xlsx.readFile(file);
  return wb;
}

export async function loadXlsxBuffer(bytes: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = useReferenceDefinedNames(new ExcelJS.Workbook());
  const buf = Buffer.isBuffer(bytes) ? bytes : bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes);
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

/** Loading .xlsx files for the exceljs host (the CLI writes them through its one atomic writer, src/cli/atomicWrite.ts). */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { loadWorkbookBytes } from "./load";

export async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  return loadXlsxBuffer(await fs.readFile(file));
}

/** loadWorkbookBytes (./load) for Node: exceljs's Node build reads a Buffer. */
export async function loadXlsxBuffer(bytes: Buffer | ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes, (b) =>
    Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

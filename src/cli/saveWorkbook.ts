/**
 * The bytes of a workbook as the CLI saves it: exceljs renders each part (its XLSX object's prepareModel and
 * add… steps, the ones its own write() takes, in the same order) into a ZipArchive, whose deflate runs in
 * Node's zlib while the next part is rendered. The parts are the ones exceljs writes; only the packing is
 * faster and lighter. Should an exceljs version lack a step, the workbook is written by exceljs itself.
 */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { ZipArchive } from "./zipArchive";

/** What a render step is given: the archive to append to (exceljs calls append(data, { name, base64 })). */
type Step = (zip: ZipArchive, model: unknown) => unknown;

/** exceljs's XLSX object, with the steps of its write() that the types do not declare. */
type XlsxSteps = Record<(typeof STEPS)[number], Step> & { prepareModel(model: unknown, options: object): void };

/** The parts in exceljs 4.4's order: worksheets before the shared strings they fill, the workbook last. */
const STEPS = [
  "addContentTypes",
  "addOfficeRels",
  "addWorkbookRels",
  "addWorksheets",
  "addSharedStrings",
  "addDrawings",
  "addTables",
  "addThemes",
  "addStyles",
  "addMedia",
  "addApp",
  "addCore",
  "addWorkbook",
] as const;

function steps(workbook: ExcelJS.Workbook): XlsxSteps | null {
  const xlsx = workbook.xlsx as unknown as Partial<Record<string, unknown>>;
  const all = [...STEPS, "prepareModel"].every((name) => typeof xlsx[name] === "function");
  return all ? (xlsx as unknown as XlsxSteps) : null;
}

/** Whether this exceljs offers the steps saveWorkbook packs itself (else it falls back to exceljs's writer). */
export const packsItself = (workbook: ExcelJS.Workbook): boolean => steps(workbook) !== null;

/** Writes the workbook to `file`. */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  const xlsx = steps(workbook);
  if (xlsx === null) {
    await workbook.xlsx.writeFile(file);
    return;
  }
  const model: unknown = workbook.model;
  const zip = new ZipArchive();
  xlsx.prepareModel(model, {});
  for (const name of STEPS) await xlsx[name].call(xlsx, zip, model);
  await fs.writeFile(file, zip.bytes());
}

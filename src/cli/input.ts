/** Opens a user's file for the CLI, turning every way it can be unusable into one Italian sentence. */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import { loadXlsxBuffer } from "../hosts/xlsx";
import { isWorkbookTooCostly } from "../hosts/xlsx/package";
import type { CliTexts } from "../i18n/labels";

export class UnusableInput extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls and password-protected (encrypted) .xlsx both look like this. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (buf: Buffer, magic: number[]): boolean =>
  buf.length >= magic.length && magic.every((b, i) => buf[i] === b);

/** An OpenDocument file is a zip whose first entry is the uncompressed "mimetype" naming its type. */
function isOpenDocument(bytes: Buffer): boolean {
  const head = bytes.subarray(30, 120).toString("latin1");
  return head.startsWith("mimetype") && head.includes("application/vnd.oasis.opendocument");
}

export async function openWorkbook(path: string, texts: CliTexts): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnusableInput(texts.notFound(path));
    if (code === "EISDIR") throw new UnusableInput(texts.notXlsx(path));
    throw new UnusableInput(texts.corrupt(path, code ?? String(err)));
  }
  if (startsWith(bytes, OLE_MAGIC)) throw new UnusableInput(texts.encrypted(path));
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnusableInput(texts.notXlsx(path));
  if (isOpenDocument(bytes)) throw new UnusableInput(texts.openDocument(path));
  try {
    return await loadXlsxBuffer(bytes);
  } catch (err) {
    if (isWorkbookTooCostly(err)) throw new UnusableInput(texts.tooCostly(path));
    const detail = err instanceof Error ? err.message.split("\n")[0].slice(0, 120) : String(err);
    throw new UnusableInput(texts.corrupt(path, detail));
  }
}

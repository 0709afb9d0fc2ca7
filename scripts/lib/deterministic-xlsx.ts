/**
 * Byte-identical .xlsx output from exceljs. Two things change from run to run in exceljs 4.4:
 * the document properties (created / modified / creator) and the zip entries' DOS timestamps,
 * which JSZip takes from the clock. The first is set on the workbook; the second is patched in
 * the finished zip (the timestamps are not covered by the CRCs, so the archive stays valid).
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";

/** A fixed instant for every generated file: the plan's year. */
export const FIXED_DATE = new Date(Date.UTC(2022, 0, 1, 0, 0, 0));
export const FIXED_CREATOR = "Cruscotto Performance";

export function fixWorkbookProperties(wb: ExcelJS.Workbook): void {
  wb.creator = FIXED_CREATOR;
  wb.lastModifiedBy = FIXED_CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
}

// DOS date 2022-01-01, time 00:00:00.
const DOS_DATE = ((2022 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Rewrites every entry's modification time, in the central directory and in the local headers. */
export function normalizeZipTimestamps(zip: Buffer): Buffer {
  const buf = Buffer.from(zip);
  let eocd = -1;
  // The end record is at most 22 + 65535 (comment) bytes from the end.
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("zip non valido: record finale non trovato");
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL_SIG) throw new Error(`zip non valido: voce ${n} della directory centrale`);
    buf.writeUInt16LE(DOS_TIME, p + 12);
    buf.writeUInt16LE(DOS_DATE, p + 14);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== LOCAL_SIG) throw new Error(`zip non valido: intestazione locale ${n}`);
    buf.writeUInt16LE(DOS_TIME, local + 10);
    buf.writeUInt16LE(DOS_DATE, local + 12);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return buf;
}

/** Writes the workbook with fixed properties and timestamps; returns the path written. */
export async function writeDeterministicXlsx(wb: ExcelJS.Workbook, file: string): Promise<string> {
  fixWorkbookProperties(wb);
  const out = normalizeZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, out);
  return file;
}

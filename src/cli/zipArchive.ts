/**
 * A zip archive (PKWARE APPNOTE 6.3: local file headers, central directory, end record) whose entries Node's
 * own zlib deflates as they come, so that each part's text is garbage as soon as it is packed. exceljs packs
 * a workbook with a JavaScript deflate, holding every part's text until the end: on a plan of 50,000
 * indicators that is a second more and tens of megabytes more than this. (Deflating on zlib's thread pool
 * instead was no faster on two cores, and held the parts waiting for it.)
 */
import * as zlib from "node:zlib";

/** Deflate, the method every xlsx reader knows (APPNOTE 4.4.5: 8). */
const DEFLATED = 8;
/** Version needed to extract: 2.0, deflate (APPNOTE 4.4.3). */
const VERSION = 20;
/** General purpose flag bit 11: the name is UTF-8 (APPNOTE 4.4.4). */
const UTF8_NAME = 0x0800;
/** The level exceljs's own writer uses (pako's default). */
const LEVEL = 6;
/** Sizes and offsets are 32-bit without the Zip64 extension, which a workbook never needs. */
const MAX_32 = 0xffffffff;

/** CRC-32 (APPNOTE 4.4.7): zlib's own from Node 20.15 on, else the table-driven one. */
const crc32: (bytes: Uint8Array) => number =
  typeof zlib.crc32 === "function" ? (bytes) => zlib.crc32(bytes) : tableCrc32;

let table: Uint32Array | null = null;

/** Exported for its test: the CRC-32 a Node before 20.15 computes here. */
export function tableCrc32(bytes: Uint8Array): number {
  if (table === null) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

/** MS-DOS date and time of a moment, as zip headers store them (APPNOTE 4.4.6). */
function dosDateTime(at: Date): { date: number; time: number } {
  const year = Math.max(1980, at.getFullYear());
  return {
    date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
  };
}

export class ZipArchive {
  private readonly entries: Entry[] = [];
  private readonly stamp: { date: number; time: number };

  constructor(at: Date = new Date()) {
    this.stamp = dosDateTime(at);
  }

  /** Adds a file: its text (UTF-8), its base64 text when `base64`, or its bytes. */
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void {
    const bytes =
      typeof data === "string" ? Buffer.from(data, options.base64 === true ? "base64" : "utf8") : Buffer.from(data);
    this.entries.push({
      name: Buffer.from(options.name, "utf8"),
      crc: crc32(bytes),
      size: bytes.length,
      data: zlib.deflateRawSync(bytes, { level: LEVEL }),
    });
  }

  /**
   * The fields the local header and the central directory both give an entry, from `at`: flags, method,
   * time, date, CRC-32, compressed and uncompressed sizes, the name's length (APPNOTE 4.3.7 and 4.3.12).
   */
  private describe(buffer: Buffer, at: number, e: Entry): void {
    const ascii = /^[\x20-\x7e]*$/.test(e.name.toString("latin1"));
    buffer.writeUInt16LE(ascii ? 0 : UTF8_NAME, at);
    buffer.writeUInt16LE(DEFLATED, at + 2);
    buffer.writeUInt16LE(this.stamp.time, at + 4);
    buffer.writeUInt16LE(this.stamp.date, at + 6);
    buffer.writeUInt32LE(e.crc >>> 0, at + 8);
    buffer.writeUInt32LE(e.data.length, at + 12);
    buffer.writeUInt32LE(e.size, at + 16);
    buffer.writeUInt16LE(e.name.length, at + 20);
  }

  /** The whole archive. */
  bytes(): Buffer {
    const parts: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const e of this.entries) {
      const data = e.data;
      if (e.size > MAX_32 || offset > MAX_32) throw new RangeError("the workbook passes 4 GB, beyond a plain zip");
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(VERSION, 4);
      this.describe(local, 6, e);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(VERSION, 4);
      header.writeUInt16LE(VERSION, 6);
      this.describe(header, 8, e);
      // Extra field, comment, disk number, internal and external attributes: none.
      header.writeUInt32LE(offset, 42);
      parts.push(local, e.name, data);
      central.push(header, e.name);
      offset += local.length + e.name.length + data.length;
    }
    const centralSize = central.reduce((n, b) => n + b.length, 0);
    if (this.entries.length > 0xffff || offset > MAX_32) throw new RangeError("too many parts for a plain zip");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, ...central, end]);
  }
}

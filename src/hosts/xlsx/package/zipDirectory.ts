/**
 * The zip's central directory, read without inflating anything: every entry's declared sizes, so a zip
 * bomb is refused before a byte of it is unpacked. Pure over the bytes; null when there is no readable
 * directory (a truncated or non-zip file), which the zip reader then reports as damaged.
 */
import type { ZipEntry } from "./types";

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
/** Fixed part of the end record and of a central directory header. */
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;

export function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

export function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

function findEndRecord(b: Uint8Array): number {
  // The end record is at most 22 + 65,535 (its comment) bytes from the end.
  for (let i = b.length - EOCD_SIZE; i >= Math.max(0, b.length - EOCD_SIZE - 0xffff); i--) {
    if (u32(b, i) === EOCD_SIG) return i;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const end = findEndRecord(bytes);
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + CENTRAL_SIZE > bytes.length || u32(bytes, at) !== CENTRAL_SIG) return null;
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    // Bit 11: the name is UTF-8; otherwise code page 437, of which ASCII names (all a package's) are the same.
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    entries.push({
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      uncompressedSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at += CENTRAL_SIZE + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Reading a zip entry's bytes straight from the package, with the platform's own inflater
 * (`DecompressionStream("deflate-raw")`, in Node and in browsers alike): several times faster than a
 * JavaScript inflater, which matters because the normalising pass reads every part of every file.
 * Inflating stops with an error as soon as an entry passes its declared size, so a zip whose directory
 * under-declares a part cannot exhaust memory before that is found.
 */
import type { ZipEntry } from "./types";
import { u16, u32 } from "./zipDirectory";

const LOCAL_SIG = 0x04034b50;
const LOCAL_SIZE = 30;
const STORED = 0;
const DEFLATED = 8;

/** An entry this reader cannot unpack (another compression method, a damaged header). */
export class UnreadableEntry extends Error {}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > bytes.length || u32(bytes, at) !== LOCAL_SIG) {
    throw new UnreadableEntry(`The zip entry ${entry.name} has no local header where its directory says.`);
  }
  const start = at + LOCAL_SIZE + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length)
    throw new UnreadableEntry(`The zip entry ${entry.name} is truncated.`);
  return bytes.subarray(start, start + entry.compressedSize);
}

function tooLarge(entry: ZipEntry): Error {
  return new Error(
    `Part ${entry.name} unpacks to more than the ${entry.uncompressedSize} bytes its zip directory declares.`,
  );
}

/** The entry's bytes; with `keep` false they are counted and dropped (an empty array is returned). */
export async function inflateEntry(bytes: Uint8Array, entry: ZipEntry, keep = true): Promise<Uint8Array> {
  const data = entryData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length > entry.uncompressedSize) throw tooLarge(entry);
    return keep ? data : new Uint8Array(0);
  }
  if (entry.method !== DEFLATED)
    throw new UnreadableEntry(`The zip entry ${entry.name} uses compression method ${entry.method}.`);
  // Browsers older than 2023 lack "deflate-raw": the package then goes to exceljs as it is.
  if (typeof DecompressionStream === "undefined")
    throw new UnreadableEntry("This platform has no DecompressionStream.");
  // The bytes are never a SharedArrayBuffer here (they come from a file or a fetch); the DOM typings cannot know.
  const reader = new Blob([data as unknown as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > entry.uncompressedSize) {
      await reader.cancel();
      throw tooLarge(entry);
    }
    if (keep) chunks.push(value);
  }
  if (!keep) return new Uint8Array(0);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The report carried to pdf.html in the URL's fragment, for webviews that cannot download a blob (Excel
 * for Mac's WKWebView ignores `download`, office-js#2700): the pane opens the full browser on pdf.html,
 * which makes the PDF there. The fragment carries the document model, not the PDF: the model is a few
 * tens of KB once gzipped, the PDF with its embedded fonts several hundred. A fragment is never sent to
 * any server, so the report stays between the pane and the browser on the same machine.
 *
 *   pdf.html#m=<base64url of gzip(JSON)>   where CompressionStream exists (every current browser)
 *   pdf.html#j=<base64url of JSON>         older WebKit without it: larger, same content
 */
import type { ReportDocument } from "../../core/document";

export interface PdfPayload {
  /** Format of the payload; a page that meets a newer one says so instead of guessing. */
  v: 1;
  /** The PDF's file name, as the pane would have offered it. */
  fileName: string;
  model: ReportDocument;
}

export const PDF_PAGE = "pdf.html";

/** none: no payload in the address; damaged: one that cannot be read; unsupported: a browser without DecompressionStream. */
export type DecodedPayload =
  { kind: "payload"; payload: PdfPayload } | { kind: "none" } | { kind: "damaged" } | { kind: "unsupported" };

/** The streams the codec uses: the globals in a page; tests may hand Node's. */
export interface Compression {
  CompressionStream?: new (format: "gzip") => TransformStream<Uint8Array, Uint8Array>;
  DecompressionStream?: new (format: "gzip") => TransformStream<Uint8Array, Uint8Array>;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function toBase64Url(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    if (i + 1 < bytes.length) out += ALPHABET[(n >> 6) & 63];
    if (i + 2 < bytes.length) out += ALPHABET[n & 63];
  }
  return out;
}

/** null when the text holds anything but the base64url alphabet (a link cut or edited by hand). */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const values = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const v = ALPHABET.indexOf(text[i]);
    if (v < 0) return null;
    values[i] = v;
  }
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < values.length; i += 4) {
    const n = (values[i] << 18) | ((values[i + 1] ?? 0) << 12) | ((values[i + 2] ?? 0) << 6) | (values[i + 3] ?? 0);
    out[o++] = (n >> 16) & 255;
    if (i + 2 < values.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < values.length) out[o++] = n & 255;
  }
  return out;
}

async function pipe(bytes: Uint8Array, stream: TransformStream<Uint8Array, Uint8Array>): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  void writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
  }
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function globalCompression(): Compression {
  return globalThis as unknown as Compression;
}

/** "m=…" or "j=…": the fragment without its "#". */
export async function encodePayload(payload: PdfPayload, streams: Compression = globalCompression()): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(payload));
  if (!streams.CompressionStream) return `j=${toBase64Url(json)}`;
  return `m=${toBase64Url(await pipe(json, new streams.CompressionStream("gzip")))}`;
}

/** The pdf.html address carrying `payload`, beside the page at `baseUrl` (the pane's own origin and folder). */
export async function payloadUrl(baseUrl: string, payload: PdfPayload, streams?: Compression): Promise<string> {
  const url = new URL(PDF_PAGE, baseUrl);
  url.search = "";
  url.hash = await encodePayload(payload, streams);
  return url.toString();
}

function isPayload(value: unknown): value is PdfPayload {
  if (value === null || typeof value !== "object") return false;
  const p = value as Partial<PdfPayload>;
  const model = p.model as Partial<ReportDocument> | undefined;
  return (
    p.v === 1 &&
    typeof p.fileName === "string" &&
    model !== undefined &&
    (model.lang === "it" || model.lang === "en" || model.lang === "qps") &&
    Array.isArray(model.sections) &&
    typeof model.meta === "object"
  );
}

/** Reads a fragment ("#m=…", with or without "#"): none when there is no payload, damaged when it cannot be read. */
export async function decodePayload(
  fragment: string,
  streams: Compression = globalCompression(),
): Promise<DecodedPayload> {
  const m = /^#?([mj])=(.*)$/s.exec(fragment);
  if (!m) return { kind: "none" };
  const bytes = fromBase64Url(m[2]);
  if (!bytes) return { kind: "damaged" };
  try {
    let json = bytes;
    if (m[1] === "m") {
      if (!streams.DecompressionStream) return { kind: "unsupported" };
      json = await pipe(bytes, new streams.DecompressionStream("gzip"));
    }
    const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
    return isPayload(value) ? { kind: "payload", payload: value } : { kind: "damaged" };
  } catch {
    return { kind: "damaged" };
  }
}

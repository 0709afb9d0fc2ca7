/**
 * The small zip layer of the normalising pass, over JSZip (exceljs's own zip library, so Node and the
 * browser bundle read alike): entries inflated with a cap at their declared size, and the package
 * written again when the pass changed something.
 */
import JSZip from "jszip";

/** JSZip's documented StreamHelper (ZipObject#internalStream), missing from its typings. */
interface StreamHelper {
  on(event: "data", listener: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "error", listener: (err: Error) => void): StreamHelper;
  on(event: "end", listener: () => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

interface StreamingZipObject {
  internalStream(type: "uint8array"): StreamHelper;
}

export class ZipParts {
  private constructor(
    private readonly zip: JSZip,
    /** Part name (no leading "/") -> the zip's own entry name. */
    private readonly entries: Map<string, string>,
  ) {}

  static async open(bytes: Uint8Array): Promise<ZipParts> {
    const zip = await JSZip.loadAsync(bytes);
    const entries = new Map<string, string>();
    for (const [name, file] of Object.entries(zip.files)) if (!file.dir) entries.set(name.replace(/^\/+/, ""), name);
    return new ZipParts(zip, entries);
  }

  get names(): string[] {
    return [...this.entries.keys()];
  }

  has(part: string): boolean {
    return this.entries.has(part);
  }

  /**
   * The part's bytes, refusing as soon as it inflates past `limit` bytes (its declared size): a zip whose
   * directory under-declares a part is damaged, and must not get to exhaust memory before that is found.
   * With `keep` false the bytes are counted and dropped.
   */
  inflate(part: string, limit: number, keep = true): Promise<Uint8Array> {
    const name = this.entries.get(part);
    const file = name === undefined ? null : this.zip.file(name);
    if (!file) return Promise.reject(new Error(`The package has no part ${part}.`));
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const stream = (file as unknown as StreamingZipObject).internalStream("uint8array");
      stream
        .on("data", (chunk) => {
          size += chunk.length;
          if (size > limit) {
            stream.pause();
            reject(new Error(`Part ${part} unpacks to more than the ${limit} bytes its zip directory declares.`));
          } else if (keep) chunks.push(chunk);
        })
        .on("error", reject)
        .on("end", () => {
          const out = new Uint8Array(keep ? size : 0);
          let at = 0;
          for (const c of chunks) {
            out.set(c, at);
            at += c.length;
          }
          resolve(out);
        })
        .resume();
    });
  }

  async text(part: string, limit: number): Promise<string> {
    return new TextDecoder("utf-8").decode(await this.inflate(part, limit));
  }

  rename(from: string, to: string): void {
    const name = this.entries.get(from);
    const file = name === undefined ? null : this.zip.file(name);
    if (!file || name === undefined) return;
    this.zip.file(to, file.async("uint8array"));
    this.zip.remove(name);
    this.entries.delete(from);
    this.entries.set(to, to);
  }

  write(part: string, text: string): void {
    const name = this.entries.get(part) ?? part;
    this.zip.file(name, text);
    this.entries.set(part, name);
  }

  /** The package as bytes, stored without compression: it is read once, in memory, straight after. */
  bytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: "uint8array", compression: "STORE" });
  }
}

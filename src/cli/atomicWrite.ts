/**
 * The one way the CLI writes a file (workbook, JSON report, PDF): a temporary file beside the target,
 * then a rename, so a reader never sees half a file and an old file survives a failed run.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { CliTexts } from "../i18n/labels";
import { UnusableInput } from "./input";

/**
 * What goes into the file: bytes or text, or a writer that streams the content into the path it is given
 * (exceljs writes a large workbook to a file with half the memory and half the time it needs for a buffer).
 */
export type FileContent = Uint8Array | string | ((tmpPath: string) => Promise<void>);

export async function writeFileAtomic(file: string, data: FileContent): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  await fs.mkdir(dir, { recursive: true });
  try {
    if (typeof data === "function") await data(tmp);
    else await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** writeFileAtomic, with a failure turned into the one sentence the person reads. */
export async function writeOutput(file: string, data: FileContent, texts: CliTexts): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (err) {
    throw new UnusableInput(texts.cannotWrite(file, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
}

export const jsonText = (data: unknown): string => JSON.stringify(data, null, 2) + "\n";

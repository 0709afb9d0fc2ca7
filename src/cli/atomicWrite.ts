/**
 * The one way the CLI writes a file (workbook, JSON report, PDF): a temporary file beside the target,
 * then a rename, so a reader never sees half a file and an old file survives a failed run.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { CliTexts } from "../i18n/labels";
import { UnusableInput } from "./input";

export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  await fs.mkdir(dir, { recursive: true });
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** writeFileAtomic, with a failure turned into the one sentence the person reads. */
export async function writeOutput(file: string, data: Uint8Array | string, texts: CliTexts): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (err) {
    throw new UnusableInput(texts.cannotWrite(file, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
}

export const jsonText = (data: unknown): string => JSON.stringify(data, null, 2) + "\n";

// Writes a fixed draft without ever leaving a half-written file: temp file, then rename.
import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Replaces `filePath` with `text` atomically, keeping the file's mode. */
export async function writeDraftAtomic(filePath: string, text: string): Promise<void> {
  const { mode } = await stat(filePath);
  const temp = join(dirname(filePath), `.${basename(filePath)}.commslint-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode });
    await chmod(temp, mode);
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

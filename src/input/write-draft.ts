// Writes a fixed draft without ever leaving a half-written file: temp file, then rename.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isDocxPath } from './docx.js';
import { InputError } from './find-files.js';

/** The file operations used, replaceable in tests to simulate a failure midway. */
export interface WriteOps {
  stat: typeof fs.stat;
  writeFile: typeof fs.writeFile;
  chmod: typeof fs.chmod;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
}

/** Replaces `filePath` with `text` atomically, keeping the file's mode; on failure the original is untouched. */
export async function writeDraftAtomic(filePath: string, text: string, ops: WriteOps = fs): Promise<void> {
  // Plain text written over a Word document would destroy it: fixes there are the writer's to apply.
  if (isDocxPath(filePath)) throw new InputError(`Cannot write fixes into the Word document '${filePath}': apply them in Word (--fix-dry-run --format json lists them).`, filePath);
  const { mode } = await ops.stat(filePath);
  const temp = join(dirname(filePath), `.${basename(filePath)}.commslint-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await ops.writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode });
    await ops.chmod(temp, mode);
    await ops.rename(temp, filePath);
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
}

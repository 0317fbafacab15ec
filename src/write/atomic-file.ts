// Writing a file whole or not at all: a temporary file in the same folder, flushed to disk, then
// renamed over the target, so a crash or a full disk leaves either the old file or the new one,
// never half of one. Used for fixed text (--fix) and for reviewed Word documents (--annotate).
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `bytes` to `target` atomically with permissions `mode`. The temporary file is removed
 * when anything fails; the error is thrown as it came.
 */
export async function writeAtomically(target: string, bytes: Uint8Array, mode: number): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.fazhi-lint-tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, mode); // open's mode is reduced by the umask
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
}

/** Makes the rename itself durable where the platform allows opening a folder (not Windows). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file's own data is already on disk.
  }
}

// Writing a file whole or not at all: a temporary file in the same folder, flushed to disk, then
// renamed over the target, so a crash or a full disk leaves either the old file or the new one,
// never half of one. Used for fixed text (--fix, src/write/fix-file.ts) and for reviewed Word
// documents (--annotate, src/write/annotate-file.ts). A temporary file left by a run that was killed is
// removed by a later run writing in the same folder.
import { randomBytes } from 'node:crypto';
import { open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files: `.NAME.<pid>-<random>.fazhi-lint-tmp`, the pid telling a later run whether their writer is gone. */
const TEMP_SUFFIX = '.fazhi-lint-tmp';
const TEMP_NAME = /^\..+\.(?:(\d+)-)?[0-9a-f]{12}\.fazhi-lint-tmp$/;
/** No write takes this long: a temporary file older than this is stale even if its pid was reused. */
const STALE_MS = 10 * 60 * 1000;

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export interface AtomicWriteOptions {
  /** The file's permissions. */
  mode: number;
  /**
   * Called with the temporary file before its mode is set and it is renamed: --fix gives it the
   * original's owner there (and refuses by throwing when it may not).
   */
  prepare?: (handle: FileHandle) => Promise<void>;
}

/** Writes `bytes` to `target` atomically. The temporary file is removed when anything fails; the error is thrown as it came. */
export async function writeAtomically(target: string, bytes: Uint8Array, options: AtomicWriteOptions): Promise<void> {
  const temp = tempName(target);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(bytes);
      await options.prepare?.(handle);
      await handle.chmod(options.mode); // after a chown, which clears set-user-ID bits; open's mode is reduced by the umask
      await handle.sync();
    } finally {
      await handle.close();
    }
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

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

const sweptFolders = new Set<string>();

/**
 * Removes, once per folder and run, the temporary files that killed runs left in the folder of
 * `filePath`'s real file: those whose process is gone, and any that is stale (its pid may have
 * been reused). This process's own fresh ones are being written by one of its threads.
 */
export async function sweepTemporaryFiles(filePath: string): Promise<void> {
  let folder: string;
  let names: string[];
  try {
    folder = path.dirname(await realpath(filePath));
    if (sweptFolders.has(folder)) return;
    sweptFolders.add(folder);
    names = await readdir(folder);
  } catch {
    return; // a missing file is reported by the lint itself
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const file = path.join(folder, name);
    try {
      // An earlier version's names carry no pid: those go only once stale.
      const pid = match[1] === undefined ? undefined : Number(match[1]);
      const writerGone = pid !== undefined && pid !== process.pid && !processAlive(pid);
      if (writerGone || Date.now() - (await stat(file)).mtimeMs > STALE_MS) await unlink(file);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
}

import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content all at once: writes a temp file in the same folder (so rename stays on
 * one file system), flushes it, gives it the old file's mode and renames it over the file.
 * A symlink is followed, so the link stays a link. Readers see the old or the new bytes, never half.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const target = await fs.realpath(path).catch(() => path);
  const existing = await fs.stat(target).catch(() => undefined);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  try {
    try {
      await handle.writeFile(data);
      // The mode given to open is masked by umask; an existing file keeps its own exactly.
      if (existing) await handle.chmod(existing.mode & 0o7777);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Creates a file all at once and never replaces one: the full temp file is hard-linked to the path,
 * which fails with EEXIST when something is already there, even one created a moment before.
 */
export async function writeNewFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o666);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.link(temp, path);
  } finally {
    await fs.unlink(temp).catch(() => undefined);
  }
}

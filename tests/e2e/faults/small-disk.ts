// A small file system of its own (tmpfs) to hold a browser profile, and a filler file to take its
// space: the browser then meets a real full disk (ENOSPC from the kernel), not a simulation.
// Mounting needs root with CAP_SYS_ADMIN, as on CI's Debian machine.
import { execFile } from 'node:child_process';
import { mkdtemp, open, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface SmallDisk {
  /** The mount point: give it to launchBrowser as the profile folder. */
  dir: string;
  /** Fills the disk, then gives `bytes` back: room to open and read, none for a large write. */
  fillLeaving(bytes: number): Promise<void>;
  /** Deletes the filler: the space comes back. */
  free(): Promise<void>;
  unmount(): Promise<void>;
}

/**
 * Why this machine cannot mount a small disk, or null when it can (tried with a 1 MB tmpfs):
 * root inside a container usually lacks CAP_SYS_ADMIN, and then the full-disk test skips.
 */
export async function smallDiskUnavailable(): Promise<string | null> {
  const dir = await mkdtemp(join(tmpdir(), 'prospect-guard-mount-check-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
    await run('umount', [dir]);
    return null;
  } catch (error) {
    return `mount said ${String(error).split('\n')[0]}`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function mountSmallDisk(megabytes: number): Promise<SmallDisk> {
  const dir = await mkdtemp(join(tmpdir(), 'prospect-guard-small-disk-'));
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`The full-disk test mounts a ${megabytes} MB tmpfs and needs root for it: mount said ${String(error)}`);
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    async fillLeaving(bytes) {
      const file = await open(filler, 'w');
      const block = Buffer.alloc(64 * 1024);
      let written = 0;
      try {
        for (;;) written += (await file.write(block)).bytesWritten;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        await file.close();
      }
      await truncate(filler, Math.max(0, written - bytes));
    },
    free: () => rm(filler, { force: true }),
    async unmount() {
      await run('umount', [dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

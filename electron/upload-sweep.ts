/**
 * Uploaded files live in `condivisa-upload-*` folders in the system temp folder and are
 * removed when the host shuts down; a crash leaves them behind. At start-up, folders
 * older than a day are removed (a younger one may belong to a running web host).
 */
import fs from 'node:fs';
import path from 'node:path';

export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** Removes stale upload folders in `tmpDir`; returns the ones removed. Never throws. */
export function sweepStaleUploads(tmpDir: string, now = Date.now(), maxAgeMs = STALE_UPLOAD_MS): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmpDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith('condivisa-upload-')) continue;
    const dir = path.join(tmpDir, name);
    try {
      const st = fs.lstatSync(dir);
      // Only real folders of ours: a symlink named like one is left alone, never followed.
      if (!st.isDirectory() || now - st.mtimeMs <= maxAgeMs) continue;
      fs.rmSync(dir, { recursive: true, force: true });
      removed.push(dir);
    } catch {
      /* vanished or not ours to remove */
    }
  }
  return removed;
}

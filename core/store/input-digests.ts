/**
 * Digests of what a project holds from outside, for the dossier's provenance: the project file
 * as a consistent snapshot, each imported source file (by the data kept from it: the original
 * bytes are not stored), the weather file (kept as its text) and the attached documents.
 */
import crypto from 'node:crypto';
import type { ProjectStore } from './project-store';

export interface InputDigest {
  role: 'project' | 'load-curves' | 'bills' | 'production' | 'weather' | 'zonal-prices' | 'attachment';
  name: string;
  /** What the digest covers. */
  of: 'file' | 'stored-data';
  sha256: string;
  bytes: number;
}

const sha = (data: Uint8Array | string) => crypto.createHash('sha256').update(data).digest('hex');

/** Rows grouped by source file: one digest over the group's stored values, in a stable order. */
function bySourceFile(store: ProjectStore, sql: string, role: InputDigest['role']): InputDigest[] {
  const groups = new Map<string, crypto.Hash>();
  const sizes = new Map<string, number>();
  for (const row of store.db.prepare(sql).iterate() as IterableIterator<{ source_file: string; data: Buffer | string }>) {
    const name = row.source_file || '(senza nome)';
    if (!groups.has(name)) groups.set(name, crypto.createHash('sha256'));
    groups.get(name)!.update(row.data);
    sizes.set(name, (sizes.get(name) ?? 0) + (typeof row.data === 'string' ? Buffer.byteLength(row.data) : row.data.byteLength));
  }
  return [...groups].map(([name, h]) => ({ role, name, of: 'stored-data', sha256: h.digest('hex'), bytes: sizes.get(name) ?? 0 }));
}

export function inputDigests(store: ProjectStore): InputDigest[] {
  // serialize() gives the database as one consistent image (WAL content included).
  const image = store.db.serialize();
  const out: InputDigest[] = [{ role: 'project', name: store.file.split(/[\\/]/).pop() ?? store.file, of: 'file', sha256: sha(image), bytes: image.byteLength }];
  out.push(...bySourceFile(store, 'SELECT source_file, values_f64le AS data FROM load_curves ORDER BY pod', 'load-curves'));
  out.push(...bySourceFile(store, "SELECT source_file, pod || ':' || year || ':' || month || ':' || IFNULL(f1,'') || ':' || IFNULL(f2,'') || ':' || IFNULL(f3,'') || ':' || IFNULL(f0,'') AS data FROM bills ORDER BY pod, year, month", 'bills'));
  out.push(...bySourceFile(store, "SELECT source_file, IFNULL(values_f64le, monthly_json) AS data FROM production_series ORDER BY plant_id", 'production'));
  const weather = store.getMeta('weather_file');
  if (weather) {
    const w = JSON.parse(weather) as { name: string; text: string };
    out.push({ role: 'weather', name: w.name, of: 'file', sha256: sha(w.text), bytes: Buffer.byteLength(w.text) });
  }
  const prices = store.getMeta('zonal_prices_hourly');
  if (prices) {
    const name = (JSON.parse(prices) as { file?: string }).file ?? 'prezzi zonali';
    out.push({ role: 'zonal-prices', name, of: 'stored-data', sha256: sha(prices), bytes: Buffer.byteLength(prices) });
  }
  for (const a of store.db.prepare('SELECT name, sha256, size_bytes FROM attachments ORDER BY id').all() as { name: string; sha256: string; size_bytes: number }[]) {
    out.push({ role: 'attachment', name: a.name, of: 'file', sha256: a.sha256, bytes: a.size_bytes });
  }
  return out;
}

/**
 * The dossier as one zip (fflate's zipSync): the deliverables, the member sheets, the attached
 * documents and `provenienza.json`. Entry names are made safe and unique: a user's file name
 * never climbs out of its folder or overwrites another entry.
 */
import { zipSync, type Zippable } from 'fflate';

export interface DossierEntry {
  /** Folder path inside the zip, '/'-separated, made of names the dossier chose. */
  folder: string;
  /** File name, possibly the user's. */
  name: string;
  data: Uint8Array;
}

/** A file name with no folder part, no control or reserved characters, never empty. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^\.+/, '_').trim();
  return cleaned.slice(0, 150) || 'file';
}

export function dossierZip(entries: DossierEntry[], date: Date): Uint8Array {
  const files: Zippable = {};
  const used = new Set<string>();
  for (const e of entries) {
    const folder = e.folder.split('/').filter((p) => p.trim() !== '').map(safeName).join('/');
    const name = safeName(e.name);
    let full = folder ? `${folder}/${name}` : name;
    for (let i = 2; used.has(full.toLowerCase()); i++) {
      const dot = name.lastIndexOf('.');
      const n = dot > 0 ? `${name.slice(0, dot)} (${i})${name.slice(dot)}` : `${name} (${i})`;
      full = folder ? `${folder}/${n}` : n;
    }
    used.add(full.toLowerCase());
    files[full] = [e.data, { mtime: date }];
  }
  return zipSync(files, { level: 6 });
}

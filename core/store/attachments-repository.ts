/**
 * Files attached to the document checklist (schema version 9), stored inside the project
 * file so the project travels with its documents. Each add or remove is one transaction.
 */
import crypto from 'node:crypto';
import type { ProjectStore } from './project-store';
import type { AttachmentRef } from '../report/checklist';

/** The largest attachment kept in a project (a scanned deed or a photo set fits; a video does not). */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

interface Row {
  id: number;
  document_id: string;
  configuration_id: number;
  plant_id: number | null;
  name: string;
  size_bytes: number;
  added_at: string;
}

const toRef = (r: Row): AttachmentRef => ({
  id: r.id,
  documentId: r.document_id,
  configurationId: r.configuration_id,
  plantId: r.plant_id,
  name: r.name,
  sizeBytes: r.size_bytes,
  addedAt: r.added_at,
});

export function listAttachments(store: ProjectStore): AttachmentRef[] {
  const rows = store.db.prepare('SELECT id, document_id, configuration_id, plant_id, name, size_bytes, added_at FROM attachments ORDER BY id').all() as Row[];
  return rows.map(toRef);
}

export function addAttachment(store: ProjectStore, a: { documentId: string; configurationId: number; plantId: number | null; name: string; content: Uint8Array }): AttachmentRef {
  const sha256 = crypto.createHash('sha256').update(a.content).digest('hex');
  const addedAt = new Date().toISOString();
  const id = store.tx(() =>
    Number(
      store.db
        .prepare('INSERT INTO attachments (document_id, configuration_id, plant_id, name, size_bytes, sha256, content, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(a.documentId, a.configurationId, a.plantId, a.name, a.content.byteLength, sha256, Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength), addedAt).lastInsertRowid,
    ),
  );
  return { id, documentId: a.documentId, configurationId: a.configurationId, plantId: a.plantId, name: a.name, sizeBytes: a.content.byteLength, addedAt };
}

/** True when a row was removed. */
export function removeAttachment(store: ProjectStore, id: number): boolean {
  return store.tx(() => store.db.prepare('DELETE FROM attachments WHERE id = ?').run(id).changes > 0);
}

/** Content and digest of one attachment (the dossier zip). */
export function readAttachment(store: ProjectStore, id: number): { ref: AttachmentRef; content: Buffer; sha256: string } | null {
  const row = store.db.prepare('SELECT id, document_id, configuration_id, plant_id, name, size_bytes, added_at, sha256, content FROM attachments WHERE id = ?').get(id) as
    | (Row & { sha256: string; content: Buffer })
    | undefined;
  return row ? { ref: toRef(row), content: row.content, sha256: row.sha256 } : null;
}

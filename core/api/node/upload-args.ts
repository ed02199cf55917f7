/**
 * What an uploaded file arrives as (base64 text and a name) turned into bytes and a safe
 * base name; the web host's request limit bounds the size.
 */
import path from 'node:path';
import { badRequest } from '../common/errors';

/** Largest uploaded file: its base64 fits the web host's 64 MB request body. */
export const MAX_UPLOAD_BYTES = 46 * 1024 * 1024;

export function decodeBase64(b64: string): Buffer {
  if (b64.length > Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4) {
    throw badRequest({ code: 'api.upload.too-large', params: { limit: MAX_UPLOAD_BYTES / 1048576 } }, 'base64');
  }
  const body = b64.replace(/^data:[^,]*,/, '');
  if (!/^[A-Za-z0-9+/=\r\n]*$/.test(body)) throw badRequest({ code: 'api.upload.not-base64' }, 'base64');
  return Buffer.from(body, 'base64');
}

/** The base name of an uploaded file, never a path. */
export function fileNameOf(raw: string): string {
  const name = path.basename(raw.replace(/\\/g, '/')).trim();
  if (name === '') throw badRequest({ code: 'api.arg.named-empty', params: { field: 'name' } }, 'name');
  return name;
}

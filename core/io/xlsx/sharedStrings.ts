/**
 * xl/sharedStrings.xml → the string table cells of type "s" point into. Read while it
 * inflates, one <si> item at a time, so the XML is never held whole.
 */
import { StringDecoder } from 'node:string_decoder';
import type { ZipArchive } from '../zip/openZip';
import { runsText } from './xmlText';
import type { Message } from '../../model/messages';

/** Splits streamed XML text into complete <si>…</si> items. */
export class SharedStringScanner {
  readonly strings: string[] = [];
  /** Characters held in `strings` so far. */
  chars = 0;
  private carry = '';

  push(text: string): void {
    const buf = this.carry + text;
    let pos = 0;
    for (;;) {
      const a = buf.indexOf('<si', pos);
      if (a < 0) {
        pos = Math.max(pos, buf.length - 3);
        break;
      }
      if (a + 4 >= buf.length) {
        pos = a; // "<si" or "<si/" at the end: decide with the next piece
        break;
      }
      const c = buf.charCodeAt(a + 3);
      if (c === 47) {
        this.strings.push(''); // <si/>
        pos = a + 5;
        continue;
      }
      if (c !== 62 && c !== 32) {
        pos = a + 3;
        continue;
      }
      const e = buf.indexOf('</si>', a);
      if (e < 0) {
        pos = a;
        break;
      }
      const text = runsText(buf.slice(a, e));
      this.chars += text.length;
      this.strings.push(text);
      pos = e + 5;
    }
    this.carry = buf.slice(pos);
  }
}

/** Text the string table may hold [UTF-16 code units, ~2 bytes each]: far above real curve files. */
export const MAX_SHARED_CHARS = 200_000_000;

/** The shared strings of a workbook (empty when it has none); `fail` must throw. */
export function readSharedStrings(zip: ZipArchive, fail: (message: Message) => never): string[] {
  const entry = zip.find('xl/sharedStrings.xml');
  if (!entry) return [];
  const scanner = new SharedStringScanner();
  const decoder = new StringDecoder('utf8');
  for (const chunk of zip.chunks(entry)) {
    scanner.push(decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
    if (scanner.chars > MAX_SHARED_CHARS) {
      fail({ code: 'io.shared-strings.shared-strings-exceed-million', params: { value: MAX_SHARED_CHARS / 1e6 } });
    }
  }
  scanner.push(decoder.end());
  return scanner.strings;
}

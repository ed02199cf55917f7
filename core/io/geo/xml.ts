/**
 * Tiny non-validating XML parser (elements, attributes, text, CDATA, comments,
 * processing instructions, the five named entities and numeric references).
 * Namespace prefixes are stripped from element names ("kml:Placemark" → "Placemark").
 */
import { IoError } from '../io-error';
import type { Message } from '../../model/messages';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated direct text content (entities decoded). */
  text: string;
}

/** XML problems name no file: the caller knows it. */
const XML = { file: 'XML' };
const bad = (message: Message) => new IoError(XML, 'io/corrupt', message);

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML entities in text. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENT[e] ?? m;
  });
}

const localName = (n: string): string => n.slice(n.indexOf(':') + 1);

/** Parses an XML document and returns the root element. Throws IoError. */
export function parseXml(src: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) stack[stack.length - 1]!.text += decodeEntities(src.slice(i, textEnd));
    if (lt < 0) break;
    if (src.startsWith('<!--', lt)) {
      const e = src.indexOf('-->', lt + 4);
      if (e < 0) throw bad({ code: 'io.xml.unterminated-comment' });
      i = e + 3;
    } else if (src.startsWith('<![CDATA[', lt)) {
      const e = src.indexOf(']]>', lt + 9);
      if (e < 0) throw bad({ code: 'io.xml.unterminated-cdata-section' });
      stack[stack.length - 1]!.text += src.slice(lt + 9, e);
      i = e + 3;
    } else if (src.startsWith('<?', lt)) {
      const e = src.indexOf('?>', lt + 2);
      if (e < 0) throw bad({ code: 'io.xml.unterminated-processing-instruction' });
      i = e + 2;
    } else if (src.startsWith('<!', lt)) {
      const e = src.indexOf('>', lt + 2);
      if (e < 0) throw bad({ code: 'io.xml.unterminated-declaration' });
      i = e + 1;
    } else if (src[lt + 1] === '/') {
      const e = src.indexOf('>', lt + 2);
      if (e < 0) throw bad({ code: 'io.xml.unterminated-end-tag' });
      const name = localName(src.slice(lt + 2, e).trim());
      const top = stack.pop();
      if (!top || top === root || top.name !== name) throw bad({ code: 'io.xml.mismatched-end-tag', params: { name, expected: top && top !== root ? { code: 'io.xml.expected-tag', params: { name: top.name } } : '' } });
      i = e + 1;
    } else {
      // start tag: find the closing '>' outside quotes
      let j = lt + 1, quote = '';
      for (; j < n; j++) {
        const c = src[j]!;
        if (quote) { if (c === quote) quote = ''; }
        else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      if (j >= n) throw bad({ code: 'io.xml.unterminated-start-tag' });
      let body = src.slice(lt + 1, j);
      const selfClose = body.endsWith('/');
      if (selfClose) body = body.slice(0, -1);
      const m = /^([^\s/>]+)/.exec(body);
      if (!m) throw bad({ code: 'io.xml.bad-start-tag-offset', params: { lt } });
      const el: XmlElement = { name: localName(m[1]!), attrs: {}, children: [], text: '' };
      const attrRe = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let a: RegExpExecArray | null;
      const rest = body.slice(m[0].length);
      while ((a = attrRe.exec(rest))) el.attrs[localName(a[1]!)] = decodeEntities(a[3] ?? a[4] ?? '');
      stack[stack.length - 1]!.children.push(el);
      if (!selfClose) stack.push(el);
      i = j + 1;
    }
  }
  if (stack.length > 1) throw bad({ code: 'io.xml.unclosed-element', params: { name: stack[stack.length - 1]!.name } });
  const top = root.children[0];
  if (!top) throw bad({ code: 'io.xml.root-element' });
  return top;
}

/** All descendants named `name` (depth-first, document order). */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** First direct child named `name`. */
export function child(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/**
 * Minimal WKT (WKT1 OGC/ESRI and WKT2) tokenizer/parser producing a node tree,
 * e.g. PROJCS["name",GEOGCS[...],PARAMETER["k",0.9996]] →
 * { name: 'PROJCS', args: ['name', {name:'GEOGCS',...}, {name:'PARAMETER', args:['k',0.9996]}] }.
 */
export interface WktNode {
  name: string;
  args: WktArg[];
}
export type WktArg = string | number | WktNode;

/** Error thrown for syntactically invalid WKT. */
export class WktSyntaxError extends Error {}

/** Parses WKT text. Throws WktSyntaxError on malformed input. */
export function parseWkt(text: string): WktNode {
  let i = 0;
  const s = text.trim();
  const ws = (): void => { while (i < s.length && /\s/.test(s[i]!)) i++; };
  const ident = (): string => {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i, i + 64));
    if (!m) throw new WktSyntaxError(`WKT: identifier expected at offset ${i}`);
    i += m[0].length;
    return m[0];
  };
  const node = (depth: number): WktNode => {
    if (depth > 64) throw new WktSyntaxError('WKT: nesting too deep');
    ws();
    const name = ident();
    ws();
    const open = s[i];
    if (open !== '[' && open !== '(') return { name, args: [] };
    const close = open === '[' ? ']' : ')';
    i++;
    const args: WktArg[] = [];
    for (;;) {
      ws();
      const ch = s[i];
      if (ch === undefined) throw new WktSyntaxError('WKT: unexpected end of text');
      if (ch === close || ch === ']' || ch === ')') { i++; break; }
      if (ch === '"') {
        let j = i + 1, str = '';
        for (;;) {
          if (j >= s.length) throw new WktSyntaxError('WKT: unterminated string');
          if (s[j] === '"') { if (s[j + 1] === '"') { str += '"'; j += 2; continue; } break; }
          str += s[j++];
        }
        i = j + 1;
        args.push(str);
      } else if (/[-+.0-9]/.test(ch)) {
        const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s.slice(i, i + 64));
        if (!m) throw new WktSyntaxError(`WKT: bad number at offset ${i}`);
        i += m[0].length;
        args.push(Number(m[0]));
      } else {
        args.push(node(depth + 1));
      }
      ws();
      if (s[i] === ',') i++;
    }
    return { name, args };
  };
  const root = node(0);
  ws();
  if (i < s.length) throw new WktSyntaxError(`WKT: unexpected text after offset ${i}`);
  return root;
}

/** Direct children with one of the given (case-insensitive) names. */
export function children(n: WktNode, ...names: string[]): WktNode[] {
  const set = names.map((x) => x.toUpperCase());
  return n.args.filter((a): a is WktNode => typeof a === 'object' && set.includes(a.name.toUpperCase()));
}

/** First descendant (depth-first) with one of the names. */
export function find(n: WktNode, ...names: string[]): WktNode | undefined {
  const set = names.map((x) => x.toUpperCase());
  const stack: WktNode[] = [n];
  while (stack.length) {
    const cur = stack.shift()!;
    for (const a of cur.args) {
      if (typeof a !== 'object') continue;
      if (set.includes(a.name.toUpperCase())) return a;
    }
    for (const a of cur.args) if (typeof a === 'object') stack.push(a);
  }
  return undefined;
}

/** First string argument (the "name" of most WKT nodes). */
export function nodeName(n: WktNode | undefined): string {
  const a = n?.args[0];
  return typeof a === 'string' ? a : '';
}

/** Lower-case alphanumerics only: "WGS_1984 UTM Zone 32N" → "wgs1984utmzone32n". */
export function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The guide's small Markdown: `#`/`##`/`###` headings, paragraphs, `- ` lists, `**bold**`,
 * `*italic*`, `` `code` ``, and citations of the GSE operating rules (`[RO p.10]`,
 * `[RO p.18, p.19]`, `[RO pp.28–29]`). It returns a tree of blocks and inline pieces that
 * the components render as elements with text content: nothing is ever parsed as HTML, so
 * a `<script>` in a page stays text.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'em'; text: string }
  | { kind: 'code'; text: string }
  /** A page reference inside a `[RO …]` citation: `label` as written ("p.10"), `page` the printed page it opens. */
  | { kind: 'cite'; text: string; page: number };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] };

/** Text with `[RO …]` citations: plain pieces and one `cite` per page number named. */
export function citations(text: string): Inline[] {
  const out: Inline[] = [];
  const push = (t: string) => {
    if (!t) return;
    const last = out.at(-1);
    if (last?.kind === 'text') last.text += t;
    else out.push({ kind: 'text', text: t });
  };
  let at = 0;
  for (const m of text.matchAll(/\[RO\b[^\]]*\]/g)) {
    push(text.slice(at, m.index));
    const cite = m[0];
    let inner = 0;
    // "p.10", "pp.28–29", "p. 18": the first number is the page opened.
    for (const p of cite.matchAll(/pp?\.\s*(\d+)(?:\s*[–-]\s*\d+)?/g)) {
      push(cite.slice(inner, p.index));
      out.push({ kind: 'cite', text: p[0], page: Number(p[1]) });
      inner = p.index + p[0].length;
    }
    push(cite.slice(inner));
    at = m.index + cite.length;
  }
  push(text.slice(at));
  return out;
}

/** Inline marks of one line, then citations inside the plain pieces. */
export function inlines(line: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(/\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`/g)) {
    out.push(...citations(line.slice(at, m.index)));
    if (m[1] !== undefined) out.push({ kind: 'strong', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'em', text: m[2] });
    else out.push({ kind: 'code', text: m[3]! });
    at = m.index + m[0].length;
  }
  out.push(...citations(line.slice(at)));
  return out;
}

/** Blocks of a page: blank lines end paragraphs and lists; consecutive lines of a paragraph join. */
export function parseGuide(markdown: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', inlines: inlines(para.join(' ')) });
    if (list) blocks.push({ kind: 'list', items: list.map(inlines) });
    para = [];
    list = null;
  };
  for (const raw of markdown.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.+)$/.exec(line);
    const item = /^[-*]\s+(.+)$/.exec(line);
    if (!line) flush();
    else if (heading) {
      flush();
      // A page's own title is its `#`: headings inside it start one level down.
      blocks.push({ kind: 'heading', level: (heading[1]!.length + 1) as 2 | 3 | 4, inlines: inlines(heading[2]!) });
    } else if (item) {
      if (para.length) flush();
      (list ??= []).push(item[1]!);
    } else if (list) list[list.length - 1] += ` ${line}`;
    else para.push(line);
  }
  flush();
  return blocks;
}

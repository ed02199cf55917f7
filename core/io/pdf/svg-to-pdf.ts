/**
 * Draws the SVG that ECharts renders server-side onto a pdfkit page as vector graphics.
 * pdfkit reads SVG path data itself (doc.path) but not SVG documents, so this converts the
 * subset ECharts emits — <path>, <rect>, <text>, <g> with a clip path or transform, colours
 * as #hex, rgb() and rgba(), fill/stroke opacity, translate/matrix/rotate/scale — and skips
 * what paper has no use for (<style> hover rules, <image>). Text is written with the
 * report's embedded font, so it can be extracted (pdftotext) and searched.
 */
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

interface Node {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e] ?? m),
  );
}

/** A small XML reader for ECharts' output: elements, attributes, text; CDATA and comments skipped. */
export function parseSvg(svg: string): Node {
  const root: Node = { tag: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(svg))) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += decodeEntities(m[5]);
    } else if (m[2] !== undefined) {
      if (m[1]) {
        if (stack.length > 1) stack.pop();
        continue;
      }
      const attrs: Record<string, string> = {};
      for (const a of m[3]!.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
      const node: Node = { tag: m[2], attrs, children: [], text: '' };
      top.children.push(node);
      if (!m[4]) stack.push(node);
    }
  }
  return root.children.find((n) => n.tag === 'svg') ?? root;
}

/** A gradient (url(#id)) stands in as its first stop's colour: flat on paper, same hue. */
function solid(value: string | undefined, gradients: Map<string, string>): string | undefined {
  const id = /^url\(#([^)]+)\)$/.exec(value?.trim() ?? '')?.[1];
  return id ? gradients.get(id) : value;
}

/** A colour as pdfkit takes it, with its alpha; null for none/transparent. */
export function parseColour(value: string | undefined): { colour: string | [number, number, number]; alpha: number } | null {
  if (value === undefined || value === '' || value === 'none' || value === 'transparent') return null;
  const rgb = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/i.exec(value.trim());
  if (rgb) return { colour: [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])], alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  if (value.startsWith('url(')) return null; // gradients: not used by our charts
  return { colour: value.trim(), alpha: 1 };
}

/** Applies an SVG transform list to the page's current matrix. */
function applyTransform(doc: Doc, transform: string | undefined): void {
  if (!transform) return;
  for (const t of transform.matchAll(/(matrix|translate|scale|rotate)\s*\(([^)]*)\)/g)) {
    const n = t[2]!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (t[1] === 'matrix' && n.length === 6) doc.transform(n[0]!, n[1]!, n[2]!, n[3]!, n[4]!, n[5]!);
    else if (t[1] === 'translate') doc.translate(n[0] ?? 0, n[1] ?? 0);
    else if (t[1] === 'scale') doc.scale(n[0] ?? 1, n[1] ?? n[0] ?? 1);
    else if (t[1] === 'rotate') {
      const a = ((n[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [n[1] ?? 0, n[2] ?? 0];
      doc.translate(cx, cy).transform(Math.cos(a), Math.sin(a), -Math.sin(a), Math.cos(a), 0, 0).translate(-cx, -cy);
    }
  }
}

const num = (v: string | undefined, fallback = 0) => (v === undefined || v === '' || Number.isNaN(Number(v)) ? fallback : Number(v));

function styleOf(node: Node): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (node.attrs.style ?? '').split(';')) {
    const i = part.indexOf(':');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

/**
 * Draws the element's outline (`outline`) and fills and strokes it as the element asks. An
 * element painted neither way adds nothing: a path left unpainted would join the next one.
 */
function paint(doc: Doc, node: Node, gradients: Map<string, string>, outline: () => void): void {
  const a = node.attrs;
  const opacity = num(a.opacity, 1);
  const fill = parseColour(solid(a.fill ?? '#000', gradients));
  const stroke = parseColour(solid(a.stroke, gradients));
  const strokeWidth = num(a['stroke-width'], 1);
  const fillAlpha = fill ? fill.alpha * num(a['fill-opacity'], 1) * opacity : 0;
  const strokeAlpha = stroke ? stroke.alpha * num(a['stroke-opacity'], 1) * opacity : 0;
  const doFill = fill !== null && fillAlpha > 0;
  const doStroke = stroke !== null && strokeAlpha > 0 && strokeWidth > 0;
  if (!doFill && !doStroke) return;
  outline();
  if (doFill) doc.fillColor(fill.colour as string, fillAlpha);
  if (doStroke) {
    doc.strokeColor(stroke.colour as string, strokeAlpha).lineWidth(strokeWidth);
    doc.lineCap((a['stroke-linecap'] as 'butt' | 'round' | 'square') ?? 'butt');
    doc.lineJoin((a['stroke-linejoin'] as 'miter' | 'round' | 'bevel') ?? 'miter');
    const dash = a['stroke-dasharray'];
    if (dash && dash !== 'none') {
      const d = dash.split(/[\s,]+/).map(Number).filter((x) => x > 0);
      if (d.length) doc.dash(d[0]!, { space: d[1] ?? d[0]! });
    } else doc.undash();
  }
  if (doFill && doStroke) doc.fillAndStroke();
  else if (doFill) doc.fill();
  else if (doStroke) doc.stroke();
}

const BASELINE: Record<string, 'middle' | 'alphabetic' | 'hanging' | 'top' | 'bottom'> = {
  central: 'middle',
  middle: 'middle',
  alphabetic: 'alphabetic',
  hanging: 'hanging',
  'text-before-edge': 'top',
  'text-after-edge': 'bottom',
};

export interface SvgFonts {
  regular: string;
  bold: string;
  /** Makes a text printable with the embedded font (e.g. "≥" written out). */
  printable?: (text: string) => string;
}

function drawText(doc: Doc, node: Node, fonts: SvgFonts): void {
  const content = (fonts.printable ?? ((s: string) => s))(node.text.replace(/\s+/g, ' ').trim());
  if (!content) return;
  const style = styleOf(node);
  const fill = parseColour(node.attrs.fill ?? '#000');
  if (!fill) return;
  const size = num((style['font-size'] ?? node.attrs['font-size'] ?? '12').replace('px', ''), 12);
  const bold = /bold|[6-9]00/.test(style['font-weight'] ?? node.attrs['font-weight'] ?? '');
  doc.font(bold ? fonts.bold : fonts.regular).fontSize(size);
  const width = doc.widthOfString(content);
  const anchor = node.attrs['text-anchor'] ?? 'start';
  const x = num(node.attrs.x) - (anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0);
  const y = num(node.attrs.y);
  doc.fillColor(fill.colour as string, fill.alpha * num(node.attrs['fill-opacity'], 1) * num(node.attrs.opacity, 1));
  doc.text(content, x, y, { lineBreak: false, baseline: BASELINE[node.attrs['dominant-baseline'] ?? 'alphabetic'] ?? 'alphabetic' });
}

interface Refs {
  clips: Map<string, Node>;
  gradients: Map<string, string>;
}

function drawNode(doc: Doc, node: Node, refs: Refs, fonts: SvgFonts): void {
  if (node.tag === 'defs' || node.tag === 'style' || node.tag === 'clipPath' || node.tag === 'image' || node.tag === 'title' || node.tag === 'linearGradient' || node.tag === 'radialGradient') return;
  if (node.attrs.display === 'none' || node.attrs.visibility === 'hidden') return;
  doc.save();
  applyTransform(doc, node.attrs.transform);
  const clipId = /url\(#([^)]+)\)/.exec(node.attrs['clip-path'] ?? '')?.[1];
  const clip = clipId ? refs.clips.get(clipId) : undefined;
  if (clip) {
    for (const c of clip.children) {
      if (c.tag !== 'path' || !c.attrs.d) continue;
      doc.save();
      applyTransform(doc, c.attrs.transform);
      doc.path(c.attrs.d);
      doc.restore();
    }
    doc.clip();
  }
  switch (node.tag) {
    case 'path':
      if (node.attrs.d) paint(doc, node, refs.gradients, () => doc.path(node.attrs.d!));
      break;
    case 'rect': {
      const w = num(node.attrs.width);
      const h = num(node.attrs.height);
      if (w > 0 && h > 0) paint(doc, node, refs.gradients, () => doc.rect(num(node.attrs.x), num(node.attrs.y), w, h));
      break;
    }
    case 'text':
      drawText(doc, node, fonts);
      break;
    default:
      for (const child of node.children) drawNode(doc, child, refs, fonts);
  }
  doc.restore();
}

/**
 * Draws `svg` with its top-left corner at (x, y), scaled to `width` points; returns the
 * height it took [pt].
 */
export function drawSvg(doc: Doc, svg: string, x: number, y: number, width: number, fonts: SvgFonts): number {
  const root = parseSvg(svg);
  const w = num(root.attrs.width, 1);
  const h = num(root.attrs.height, 1);
  const scale = width / w;
  // Clip paths and gradients are defined after their first use (ECharts writes <defs> last).
  const refs: Refs = { clips: new Map(), gradients: new Map() };
  const collect = (n: Node) => {
    if (n.tag === 'clipPath' && n.attrs.id) refs.clips.set(n.attrs.id, n);
    const stop = n.children.find((c) => c.tag === 'stop')?.attrs['stop-color'];
    if ((n.tag === 'linearGradient' || n.tag === 'radialGradient') && n.attrs.id && stop) refs.gradients.set(n.attrs.id, stop);
    n.children.forEach(collect);
  };
  collect(root);
  doc.save();
  doc.translate(x, y).scale(scale);
  doc.rect(0, 0, w, h).clip();
  for (const child of root.children) drawNode(doc, child, refs, fonts);
  doc.restore();
  return h * scale;
}

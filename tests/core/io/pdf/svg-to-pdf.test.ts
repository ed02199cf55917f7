/**
 * The SVG-to-pdfkit converter on a hand-written SVG of the kind ECharts emits: a rect and a
 * translated path land where the SVG puts them with their colours (read back from the page
 * rendered by pdftoppm), text is extractable (pdftotext), a clip path cuts, an unpainted path
 * paints nothing, gradients fall back to their first colour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import PDFDocument from 'pdfkit';
import { drawSvg, parseColour, parseSvg } from '../../../../core/io/pdf/svg-to-pdf';
import { notoSans } from '../../../../core/io/pdf/fonts';
import { tempDir } from '../../../helpers/tmp';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

// 200 × 100 px drawn at 200 pt wide at (0, 0) of a 200 × 100 pt page: 1 px = 1 pt.
const SVG = `<svg width="200" height="100" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
<rect width="200" height="100" x="0" y="0" fill="none"></rect>
<rect x="10" y="10" width="40" height="40" fill="#ff0000"></rect>
<path d="M0 0l40 0l0 40l-40 0Z" transform="translate(60 10)" fill="rgb(0,0,255)"></path>
<path d="M0 0l200 0l0 100l-200 0Z" fill="none" pointer-events="visible"></path>
<g clip-path="url(#c0)"><path d="M110 10l80 0l0 40l-80 0Z" fill="url(#g0)"></path></g>
<text dominant-baseline="central" text-anchor="middle" style="font-size:12px;font-family:sans-serif;" transform="translate(100 80)" fill="#000">Giugno &amp; luglio</text>
<defs><clipPath id="c0"><path d="M110 10l40 0l0 40l-40 0Z" fill="#000"></path></clipPath>
<linearGradient id="g0"><stop offset="0%" stop-color="#00ff00"></stop><stop offset="100%" stop-color="#000000"></stop></linearGradient></defs>
<style><![CDATA[ .zr0-cls-0:hover { cursor:pointer; } ]]></style>
</svg>`;

async function render(): Promise<string> {
  const doc = new PDFDocument({ size: [200, 100], margin: 0 });
  doc.registerFont('regular', notoSans().regular);
  doc.registerFont('bold', notoSans().bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => doc.on('end', r));
  const h = drawSvg(doc, SVG, 0, 0, 200, { regular: 'regular', bold: 'bold' });
  expect(h).toBe(100);
  doc.end();
  await done;
  const file = path.join(dir, 'svg.pdf');
  fs.writeFileSync(file, Buffer.concat(chunks));
  return file;
}

/** RGB of pixel (x, y) of a binary PPM (P6) at 72 dpi, i.e. one pixel per point. */
function pixel(ppm: Buffer, x: number, y: number): [number, number, number] {
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
  const o = m[0].length + (y * Number(m[1]) + x) * 3;
  return [ppm[o]!, ppm[o + 1]!, ppm[o + 2]!];
}

describe('SVG to pdfkit', () => {
  it('places shapes and colours where the SVG does, clips, and writes the text as text', async () => {
    const pdf = await render();
    execFileSync('pdftoppm', ['-r', '72', '-singlefile', pdf, path.join(dir, 'svg')]);
    const ppm = fs.readFileSync(path.join(dir, 'svg.ppm'));
    expect(pixel(ppm, 30, 30)).toEqual([255, 0, 0]); // the rect
    expect(pixel(ppm, 80, 30)).toEqual([0, 0, 255]); // the translated path
    expect(pixel(ppm, 130, 30)).toEqual([0, 255, 0]); // gradient as its first stop, inside the clip
    expect(pixel(ppm, 170, 30)).toEqual([255, 255, 255]); // outside the clip: nothing
    expect(pixel(ppm, 5, 5)).toEqual([255, 255, 255]); // the unpainted full-size path painted nothing
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Giugno & luglio');
  });

  it('reads colours and skips what is not drawn', () => {
    expect(parseColour('rgba(10,20,30,0.5)')).toEqual({ colour: [10, 20, 30], alpha: 0.5 });
    expect(parseColour('none')).toBeNull();
    expect(parseColour('#1f7a4d')).toEqual({ colour: '#1f7a4d', alpha: 1 });
    const root = parseSvg(SVG);
    expect(root.tag).toBe('svg');
    expect(root.children.filter((c) => c.tag === 'text')[0]!.text).toBe('Giugno & luglio');
  });
});

/**
 * The report's charts are ECharts' own (server-side SVG drawn into the PDF): the demo
 * project's report holds the monthly, flow, heatmap and duration charts with text a reader
 * (pdftotext) finds, and the chart pages are not blank when rendered (pdftoppm).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { CoreService } from '../../../../core/api/node/core-service';
import { testService } from '../../../helpers/service';
import { tempDir } from '../../../helpers/tmp';

let dir: string;
let cleanup: () => void;
let api: CoreService;
let pdf: string;
let pages: string[];

beforeAll(async () => {
  ({ dir, cleanup } = tempDir());
  api = testService(dir);
  const project = (await api.openDemoProject({})).path;
  const file = await api.exportReport({ project });
  pdf = path.join(dir, 'report.pdf');
  fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
  if (process.env.KEEP_REPORT) fs.copyFileSync(pdf, process.env.KEEP_REPORT);
  // One text per page (form feed between pages).
  pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
}, 120_000);
afterAll(() => {
  api.dispose();
  cleanup();
});

const pageWith = (title: string) => pages.findIndex((p) => p.includes(title));

describe('report charts', () => {
  it('has the heatmap, the Sankey and the duration curve of each configuration, with their axis labels and node names as text', () => {
    const heat = pageWith('Energia condivisa ora per ora');
    expect(heat).toBeGreaterThan(0);
    // The heatmap's axes: the hour axis name, the day axis name and month names on the days axis.
    expect(pages[heat]).toContain('Giorno dell’anno');
    for (const m of ['gen', 'giu', 'dic']) expect(pages[heat]).toMatch(new RegExp(`\\b${m}\\b`));
    const flow = pageWith("Flussi dell'energia nell'anno");
    expect(flow).toBeGreaterThan(0);
    for (const node of ['Produzione', 'Autoconsumo fisico', 'Condivisa', 'Consumi dei membri']) expect(pages[flow]).toContain(node);
    expect(pages[flow]).toMatch(/\d+,\d MWh/); // Italian decimals on the node labels
    const duration = pageWith('Curve di durata');
    expect(duration).toBeGreaterThan(0);
    expect(pages[duration]).toContain('Ore dell’anno (ordinate)');
    expect(pages[duration]).toMatch(/\b8\.000\b|\b8000\b/); // the hour axis reaches the end of the year
  });

  it('renders the chart pages with ink on them', () => {
    const first = pageWith('Energia mensile') + 1;
    const last = pageWith('Curve di durata') + 1;
    execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', String(first), '-l', String(last), pdf, path.join(dir, 'chart')]);
    const files = fs.readdirSync(dir).filter((n) => n.startsWith('chart') && n.endsWith('.pgm'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    for (const name of files) expect(inked(fs.readFileSync(path.join(dir, name))), name).toBeGreaterThan(2000);
  });
});

/** Pixels darker than light grey in a binary PGM (P5) image. */
function inked(pgm: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 50).toString('latin1'))!;
  let n = 0;
  for (let i = header[0].length; i < pgm.length; i++) if (pgm[i]! < 200) n++;
  return n;
}

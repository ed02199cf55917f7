import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startWebHost, type RunningHost } from './web-host';

let root: string;
let host: RunningHost | undefined;

test.beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-e2e-deliver-'));
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

test('the GSE documents tab: attach the statute, see it present, download the GSE data and the regolamento draft', async ({ page }) => {
  host = await startWebHost(path.join(root, 'ws'), path.join(root, 'cfg'));
  await page.goto(host.appUrl);
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-deliverables').click();
  const statute = page.locator('[data-test="checklist-1"] [data-test="doc-statute-0"]');
  await expect(statute).toContainText('mancante');
  await page.getByTestId('attach-statute-0').first().setInputFiles({ name: 'statuto.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(statute).toContainText('presente');
  await expect(statute).toContainText('statuto.pdf');
  const [opened] = await Promise.all([page.waitForEvent('download'), statute.getByRole('button', { name: 'statuto.pdf' }).click()]);
  expect(opened.suggestedFilename()).toBe('statuto.pdf');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gse').click()]);
  expect(download.suggestedFilename()).toMatch(/-dati-gse\.xlsx$/);
  const file = path.join(root, 'gse.xlsx');
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toContain('Da completare');
  await expect(page.getByTestId('gse-missing')).toContainText('dati da completare');

  // The regolamento draft: a DOCX (a zip) with the 55/45 clause; the demo is simulated on demand.
  const [rego] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-regolamento').click()]);
  expect(rego.suggestedFilename()).toMatch(/-regolamento\.docx$/);
  const docx = path.join(root, 'regolamento.docx');
  await rego.saveAs(docx);
  const { unzipSync } = await import('fflate');
  expect(Buffer.from(unzipSync(fs.readFileSync(docx))['word/document.xml']!).toString('utf8')).toContain('regola 55/45');
});

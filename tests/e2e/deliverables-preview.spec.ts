/**
 * The GSE documents tab's report preview (pdf.js drawing the core's PDF into canvases, under the
 * app's own CSP) and its funding-call screen (the closed PNRR measure, a plant row, the xlsx).
 */
import ExcelJS from 'exceljs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './app-fixture';

test.use({ viewport: { width: 1366, height: 768 } });

test('the report preview draws its first pages, and the PNRR call is shown closed with the plants and its xlsx', async ({ app, page }) => {
  test.setTimeout(180_000);
  // Any CSP refusal (a worker, a font, an eval) would show here: the preview must need none.
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await app.open();
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-deliverables').click();

  await page.getByTestId('preview-open').click();
  await expect(page.getByTestId('preview-busy')).toBeVisible();
  const first = page.getByTestId('preview-page-1');
  await expect(first).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('preview-busy')).toBeHidden({ timeout: 120_000 });
  await expect(page.locator('[data-test="report-preview"] figcaption').first()).toHaveText(/^Pagina 1 di \d+$/);
  await expect(page.locator('[data-test="report-preview"] canvas')).toHaveCount(3);
  // Read the drawn pixels back: an A4 page at 400 CSS px, with the cover's title and band inked.
  const inked = await first.evaluate((c: HTMLCanvasElement) => {
    const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) n++;
    return { n, w: c.width, h: c.height };
  });
  expect(inked.h / inked.w).toBeCloseTo(841.89 / 595.28, 2);
  expect(inked.n).toBeGreaterThan(1000);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('preview-download').click()]);
  expect(pdf.suggestedFilename()).toMatch(/-relazione-tecnica\.pdf$/);
  await page.screenshot({ path: test.info().outputPath('esporta-1366x768.png') });

  // The PNRR measure: closed (its application window shut on 31/03/2025), dates kept.
  await page.getByTestId('call-select').selectOption('pnrr-cer');
  await expect(page.getByTestId('call-past')).toContainText('Bando chiuso');
  await expect(page.getByTestId('call-deadlines')).toContainText('31/03/2025');
  const row = page.locator('[data-test="call-plants"] tbody tr').first();
  await expect(row).toBeVisible();
  await expect(row).toContainText('€');
  await expect(row.locator('.flag').first()).toHaveText(/entro la scadenza|oltre la scadenza|data mancante|non ammissibile/);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('call-download').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/-bando-pnrr-cer\.xlsx$/);
  const file = test.info().outputPath('bando.xlsx');
  await xlsx.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Bando', 'Impianti', 'Scadenze']);

  // The preview's pages and the call's table and flags pass axe (no serious or critical violation).
  const axe = await new AxeBuilder({ page }).include('[data-test="deliverables"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  await page.getByTestId('funding-calls').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('esporta-calls-1366x768.png') });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByTestId('report-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('esporta-1920x1080.png') });
});

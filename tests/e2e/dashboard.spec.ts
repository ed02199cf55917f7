import fs from 'node:fs';
import { test, expect } from './app-fixture';
import { screenshot } from './ui';

test('the dashboard of the demo project: community KPIs, a row per configuration, the charts, a chart saved as PNG and SVG, the table as XLSX', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-dashboard').click();
  await expect(page.getByTestId('dash-empty')).toBeVisible();
  await page.getByTestId('dash-run').click();

  // The community: two configurations of the demo, every KPI in Italian format.
  await expect(page.getByTestId('dash-kpi-kWp')).toHaveText(/^\d{2,3},\d kWp$/, { timeout: 60_000 });
  await expect(page.getByTestId('dash-kpi-members')).toHaveText(/^\d+$/);
  await expect(page.getByTestId('dash-kpi-shared')).toHaveText(/^\d{1,3},\d$/);
  await expect(page.getByTestId('dash-kpi-incentive')).toHaveText(/^[\d.]+ €$/);
  await expect(page.getByTestId('dash-kpi-valorisation')).toHaveText(/^[\d.]+ €$/);
  await expect(page.getByTestId('dash-kpi-co2')).toHaveText(/^\d+(,\d)?$/);
  await expect(page.getByTestId('dash-kpi-selfSufficiency')).toHaveText(/^\d{1,2}(,\d)?%$/);
  // Two configurations and the community's total row.
  await expect(page.locator('[data-test="dash-configurations"] tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-test="dash-configurations"] tbody tr').last()).toContainText('Comunità');
  for (const id of ['flow', 'monthly', 'heatmap', 'duration']) await expect(page.getByTestId(`dash-chart-${id}`).locator('canvas').first()).toBeVisible();
  await screenshot(page, 'dashboard-1366.png', true);

  // The heatmap as PNG: a real PNG file, not empty.
  const heatmap = page.getByTestId('dash-chart-heatmap');
  const [png] = await Promise.all([page.waitForEvent('download'), heatmap.getByTestId('export-png-heatmap').click()]);
  expect(png.suggestedFilename()).toMatch(/heatmap-Comunit.*\.png$/);
  const pngBytes = fs.readFileSync((await png.path())!);
  expect(pngBytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(pngBytes.length).toBeGreaterThan(5000);

  // The flows as SVG: an SVG document with the node names as text.
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-svg-flow').click()]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const svgText = fs.readFileSync((await svg.path())!, 'utf8');
  expect(svgText.startsWith('<svg')).toBe(true);
  expect(svgText).toContain('Autoconsumo fisico');

  // The configurations table as XLSX (a zip: "PK").
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx-configurations').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(fs.readFileSync((await xlsx.path())!).subarray(0, 2).toString('latin1')).toBe('PK');

  // One configuration's charts.
  await page.getByTestId('dash-scope').selectOption({ label: 'Bovisa' });
  await expect(page.getByTestId('dash-chart-heatmap').locator('canvas').first()).toBeVisible();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await screenshot(page, 'dashboard-1920.png', true);
});

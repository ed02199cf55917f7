/**
 * The offline guarantee: the whole app, in Chromium, through its main views (tables, map,
 * simulation, sharing, exports), asks nothing of any host but the loopback web host. Every
 * other request is aborted and recorded; the test fails if there was one.
 */
import { test, expect } from './app-fixture';
import { mapSettled } from './ui';

test('no request leaves the machine: tables, map, simulation, sharing and exports', async ({ page, app }) => {
  test.setTimeout(180_000);
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outside.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  // Requests the page starts but that never reach routing (a WebSocket, a beacon) are seen here.
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol) && !outside.includes(r.url())) outside.push(r.url());
  });

  await app.open();
  await page.getByTestId('open-demo').click();
  await expect(page.locator('[data-test="members-table"] tbody tr')).toHaveCount(10);
  for (const tab of ['plants', 'configurations', 'community', 'rules', 'import']) {
    await page.getByTestId(`tab-${tab}`).click();
    await expect(page.getByTestId(`tab-${tab}`)).toHaveAttribute('aria-current', 'page');
  }
  await page.getByTestId('tab-map').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await mapSettled(page);

  await page.getByTestId('tab-simulation').click();
  await page.getByTestId('run-simulation').click();
  await expect(page.getByTestId('sim-configuration')).toHaveCount(2, { timeout: 60_000 });
  await page.getByTestId('tab-sharing').click();
  await page.waitForLoadState('networkidle');

  await page.getByTestId('tab-deliverables').click();
  const [gse] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-gse').click()]);
  expect(gse.suggestedFilename()).toMatch(/-dati-gse\.xlsx$/);
  const [report] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-report-it').click()]);
  expect(report.suggestedFilename()).toMatch(/\.pdf$/);
  await page.waitForLoadState('networkidle');

  expect(outside).toEqual([]);
});

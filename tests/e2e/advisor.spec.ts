import { test, expect } from './app-fixture';
import { screenshot } from './ui';

/** An Open-Meteo forecast in Europe/Rome: 72 hours from local midnight of 1 June 2026, sunny 8–18 local. */
function forecastJson(): string {
  const time: string[] = [];
  const ghi: number[] = [];
  for (let i = 0; i < 72; i++) {
    const d = Math.floor(i / 24) + 1;
    const h = i % 24;
    time.push(`2026-06-0${d}T${String(h).padStart(2, '0')}:00`);
    ghi.push(h >= 8 && h <= 18 ? 700 : 0);
  }
  return JSON.stringify({ latitude: 45.47, longitude: 9.22, utc_offset_seconds: 7200, timezone: 'Europe/Rome', hourly: { time, shortwave_radiation: ghi } });
}

test('advisor tab: sizing sweep with the best size, member mix with marginal gains, outlook with suggested hours', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-advisor').click();
  await expect(page.getByTestId('tab-advisor')).toHaveText('Consulente');

  // Sizing: four sizes of the first plant; one row is marked best, and the chart is drawn.
  await page.getByTestId('adv-steps').fill('4');
  await page.getByTestId('adv-run-sizing').click();
  await expect(page.getByTestId('adv-size-best')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByTestId('adv-size')).toHaveCount(3);
  await expect(page.getByTestId('adv-best-size')).toContainText(/Taglia consigliata per .+: [\d.,]+ kWp/);
  await expect(page.locator('[data-test="adv-sizing"] canvas').first()).toBeVisible();

  // Members: the default typical candidates (3 citizens, 2 SMEs), each with its gain and daytime share.
  await page.getByTestId('adv-run-members').click();
  await expect(page.getByTestId('adv-candidate')).toHaveCount(5, { timeout: 60_000 });
  await expect(page.getByTestId('adv-candidate').first()).toContainText('%');
  await expect(page.getByTestId('adv-methods')).toContainText('Scelta un candidato alla volta (greedy)');
  await expect(page.getByTestId('adv-methods')).toContainText('Ricerca esaustiva');
  // Gains and scores in the objective's unit (here shared energy, kWh a year).
  await expect(page.locator('[data-test="adv-members"] table.candidates thead')).toContainText('Guadagno marginale (kWh/anno)');
  await expect(page.getByTestId('adv-methods')).toContainText(/Ricerca esaustiva: [\d.]+ kWh\/anno/);

  // Outlook on an uploaded forecast: three days with suggested windows and the members' message.
  await page.getByTestId('adv-forecast').setInputFiles({ name: 'previsione.json', mimeType: 'application/json', buffer: Buffer.from(forecastJson()) });
  await page.getByTestId('adv-run-outlook').click();
  await expect(page.getByTestId('adv-outlook-basis')).toContainText('Europe/Rome');
  await expect(page.locator('[data-test="adv-windows"] li')).toHaveCount(3);
  await expect(page.getByTestId('adv-message')).toHaveValue(/meglio tra le \d\d:00–\d\d:00/);
  await screenshot(page, 'advisor.png', true);
});

/** "75.498" or "-3.185" as the table writes it (Italian grouping) → a number. */
const itNumber = (s: string) => Number(s.trim().replace(/[−–]/g, '-').replace(/\./g, '').replace(',', '.'));

test('advisor tab at 1366×768: kWp × storage sweep, the best pair marked and explained', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open();
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tab-advisor').click();

  // A list the app cannot read is said so, and the sweep cannot start.
  await page.getByTestId('adv-storage').fill('0; tanti');
  await expect(page.getByTestId('adv-storage-invalid')).toBeVisible();
  await expect(page.getByTestId('adv-run-sizing')).toBeDisabled();

  // Two sizes × (no storage, 20 kWh, 40 kWh): six rows, one best, at the objective's maximum.
  await page.getByTestId('adv-objective').selectOption('shared');
  await page.getByTestId('adv-steps').fill('2');
  await page.getByTestId('adv-storage').fill('0; 20; 40');
  await expect(page.getByTestId('adv-storage-invalid')).toHaveCount(0);
  await page.getByTestId('adv-run-sizing').click();
  await expect(page.getByTestId('adv-size-best')).toHaveCount(1, { timeout: 60_000 });
  await expect(page.getByTestId('adv-size')).toHaveCount(5);
  const sizing = page.getByTestId('adv-sizing');
  await expect(sizing.locator('th').nth(1)).toHaveText('Accumulo (kWh)');
  // Columns: kWp, storage kWh, shared kWh, …: the best row has the most shared energy.
  const rows = await sizing.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
  expect(rows.map((r) => r[1]!.trim())).toEqual(['0', '20', '40', '0', '20', '40']);
  const shared = rows.map((r) => itNumber(r[2]!));
  const best = shared.indexOf(Math.max(...shared));
  const bestRow = sizing.getByTestId('adv-size-best');
  await expect(bestRow.locator('td').nth(1)).toHaveText(rows[best]![1]!.trim());
  await expect(page.getByTestId('adv-best-size')).toContainText(`${rows[best]![0]!.replace('★', '').trim()} kWp con ${rows[best]![1]!.trim()} kWh di accumulo`);
  await expect(sizing.locator('canvas').first()).toBeVisible();
  // The most shared energy comes with the largest storage tried: the tab says a larger one may do better.
  await expect(page.getByTestId('adv-best-storage-at-top')).toBeVisible();
  await sizing.scrollIntoViewIfNeeded();
  await screenshot(page, 'advisor-storage-1366.png');
  // The same sweep on a 1920×1080 projector: the table and its chart side by side, nothing cut.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await sizing.scrollIntoViewIfNeeded();
  await expect(sizing.locator('canvas').first()).toBeVisible();
  await screenshot(page, 'advisor-storage-1920.png');
});

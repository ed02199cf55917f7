/**
 * Help where people need it (issue 15): the guide opens from a view on that view's page, a
 * citation opens that page of the GSE operating rules (shipped, offline), the first-run tour
 * greets the demo project once and never after it is dismissed, and the user guide prints.
 */
import { test, expect } from './app-fixture';

test.use({ tour: true });

test('the first-run tour shows on the demo project once, and not after dismissal', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('open-demo').click();
  const tour = page.getByTestId('tour');
  await expect(tour).toBeVisible();
  await expect(tour).toHaveAttribute('data-step', '0');
  await expect(tour).toContainText('Membri');
  // Map, simulation, results, exports, one step each.
  for (const [step, text] of [['1', 'Mappa'], ['2', 'Simulazione'], ['3', 'Risultati'], ['4', 'Documenti']] as const) {
    await page.getByTestId('tour-next').click();
    await expect(tour).toHaveAttribute('data-step', step);
    await expect(tour).toContainText(text);
  }
  await page.getByTestId('tour-back').click();
  await expect(tour).toHaveAttribute('data-step', '3');
  await page.getByTestId('tour-close').click();
  await expect(tour).toHaveCount(0);

  // Opened again (back home, then a reload of the whole app): no tour.
  await page.getByRole('link', { name: '← Progetti' }).click();
  await page.getByTestId('open-demo').click();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await expect(page.getByTestId('tour')).toHaveCount(0);

  // It can be asked for again from the guide.
  await page.getByTestId('guide-open').click();
  await page.getByTestId('guide-tour').click();
  await expect(page.getByTestId('tour')).toHaveAttribute('data-step', '0');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
});

test('the guide opens from a view on its page; a citation opens that page of the operating rules', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('open-demo').click();
  await page.getByTestId('tour-close').click();
  await page.getByTestId('tab-plants').click();
  await page.getByTestId('help').click();
  const guide = page.getByTestId('guide-panel');
  await expect(guide.getByTestId('guide-page')).toHaveAttribute('data-page', 'plants');
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText('Impianti');

  // [RO p.10]: the 1 MW limit, in the text of the rules themselves.
  await guide.locator('[data-test="cite"][data-page="10"]').first().click();
  const reader = page.getByTestId('rules-reader');
  await expect(reader).toHaveAttribute('data-page', '10');
  await expect(reader).toContainText('Regole operative GSE — pagina 10');
  await expect(reader.getByTestId('reader-text')).toContainText('ecceda la soglia di 1 MW');
  await reader.getByTestId('reader-next').click();
  await expect(reader).toHaveAttribute('data-page', '11');
  await reader.getByTestId('reader-goto').fill('39');
  await reader.getByTestId('reader-goto').press('Enter');
  await expect(reader.getByTestId('reader-text')).toContainText('soglia minima di importo pari a');
  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);

  // Another view, another page (the open guide follows the tabs); and the language.
  await page.getByTestId('tab-simulation').click();
  await expect(guide.getByTestId('guide-page')).toHaveAttribute('data-page', 'simulation');
  await page.getByTestId('lang-switch').click();
  await expect(guide.getByRole('heading', { level: 1 })).toHaveText('Simulation');
  await page.getByTestId('lang-switch').click();
  await guide.getByTestId('guide-close').click();
  await expect(guide).toHaveCount(0);

  // A finding's source opens its page too.
  const source = page.getByTestId('findings-panel').locator('[data-test="finding-source"] [data-test="cite"]').first();
  const cited = await source.getAttribute('data-page');
  await source.click();
  await expect(reader).toHaveAttribute('data-page', cited!);
});

test('the user guide prints: every page in reading order', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('guide-open').click();
  await expect(page.getByTestId('guide-page')).toHaveAttribute('data-page', 'home');
  await page.getByTestId('guide-print').click();
  const printable = page.getByTestId('guide-print-page');
  await expect(printable.locator('article')).toHaveCount(16);
  await expect(printable.locator('article').first()).toContainText('Guida di Condivisa');
  await expect(printable.locator('article[data-page="workshop"]')).toContainText('laboratorio');
  // The same guide as a PDF.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('guide-pdf').click()]);
  expect(pdf.suggestedFilename()).toBe('condivisa-guida-d-uso.pdf');
});

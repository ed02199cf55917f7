/** Steps of the app every end-to-end spec repeats, each ending on a visible state (no sleeps). */
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The edit reached the project file: the status says so. */
export async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Salvato');
}

/** Types into a table cell and commits it as a user does (Enter blurs and saves). */
export async function editCell(page: Page, row: Locator, label: string, value: string): Promise<void> {
  const input = row.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Enter');
  await saved(page);
}

/** Creates a project from the home page and waits for it to open. */
export async function newProject(page: Page, name: string): Promise<void> {
  await page.getByTestId('new-name').fill(name);
  await page.getByTestId('create').click();
  await expect(page.getByTestId('project-name')).toContainText(name);
}

/** Opens the map tab and waits for the basemap. */
export async function openMap(page: Page): Promise<void> {
  await page.getByTestId('tab-map').click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await mapSettled(page);
}

/**
 * Waits until the map stands still: no zoom animation running and the map pane at the same
 * place over two animation frames (Leaflet pans by script, frame by frame).
 */
export async function mapSettled(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const container = document.querySelector('[data-test="map"]');
            const pane = document.querySelector<HTMLElement>('.leaflet-map-pane');
            if (!container || !pane) return resolve(false);
            const before = pane.style.transform;
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(!container.classList.contains('leaflet-zoom-anim') && pane.style.transform === before)));
          }),
      ),
    )
    .toBe(true);
}

/** A screenshot of the page among this test's outputs (test-results/…), animations run to their end. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(name), animations: 'disabled', fullPage });
}

/** A screenshot of one element (the map), as `screenshot`. */
export async function screenshotOf(target: Locator, name: string): Promise<void> {
  await target.screenshot({ path: test.info().outputPath(name), animations: 'disabled' });
}

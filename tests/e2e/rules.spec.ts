import type { Page } from '@playwright/test';
import { writeMilanAreas } from './milan-areas';
import { test, expect } from './app-fixture';
import { editCell, mapSettled, newProject, openMap, saved, screenshot, screenshotOf } from './ui';

const finding = (page: Page, rule: string) => page.locator(`[data-test="findings-panel"] [data-test="finding"][data-rule="${rule}"]`);

test('findings panel: a one-member CER blocks, a second member fixes it, a large enterprise is linked to its row', async ({ page, app }) => {
  await app.open();
  await newProject(page, 'CER Regole');

  // The panel is there from the start and says the configuration rules wait for a configuration.
  const panel = page.getByTestId('findings-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('findings-no-configuration')).toBeVisible();

  await page.getByTestId('tab-configurations').click();
  await page.getByTestId('add-configuration').click();
  await saved(page);

  // One member in the configuration: blocking "at least two members" with its source.
  await page.getByTestId('tab-members').click();
  await page.getByTestId('add-member').click();
  await saved(page);
  const first = page.locator('[data-test="members-table"] tbody tr').nth(0);
  await editCell(page, first, 'Nome', 'Maria Bianchi');
  await editCell(page, first, 'POD', 'IT001E00000011');
  await first.getByLabel('Configurazione').selectOption({ index: 1 });
  await saved(page);
  const minMembers = finding(page, 'cer.min-members');
  await expect(minMembers).toHaveCount(1);
  await expect(minMembers).toHaveAttribute('data-severity', 'blocking');
  await expect(minMembers).toContainText('una CER ne richiede almeno 2');
  await expect(minMembers.getByTestId('finding-source')).toHaveText('Fonte: [RO p.16]');
  await expect(minMembers).toContainText('Come risolvere: Assegnare alla configurazione altri membri');
  await expect(panel.getByTestId('count-blocking')).not.toHaveText('Bloccanti: 0');

  // A second member and a plant: the finding goes away.
  await page.getByTestId('add-member').click();
  await saved(page);
  const second = page.locator('[data-test="members-table"] tbody tr').nth(1);
  await editCell(page, second, 'Nome', 'Grande Fabbrica SpA');
  await editCell(page, second, 'POD', 'IT001E00000012');
  await second.getByLabel('Configurazione').selectOption({ index: 1 });
  await saved(page);
  await page.getByTestId('tab-plants').click();
  await page.getByTestId('add-plant').click();
  await saved(page);
  const plant = page.locator('[data-test="plants-table"] tbody tr').nth(0);
  await editCell(page, plant, 'Nome', 'FV tetto');
  await plant.getByLabel('Configurazione').selectOption({ index: 1 });
  await saved(page);
  await expect(minMembers).toHaveCount(0);
  await expect(finding(page, 'config.connection-points')).toHaveCount(0);

  // A large enterprise: blocking finding on that member; clicking it selects the member row.
  await page.getByTestId('tab-members').click();
  await second.getByLabel('Categoria').selectOption({ label: 'Grande impresa' });
  await saved(page);
  const large = finding(page, 'cer.member-category');
  await expect(large).toHaveCount(1);
  await expect(large).toHaveAttribute('data-severity', 'blocking');
  await expect(large.getByTestId('finding-source')).toHaveText('Fonte: [RO p.18]');
  const memberId = (await large.getAttribute('data-entity'))!.split(':')[1]!;

  // Filters: by entity kind and severity.
  await panel.getByTestId('findings-filter-kind').selectOption('configuration');
  await expect(large).toHaveCount(0);
  await panel.getByTestId('findings-filter-kind').selectOption('member');
  await panel.getByTestId('findings-filter-severity').selectOption('blocking');
  await expect(large).toHaveCount(1);
  await expect(panel.locator('[data-test="finding"][data-severity="warning"]')).toHaveCount(0);

  await page.getByTestId('tab-plants').click();
  await large.getByTestId('finding-target').click();
  await expect(page.getByTestId('tab-members')).toHaveClass(/active/);
  const row = page.locator(`[data-test="members-table"] tr[data-member="${memberId}"]`);
  await expect(row).toHaveClass(/rule-selected/);
  await expect(page.locator('tr.rule-selected')).toHaveCount(1);
  await page.getByTestId('findings-filter-severity').selectOption('');
  await page.getByTestId('findings-filter-kind').selectOption('');
  await screenshot(page, 'rules.png');

  // Fixed by the edit it asks for.
  await row.getByLabel('Categoria').selectOption({ label: 'PMI' });
  await saved(page);
  await expect(large).toHaveCount(0);
});

test('rule fields and the Milan preset from the Requisiti tab', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('open-demo').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByTestId('findings-panel').getByTestId('finding').first()).toBeVisible();

  // Open the fields of the first member or plant with a finding, then declare net metering.
  const entityFinding = page.locator('[data-test="finding"][data-entity^="member:"], [data-test="finding"][data-entity^="plant:"]').first();
  const entity = (await entityFinding.getAttribute('data-entity'))!;
  const [kind, id] = entity.split(':') as ['member' | 'plant', string];
  await expect(finding(page, `${kind}.net-metering`)).toHaveCount(0);
  await entityFinding.getByTestId('finding-fields').click();
  await expect(page.getByTestId('tab-rules')).toHaveClass(/active/);
  await expect(page.getByTestId('rule-entity-kind')).toHaveValue(kind);
  await expect(page.getByTestId('rule-entity')).toHaveValue(id);
  // The field says which rule it feeds by the rule's title, not its id.
  await expect(page.getByTestId('rule-field-netMetering')).not.toContainText(`${kind}.net-metering`);
  await expect(page.getByTestId('rule-field-netMetering')).toContainText(/usato da .*[Ss]cambio sul [Pp]osto/);
  await page.getByTestId('rule-field-netMetering').getByRole('checkbox').check();
  await saved(page);
  await expect(finding(page, `${kind}.net-metering`)).toHaveCount(1);
  await expect(finding(page, `${kind}.net-metering`)).toHaveAttribute('data-entity', entity);

  // The Milan preset adds its two local rules.
  await page.getByTestId('apply-preset-milano-cer-ca-mi').click();
  await saved(page);
  await expect(page.locator('[data-test="local-rule"]')).toHaveCount(2);
  await expect(page.getByTestId('apply-preset-milano-cer-ca-mi')).toBeDisabled();
  await screenshot(page, 'rules-fields.png');

  await page.getByTestId('rule-field-netMetering').getByRole('checkbox').uncheck();
  await saved(page);
  await expect(finding(page, `${kind}.net-metering`)).toHaveCount(0);

  // English explanations when the UI is English.
  await page.getByTestId('lang-switch').click();
  const any = page.getByTestId('findings-panel').getByTestId('finding').first();
  await expect(any).toContainText('How to fix:');
  await expect(any.getByTestId('finding-source')).toHaveText(/^Source: /);
});

// --- the map marks points with findings; custom local rules ------------------------------------

async function newProjectWithConfiguration(page: Page, name: string, substationCode?: string) {
  await newProject(page, name);
  await page.getByTestId('tab-configurations').click();
  await page.getByTestId('add-configuration').click();
  await saved(page);
  if (substationCode) {
    const row = page.locator('[data-test="configurations-table"] tbody tr').nth(0);
    await editCell(page, row, 'Codice cabina primaria', substationCode);
  }
}

test('the map marks a member outside its configuration area and shows it from its finding', async ({ page, app }) => {
  const areasFile = writeMilanAreas(app.root);
  await app.open();
  await newProjectWithConfiguration(page, 'CER Mappa Regole', 'AC001E00934');

  // Import the areas and place two members: one in the configuration's area, one next door.
  await openMap(page);
  await page.getByTestId('areas-path').fill(areasFile);
  await page.getByTestId('areas-import').click();
  await expect(page.getByTestId('import-report')).toContainText('2 aree importate');
  await mapSettled(page); // the view fits the imported areas
  await page.getByTestId('map-mode-add-member').click();
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.65, box.y + box.height * 0.5);
  await expect(page.getByTestId('map-last-placed')).toContainText('area AC001E00934');
  await saved(page);
  await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.5);
  await expect(page.getByTestId('map-last-placed')).toContainText('area AC001E00935');
  await saved(page);
  // Two plants, one in each area.
  await page.getByTestId('map-mode-add-plant').click();
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.62);
  await expect(page.getByTestId('map-last-placed')).toContainText('area AC001E00934');
  await saved(page);
  await page.mouse.click(box.x + box.width * 0.22, box.y + box.height * 0.65);
  await expect(page.getByTestId('map-last-placed')).toContainText('area AC001E00935');
  await saved(page);
  await page.getByTestId('map-mode-pan').click();

  // Both in the configuration, with a POD: the second lies outside the configuration's area.
  await page.getByTestId('tab-members').click();
  const rows = page.locator('[data-test="members-table"] tbody tr');
  for (const [i, name, pod] of [[0, 'Casa Dentro', 'IT001E00000021'], [1, 'Casa Fuori', 'IT001E00000022']] as const) {
    await editCell(page, rows.nth(i), 'Nome', name);
    await editCell(page, rows.nth(i), 'POD', pod);
    await rows.nth(i).getByLabel('Configurazione').selectOption({ index: 1 });
    await saved(page);
  }
  await page.getByTestId('tab-plants').click();
  const plantRows = page.locator('[data-test="plants-table"] tbody tr');
  for (const i of [0, 1]) {
    await plantRows.nth(i).getByLabel('Configurazione').selectOption({ index: 1 });
    await saved(page);
  }
  const plantIds = await plantRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-plant')));
  const outsidePlant = page.locator(`[data-test="findings-panel"] [data-test="finding"][data-rule="point.substation-area"][data-entity="plant:${plantIds[1]}"]`);
  await expect(outsidePlant).toHaveAttribute('data-severity', 'blocking');
  const outside = page.locator('[data-test="findings-panel"] [data-test="finding"][data-rule="point.substation-area"][data-entity^="member:"]');
  await expect(outside).toHaveCount(1);
  await expect(outside).toHaveAttribute('data-severity', 'blocking');
  await expect(outside).toContainText('ricade nell\'area AC001E00935, non in AC001E00934');
  const entity = (await outside.getAttribute('data-entity'))!;
  expect(entity).toMatch(/^member:\d+$/);

  // The map: a red badge on that member only, listed beside the map, legend updated.
  await openMap(page);
  const mark = page.locator(`[data-test="map-finding"][data-entity="${entity}"]`);
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('data-severity', 'blocking');
  await expect(mark).toHaveCSS('background-color', 'rgb(192, 57, 43)');
  await expect(page.locator('[data-test="map-finding"][data-entity^="member:"]')).toHaveCount(1);
  // The plant outside the area is red; the one inside only has warnings (no owner): amber.
  await expect(page.locator(`[data-test="map-finding"][data-entity="plant:${plantIds[1]}"]`)).toHaveAttribute('data-severity', 'blocking');
  await expect(page.locator(`[data-test="map-finding"][data-entity="plant:${plantIds[0]}"]`)).toHaveAttribute('data-severity', 'warning');
  await expect(page.locator('.map-plant.finding-warning')).toHaveCount(1);
  await expect(page.locator('.map-plant.finding-blocking')).toHaveCount(1);
  await expect(page.getByTestId('map-findings-item').filter({ hasText: 'Casa Fuori' })).toHaveCount(1);
  await expect(page.getByTestId('map-findings-item').filter({ hasText: 'Casa Dentro' })).toHaveCount(0);
  await expect(page.getByTestId('legend-finding-blocking')).toContainText('Controllo bloccante');
  await expect(page.getByTestId('legend-finding-warning')).toBeVisible();
  await screenshotOf(page.getByTestId('map'), 'rules-map-marks.png');

  // Clicking the finding while on the map: the map shows the point, with its findings' short text.
  await outside.getByTestId('finding-target').click();
  await expect(page.getByTestId('tab-map')).toHaveClass(/active/);
  await expect(page.locator(`[data-test="map-focus"][data-entity="${entity}"]`)).toBeVisible();
  const tooltip = page.locator('.leaflet-tooltip');
  await expect(tooltip).toContainText('Casa Fuori');
  await expect(tooltip).toContainText('Bloccante Tutti i punti sotto la medesima cabina primaria');
  await mapSettled(page);
  await screenshot(page, 'rules-map.png'); // the highlight's pulse run to its end

  // From another tab, "Mostra sulla mappa" switches to the map and shows the point; the table
  // selection still follows the finding.
  await page.getByTestId('tab-plants').click();
  await outside.getByTestId('finding-map').click();
  await expect(page.getByTestId('tab-map')).toHaveClass(/active/);
  await expect(page.getByTestId('map')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
  await expect(page.locator(`[data-test="map-focus"][data-entity="${entity}"]`)).toBeVisible();
  await expect(page.locator('.leaflet-tooltip')).toContainText('Casa Fuori');
  // Not blank blue: the view has a real position (the map had no zoom yet when asked to show the point).
  await expect(page.locator('.leaflet-map-pane')).not.toHaveAttribute('style', /NaN/);
  await expect(page.locator('.map-place').first()).toBeAttached();
  await page.getByTestId('tab-members').click();
  await expect(page.locator(`tr[data-member="${entity.split(':')[1]}"]`)).toHaveClass(/rule-selected/);

  // Fixed (out of the configuration): the finding and the mark go away.
  await rows.nth(1).getByLabel('Configurazione').selectOption({ index: 0 });
  await saved(page);
  await expect(outside).toHaveCount(0);
  await openMap(page);
  await expect(page.locator(`[data-test="map-finding"][data-entity="${entity}"]`)).toHaveCount(0);
  await expect(page.getByTestId('map-findings-item').filter({ hasText: 'Casa Fuori' })).toHaveCount(0);
});

test('a custom local rule: plants from 10 to 1000 kW flags a 5 kW plant; bad input names the field', async ({ page, app }) => {
  await app.open();
  await newProjectWithConfiguration(page, 'CER Regola Locale');

  await page.getByTestId('tab-plants').click();
  await page.getByTestId('add-plant').click();
  await saved(page);
  const plant = page.locator('[data-test="plants-table"] tbody tr').nth(0);
  await editCell(page, plant, 'Nome', 'FV piccolo');
  await editCell(page, plant, 'Potenza (kWp)', '5');
  await plant.getByLabel('Configurazione').selectOption({ index: 1 });
  await saved(page);
  await expect(page.locator('[data-test="finding"][data-rule^="local."]')).toHaveCount(0);

  await page.getByTestId('tab-rules').click();
  const form = page.getByTestId('local-rule-form');
  await form.getByTestId('local-rule-form-open').click();
  await expect(form.getByTestId('lr-kind')).toHaveValue('plantPowerRange');

  // Text where a number goes, and no source: nothing is saved, each field says what is wrong.
  await form.getByTestId('lr-minKw').fill('dieci');
  await form.getByTestId('lr-maxKw').fill('1000');
  await form.getByTestId('lr-add').click();
  await expect(form.getByTestId('lr-error-minKw')).toHaveText('deve essere un numero ≥ 0');
  await expect(form.getByTestId('lr-error-source')).toHaveText('obbligatoria');
  await expect(form.getByTestId('lr-errors')).toContainText('Potenza minima (kW): deve essere un numero ≥ 0');
  await expect(form.getByTestId('lr-errors')).toContainText('Fonte (bando, delibera…): obbligatoria');
  await expect(page.getByTestId('local-rule')).toHaveCount(0);
  await form.scrollIntoViewIfNeeded();
  await screenshot(page, 'rules-local-errors.png');

  // Minimum above the maximum.
  await form.getByTestId('lr-minKw').fill('2000');
  await form.getByTestId('lr-source').fill('Bando CER del Comune, 2025');
  await form.getByTestId('lr-add').click();
  await expect(form.getByTestId('lr-error-maxKw')).toHaveText('è minore della potenza minima');
  await expect(form.getByTestId('lr-error-source')).toHaveCount(0);

  // Another kind shows its own fields and errors.
  await form.getByTestId('lr-kind').selectOption('plantSourceAllowed');
  await expect(form.getByTestId('lr-minKw')).toHaveCount(0);
  await form.getByTestId('lr-add').click();
  await expect(form.getByTestId('lr-error-sources')).toHaveText('scegliere almeno una fonte');

  // A good one: 10–1000 kW, title suggested from the parameters.
  await form.getByTestId('lr-kind').selectOption('plantPowerRange');
  await form.getByTestId('lr-minKw').fill('10');
  await form.getByTestId('lr-maxKw').fill('1.000');
  await expect(form.getByTestId('lr-title')).toHaveAttribute('placeholder', 'Impianti da 10 a 1000 kW');
  await screenshot(page, 'rules-local-form.png', true);
  await form.getByTestId('lr-add').click();
  await saved(page);
  await expect(form.getByTestId('lr-added')).toContainText('Impianti da 10 a 1000 kW');
  await expect(form.getByTestId('lr-errors')).toHaveCount(0);
  const rule = page.locator('[data-test="local-rule"][data-rule="impianti-da-10-a-1000-kw"]');
  await expect(rule).toContainText('Impianti da 10 a 1000 kW');
  await expect(rule.getByTestId('local-rule-params')).toHaveText('Potenza minima (kW): 10 · Potenza massima (kW): 1.000 · Bloccante');

  const local = page.locator('[data-test="findings-panel"] [data-test="finding"][data-rule="local.impianti-da-10-a-1000-kw"]');
  await expect(local).toHaveCount(1);
  await expect(local).toHaveAttribute('data-severity', 'blocking');
  await expect(local).toContainText('"FV piccolo" ha 5 kW, fuori dall\'intervallo 10–1000 kW.');
  await expect(local.getByTestId('finding-source')).toHaveText('Fonte: Bando CER del Comune, 2025');
  await expect(local).toContainText('regola locale');
  await rule.scrollIntoViewIfNeeded();
  await screenshot(page, 'rules-local.png');

  // Stays after a reload; removing it clears the finding.
  await page.reload();
  await page.getByTestId('tab-rules').click();
  await expect(rule).toHaveCount(1);
  await expect(local).toHaveCount(1);
  await page.getByTestId('local-rule-remove-impianti-da-10-a-1000-kw').click();
  await saved(page);
  await expect(local).toHaveCount(0);
});

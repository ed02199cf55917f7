import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost, type RunningHost } from './web-host';

let workspace: string;
let configDir: string;
let host: RunningHost | undefined;

test.beforeEach(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'condivisa-e2e-rules-'));
  workspace = path.join(root, 'workspace');
  configDir = path.join(root, 'config');
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText('Salvato');
}

async function editCell(page: Page, row: ReturnType<Page['locator']>, label: string, value: string) {
  const input = row.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Enter');
  await saved(page);
}

const finding = (page: Page, rule: string) => page.locator(`[data-test="findings-panel"] [data-test="finding"][data-rule="${rule}"]`);

test('findings panel: a one-member CER blocks, a second member fixes it, a large enterprise is linked to its row', async ({ page }) => {
  host = await startWebHost(workspace, configDir);
  await page.goto(host.appUrl);
  await page.getByTestId('new-name').fill('CER Regole');
  await page.getByTestId('create').click();
  await expect(page.getByTestId('project-name')).toContainText('CER Regole');

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
  await page.screenshot({ path: '/tmp/rules-screenshot.png', fullPage: false });

  // Fixed by the edit it asks for.
  await row.getByLabel('Categoria').selectOption({ label: 'PMI' });
  await saved(page);
  await expect(large).toHaveCount(0);
});

test('rule fields and the Milan preset from the Requisiti tab', async ({ page }) => {
  host = await startWebHost(workspace, configDir);
  await page.goto(host.appUrl);
  await page.getByTestId('open-demo').click();
  await expect(page.getByTestId('demo-banner')).toBeVisible();
  await expect(page.getByTestId('findings-panel').getByTestId('finding').first()).toBeVisible();
  await expect(finding(page, 'member.net-metering')).toHaveCount(0);

  // Open the fields of the first member from one of its findings, then declare net metering.
  const memberFinding = page.locator('[data-test="finding"][data-entity^="member:"]').first();
  const entity = (await memberFinding.getAttribute('data-entity'))!;
  await memberFinding.getByTestId('finding-fields').click();
  await expect(page.getByTestId('tab-rules')).toHaveClass(/active/);
  await expect(page.getByTestId('rule-entity-kind')).toHaveValue('member');
  await expect(page.getByTestId('rule-entity')).toHaveValue(entity.split(':')[1]!);
  await page.getByTestId('rule-field-netMetering').getByRole('checkbox').check();
  await saved(page);
  await expect(finding(page, 'member.net-metering')).toHaveCount(1);
  await expect(finding(page, 'member.net-metering')).toHaveAttribute('data-entity', entity);

  // The Milan preset adds its two local rules.
  await page.getByTestId('apply-preset-milano-cer-ca-mi').click();
  await saved(page);
  await expect(page.locator('[data-test="local-rule"]')).toHaveCount(2);
  await expect(page.getByTestId('apply-preset-milano-cer-ca-mi')).toBeDisabled();
  await page.screenshot({ path: '/tmp/rules-fields-screenshot.png', fullPage: false });

  await page.getByTestId('rule-field-netMetering').getByRole('checkbox').uncheck();
  await saved(page);
  await expect(finding(page, 'member.net-metering')).toHaveCount(0);

  // English explanations when the UI is English.
  await page.getByTestId('lang-switch').click();
  const any = page.getByTestId('findings-panel').getByTestId('finding').first();
  await expect(any).toContainText('How to fix:');
  await expect(any.getByTestId('finding-source')).toHaveText(/^Source: /);
});

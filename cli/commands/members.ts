/**
 * `condivisa members <file.condivisa> [--json]`: members with their PODs, annual consumption,
 * the consumption the engine uses and its source (curve, bills, estimate), and imported data coverage.
 */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { createHostService } from '../../core/api/node/host-setup';
import { num } from '../format';

const SOURCE_IT = { curve: 'curva', bills: 'bollette', estimate: 'stima' } as const;

export const command: CommandModule = {
  summary: 'list the members with their PODs, annual consumption, the consumption used (and its source) and imported curve coverage',
  usage: 'condivisa members <file.condivisa> [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' } }, 1);
    const project = path.resolve(requirePositional(positionals, 0, 'project file'));
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const [members, data] = await Promise.all([service.listMembers({ project }), service.listImportedData({ project })]);
      const curves = new Map(data.curves.map((c) => [c.pod, c]));
      const bills = new Map(data.bills.map((b) => [b.pod, b]));
      const rows = members.map((m) => {
        const withCurve = m.pods.filter((p) => curves.has(p));
        return {
          id: m.id,
          name: m.name,
          category: m.category,
          pod: m.pods[0] ?? null,
          pods: m.pods,
          annualKWh: m.annualKWh,
          /** What the engine uses for the member's consumption: imported curve, bills, or the annual estimate. */
          consumptionSource: m.consumptionSource,
          /** The yearly consumption the engine uses, from that source [kWh]. */
          effectiveAnnualKWh: m.effectiveAnnualKWh,
          configurationId: m.configurationId,
          /** Mean coverage [%] of the imported curves of the member's PODs; null without curves. */
          coverage: withCurve.length ? withCurve.reduce((s, p) => s + curves.get(p)!.coveragePct, 0) / withCurve.length : null,
          curveKWh: withCurve.length ? withCurve.reduce((s, p) => s + curves.get(p)!.totalKWh, 0) : null,
          curvePods: withCurve,
          billPods: m.pods.filter((p) => bills.has(p)),
        };
      });
      if (values.json) {
        printJson(rows);
        return 0;
      }
      const fmt = { format: (v: number) => num(v, 1) };
      for (const r of rows) {
        const cov = r.coverage === null ? 'nessuna curva' : `curva ${fmt.format(r.curveKWh ?? 0)} kWh, copertura ${fmt.format(r.coverage)}%`;
        const used = `consumo usato ${fmt.format(r.effectiveAnnualKWh)} kWh (${SOURCE_IT[r.consumptionSource]})`;
        console.log(`${String(r.id).padStart(4)}  ${r.name} — ${r.pods.join(', ') || 'nessun POD'} — ${fmt.format(r.annualKWh)} kWh/anno — ${used} — ${cov}${r.billPods.length ? `, bollette per ${r.billPods.length} POD` : ''}`);
      }
      return 0;
    } finally {
      service.dispose();
    }
  },
};

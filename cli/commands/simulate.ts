import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';
import type { ScenarioResult } from '../../core/scenario/types';
import { textIn } from '../../core/model/messages';
import { cents, num, pct } from '../format';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const command: CommandModule = {
  summary: 'simulate the project: production, consumption, self-consumption and shared energy per configuration',
  usage: 'condivisa simulate <file.condivisa> [--step 60|15] [--weather <PVGIS/EPW file, kept in the project>] [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { step: { type: 'string', default: '60' }, weather: { type: 'string' }, json: { type: 'boolean' } }, 1);
    const file = path.resolve(requirePositional(positionals, 0, 'project file'));
    const stepMinutes = Number(values.step);
    if (stepMinutes !== 15 && stepMinutes !== 60) throw new UserError('--step must be 60 or 15');
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      // A weather file given here becomes the project's weather (PV and wind) for this and later runs.
      if (values.weather) await service.setProjectWeather({ project: file, path: path.resolve(values.weather) });
      const { jobId } = await service.startSimulation({ project: file, stepMinutes });
      let job = await service.getJob({ jobId });
      while (job.status === 'running') {
        if (!values.json && process.stderr.isTTY) process.stderr.write(`\r${Math.round(job.progress * 100)}% ${job.label.slice(0, 50).padEnd(50)}`);
        // The run shares this thread (the CLI host runs it in place): a short wait lets it
        // work and notices its end at once, where 20 ms cost up to 20 ms of every command.
        await sleep(2);
        job = await service.getJob({ jobId });
      }
      if (!values.json && process.stderr.isTTY) process.stderr.write('\r'.padEnd(60) + '\r');
      if (job.status !== 'done') throw new UserError(job.error?.message ?? `simulation ${job.status}`);
      const result = job.result as ScenarioResult;
      if (values.json) {
        // Each member's share follows the project's sharing rules (core/sharing), to the cent;
        // where the rules cannot divide this result (e.g. the 55/45 pot), the pro-rata share
        // stays and the reason is given.
        const shares = await service.computeSharing({ project: file }).then(
          (v) => ({ byMember: new Map(v.members.map((m) => [m.id, m.totalEur])), note: null as string | null }),
          (e: unknown) => ({ byMember: new Map<number, number>(), note: (e as Error).message }),
        );
        // Money and carbon headline figures also sit directly on each configuration.
        printJson({
          ...result,
          sharing: shares.note === null ? { rules: 'project' } : { rules: 'pro-rata', reason: shares.note },
          members: result.members.map((m) => (shares.byMember.has(m.memberId) ? { ...m, incentiveShareEur: shares.byMember.get(m.memberId)! } : m)),
          configurations: result.configurations.map((c) => ({
            ...c,
            ...(c.economics
              ? {
                  incentiveEur: c.economics.incentiveEur,
                  valorisationEur: c.economics.valorisationEur,
                  restrictedPotEur: c.economics.restrictedPotEur,
                  npvEur: c.economics.npvEur,
                  irr: c.economics.irr,
                  avoidedTCO2: c.economics.avoidedTCO2,
                }
              : {}),
          })),
        });
        return 0;
      }
      const f = { format: (v: number) => num(v, 0) };
      for (const c of result.configurations) {
        console.log(`${c.name} (cabina ${c.substation || '—'})`);
        console.log(`  produzione ${f.format(c.productionKWh)} kWh · consumi ${f.format(c.consumptionKWh)} kWh · autoconsumo fisico ${f.format(c.selfConsumedKWh)} kWh`);
        console.log(`  immessa ${f.format(c.injectedKWh)} kWh · prelevata ${f.format(c.withdrawnKWh)} kWh · condivisa ${f.format(c.sharedKWh)} kWh (incentivata ${f.format(c.incentivisedKWh)})`);
        console.log(`  autosufficienza ${pct(c.selfSufficiency)} · quota condivisa dell'immessa ${pct(c.sharedRatio)}`);
        if (c.economics) {
          const e = c.economics;
          const eur = { format: (v: number) => `${cents(v)} €` };
          console.log(`  incentivo ${eur.format(e.incentiveEur)} · valorizzazione ${eur.format(e.valorisationEur)} · quota vincolata ${eur.format(e.restrictedPotEur)}`);
          console.log(`  VAN ${eur.format(e.npvEur)} · TIR ${e.irr === null ? '—' : pct(e.irr)} · CO2 evitata ${num(e.avoidedTCO2, 1)} t/anno`);
        }
      }
      for (const w of result.warnings) console.log(`! ${textIn(w, 'it')}`);
      return 0;
    } finally {
      service.dispose();
    }
  },
};

/** `condivisa locate <file.condivisa> --lat <deg> --lon <deg> [--json]`: the substation area of a point. */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, printJson, requirePositional } from '../args';
import { UserError } from '../errors';
import { parseLocaleNumber } from '../../core/model/locale-number';
import { createHostService } from '../../core/api/node/host-setup';

function degrees(name: string, raw: string | undefined, limit: number): number {
  if (raw === undefined) throw new UserError(`missing --${name} <degrees>`);
  const n = parseLocaleNumber(raw, { decimal: '.' });
  if (raw.trim() === '' || !Number.isFinite(n) || Math.abs(n) > limit) throw new UserError(`--${name}: "${raw}" is not a ${name === 'lat' ? 'latitude' : 'longitude'} in degrees`);
  return n;
}

export const command: CommandModule = {
  summary: 'tell which substation area of a project contains a point',
  usage: 'condivisa locate <file.condivisa> --lat <deg> --lon <deg> [--json]',
  async run(argv) {
    const { values, positionals } = parse(argv, { lat: { type: 'string' }, lon: { type: 'string' }, json: { type: 'boolean' } }, 1);
    const project = path.resolve(requirePositional(positionals, 0, 'project file'));
    const lat = degrees('lat', values.lat, 90);
    const lon = degrees('lon', values.lon, 180);
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      const r = await service.locatePoint({ project, lat, lon });
      if (values.json) {
        printJson({ code: r.code });
        return 0;
      }
      if (!r.code) console.log('nessuna area contiene il punto');
      else {
        const near = r.nearBorderMetres !== null ? ` (a ${Math.round(r.nearBorderMetres)} m dal confine)` : '';
        const also = r.codes.length > 1 ? `; anche ${r.codes.filter((c) => c !== r.code).join(', ')}` : '';
        console.log(`${r.code}${near}${also}`);
      }
      return 0;
    } finally {
      service.dispose();
    }
  },
};

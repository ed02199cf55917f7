/** Small entities for the renderer's tests: only what the screens read, the rest defaulted. */
import type { Member, Plant } from '../../../core/model/entities';

export function member(id: number, patch: Partial<Member> = {}): Member {
  return {
    id,
    name: `Membro ${id}`,
    category: 'citizen',
    pods: [],
    configurationId: null,
    annualKWh: 2700,
    loadProfile: 'household',
    lat: null,
    lon: null,
    taxCode: '',
    ateco: '',
    vulnerable: false,
    battery: null,
    ev: null,
    ...patch,
  };
}

export function plant(id: number, patch: Partial<Plant> = {}): Plant {
  return { id, name: `Impianto ${id}`, source: 'pv', kWp: 10, configurationId: null, ...patch } as Plant;
}

/**
 * Handlers of the entity operations. The model's validators already ran (the schemas);
 * here: references to other entities, POD ownership, and the map location of a point,
 * written in the same transaction as the edit.
 */
import type { membersOperations } from '../../common/ops/members';
import type { Handlers } from './types';
import { geoOf } from '../services';
import { badRequest, conflict } from '../../common/errors';
import { defaultMember, defaultPlant } from '../../../model/entity-validation';
import { normalisePod } from '../../../model/pod';
import type { ProjectStore } from '../../../store/project-store';
import { memberConsumptions } from '../../../store/import-repository';

function checkReference(store: ProjectStore, kind: 'configuration' | 'member', value: unknown, field: string): void {
  if (typeof value !== 'number') return;
  try {
    if (kind === 'configuration') store.getConfiguration(value);
    else store.getMember(value);
  } catch {
    throw badRequest({ code: 'api.members.reference-missing', params: { field, kind, value: String(value) } }, field);
  }
}

/** PODs normalised, not repeated, and owned by no other member. */
function checkPods(store: ProjectStore, pods: string[] | undefined, memberId: number | null): string[] | undefined {
  if (!pods) return undefined;
  const normalised = pods.map(normalisePod);
  for (const pod of normalised) {
    const owner = store.podOwner(pod);
    if (owner !== null && owner !== memberId) {
      throw conflict({ code: 'api.members.pod-taken', params: { pod, owner: String(owner) } }, 'pods');
    }
  }
  if (new Set(normalised).size !== normalised.length) {
    throw badRequest({ code: 'api.members.pod-twice' }, 'pods');
  }
  return normalised;
}

export const membersHandlers: Handlers<keyof typeof membersOperations> = {
  listConfigurations: (_args, { store }) => store.listConfigurations(),
  addConfiguration: (args, { store }) => store.addConfiguration({ substationCode: '', ...args.configuration }),
  updateConfiguration: (args, { store }) => store.updateConfiguration(args.id, args.patch),
  removeConfiguration: (args, { store }) => (store.removeConfiguration(args.id), null),

  listMembers: (_args, { store }) => {
    const used = memberConsumptions(store);
    return store.listMembers().map((m) => ({ ...m, consumptionSource: used.get(m.id)!.source, effectiveAnnualKWh: used.get(m.id)!.annualKWh }));
  },
  addMember: (args, { ctx, store }) => {
    const member = { ...defaultMember(args.member.name), ...args.member };
    checkReference(store, 'configuration', member.configurationId, 'configurationId');
    member.pods = checkPods(store, member.pods, null) ?? [];
    return store.tx(() => geoOf(ctx).locatedMember(store, store.addMember(member).id));
  },
  updateMember: (args, { ctx, store }) => {
    const { patch } = args;
    checkReference(store, 'configuration', patch.configurationId, 'configurationId');
    const pods = checkPods(store, patch.pods, args.id);
    return store.tx(() => geoOf(ctx).locatedMember(store, store.updateMember(args.id, pods ? { ...patch, pods } : patch).id));
  },
  removeMember: (args, { store }) => (store.removeMember(args.id), null),

  listPlants: (_args, { store }) => store.listPlants(),
  addPlant: (args, { ctx, store }) => {
    const plant = { ...defaultPlant(args.plant.name), ...args.plant };
    checkReference(store, 'configuration', plant.configurationId, 'configurationId');
    checkReference(store, 'member', plant.ownerMemberId, 'ownerMemberId');
    plant.pod = normalisePod(plant.pod);
    return store.tx(() => geoOf(ctx).locatedPlant(store, store.addPlant(plant).id));
  },
  updatePlant: (args, { ctx, store }) => {
    const patch = { ...args.patch };
    checkReference(store, 'configuration', patch.configurationId, 'configurationId');
    checkReference(store, 'member', patch.ownerMemberId, 'ownerMemberId');
    if (typeof patch.pod === 'string') patch.pod = normalisePod(patch.pod);
    return store.tx(() => geoOf(ctx).locatedPlant(store, store.updatePlant(args.id, patch).id));
  },
  removePlant: (args, { store }) => (store.removePlant(args.id), null),

  listConnectionPoints: (_args, { store }) => store.listConnectionPoints(),
};

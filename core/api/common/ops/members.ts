/** Operations on the planning entities: configurations, members, plants, connection points. */
import * as v from 'valibot';
import { operation } from '../define';
import { checkedBy, entityId, onProject, type ModelProblem } from '../schemas';
import type { Configuration, ConnectionPoint, Member, Plant } from '../../../model/entities';
import { validateConfigurationPatch, validateMemberPatch, validatePlantPatch } from '../../../model/entity-validation';

/** A member as listed: with the annual consumption the simulation will use [kWh/year] and where it comes from. */
export type MemberListItem = Member & { consumptionSource: 'curve' | 'bills' | 'estimate'; effectiveAnnualKWh: number };

export type MemberInput = Partial<Omit<Member, 'id'>> & { name: string };
export type PlantInput = Partial<Omit<Plant, 'id'>> & { name: string };
export type ConfigurationInput = Partial<Omit<Configuration, 'id'>> & { name: string };
type Patch<T> = Partial<Omit<T, 'id' | 'locatedAreaCode'>>;

/** A new entity needs its name; its other fields take the model's defaults. */
const withName =
  (validate: (v: Record<string, unknown>) => ModelProblem[]) =>
  (value: Record<string, unknown>): ModelProblem[] =>
    'name' in value ? validate(value) : [{ field: 'name', message: { it: 'manca', en: 'is missing' } }, ...validate(value)];

const removal = (summary: string) => operation<null>()({ area: 'members', summary, project: true, args: onProject({ id: entityId }) });

export const membersOperations = {
  listConfigurations: operation<Configuration[]>()({ area: 'members', summary: 'Configurations (one per primary substation)', project: true, args: onProject({}) }),
  addConfiguration: operation<Configuration>()({
    area: 'members',
    summary: 'Add a configuration',
    project: true,
    args: onProject({ configuration: checkedBy<ConfigurationInput>('configuration', withName(validateConfigurationPatch)) }),
  }),
  updateConfiguration: operation<Configuration>()({
    area: 'members',
    summary: 'Edit a configuration',
    project: true,
    args: onProject({ id: entityId, patch: checkedBy<Patch<Configuration>>('configuration', validateConfigurationPatch) }),
  }),
  removeConfiguration: removal('Remove a configuration (its members and plants stay, unassigned)'),
  listMembers: operation<MemberListItem[]>()({
    area: 'members',
    summary: 'Members, each with the annual consumption the engine will use and its source (curve, bills, estimate)',
    project: true,
    args: onProject({}),
  }),
  addMember: operation<Member>()({
    area: 'members',
    summary: 'Add a member',
    project: true,
    args: onProject({ member: checkedBy<MemberInput>('member', withName(validateMemberPatch)) }),
  }),
  updateMember: operation<Member>()({
    area: 'members',
    summary: 'Edit a member',
    project: true,
    args: onProject({ id: entityId, patch: checkedBy<Patch<Member>>('member', validateMemberPatch) }),
  }),
  removeMember: removal('Remove a member'),
  listPlants: operation<Plant[]>()({ area: 'members', summary: 'Plants', project: true, args: onProject({}) }),
  addPlant: operation<Plant>()({
    area: 'members',
    summary: 'Add a plant',
    project: true,
    args: onProject({ plant: checkedBy<PlantInput>('plant', withName(validatePlantPatch)) }),
  }),
  updatePlant: operation<Plant>()({
    area: 'members',
    summary: 'Edit a plant',
    project: true,
    args: onProject({ id: entityId, patch: checkedBy<Patch<Plant>>('plant', validatePlantPatch) }),
  }),
  removePlant: removal('Remove a plant'),
  listConnectionPoints: operation<ConnectionPoint[]>()({ area: 'members', summary: 'Connection points (PODs) of members and plants', project: true, args: v.object({ project: onProject({}).entries.project }) }),
};

/** Operations on the planning entities: configurations, members, plants, connection points. */
import * as v from 'valibot';
import { operation } from '../define';
import { checkedBy, entityId, onProject, type ModelProblem } from '../schemas';
import * as r from '../results';
import type { Configuration, ConnectionPoint, Member, Plant } from '../../../model/entities';
import { validateConfigurationPatch, validateMemberPatch, validatePlantPatch } from '../../../model/entity-validation';

export type MemberInput = Partial<Omit<Member, 'id'>> & { name: string };
export type PlantInput = Partial<Omit<Plant, 'id'>> & { name: string };
export type ConfigurationInput = Partial<Omit<Configuration, 'id'>> & { name: string };
type Patch<T> = Partial<Omit<T, 'id' | 'locatedAreaCode'>>;

/** A new entity needs its name; its other fields take the model's defaults. */
const withName =
  (validate: (v: Record<string, unknown>) => ModelProblem[]) =>
  (value: Record<string, unknown>): ModelProblem[] =>
    'name' in value ? validate(value) : [{ field: 'name', message: { it: 'manca', en: 'is missing' } }, ...validate(value)];

const removal = (summary: string) => operation<null>()({ area: 'members', summary, project: true, args: onProject({ id: entityId }), result: r.nullResult });

export const membersOperations = {
  listConfigurations: operation<Configuration[]>()({ area: 'members', summary: 'Configurations (one per primary substation)', project: true, args: onProject({}), result: v.array(r.configurationResult) }),
  addConfiguration: operation<Configuration>()({
    area: 'members',
    summary: 'Add a configuration',
    project: true,
    args: onProject({ configuration: checkedBy<ConfigurationInput>('configuration', withName(validateConfigurationPatch)) }),
    result: r.configurationResult,
  }),
  updateConfiguration: operation<Configuration>()({
    area: 'members',
    summary: 'Edit a configuration',
    project: true,
    args: onProject({ id: entityId, patch: checkedBy<Patch<Configuration>>('configuration', validateConfigurationPatch) }),
    result: r.configurationResult,
  }),
  removeConfiguration: removal('Remove a configuration (its members and plants stay, unassigned)'),
  listMembers: operation<Member[]>()({ area: 'members', summary: 'Members', project: true, args: onProject({}), result: v.array(r.memberResult) }),
  addMember: operation<Member>()({
    area: 'members',
    summary: 'Add a member',
    project: true,
    args: onProject({ member: checkedBy<MemberInput>('member', withName(validateMemberPatch)) }),
    result: r.memberResult,
  }),
  updateMember: operation<Member>()({
    area: 'members',
    summary: 'Edit a member',
    project: true,
    args: onProject({ id: entityId, patch: checkedBy<Patch<Member>>('member', validateMemberPatch) }),
    result: r.memberResult,
  }),
  removeMember: removal('Remove a member'),
  listPlants: operation<Plant[]>()({ area: 'members', summary: 'Plants', project: true, args: onProject({}), result: v.array(r.plantResult) }),
  addPlant: operation<Plant>()({
    area: 'members',
    summary: 'Add a plant',
    project: true,
    args: onProject({ plant: checkedBy<PlantInput>('plant', withName(validatePlantPatch)) }),
    result: r.plantResult,
  }),
  updatePlant: operation<Plant>()({
    area: 'members',
    summary: 'Edit a plant',
    project: true,
    args: onProject({ id: entityId, patch: checkedBy<Patch<Plant>>('plant', validatePlantPatch) }),
    result: r.plantResult,
  }),
  removePlant: removal('Remove a plant'),
  listConnectionPoints: operation<ConnectionPoint[]>()({ area: 'members', summary: 'Connection points (PODs) of members and plants', project: true, args: v.object({ project: onProject({}).entries.project }) }),
};

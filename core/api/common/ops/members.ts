/** Operations on the planning entities: configurations, members, plants, connection points. */
import * as v from 'valibot';
import { operation } from '../define';
import { checkedBy, entityId, onProject, type ModelProblem } from '../schemas';
import * as r from '../results';
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
    'name' in value ? validate(value) : [{ field: 'name', message: { code: 'entities.value.missing' } }, ...validate(value)];

/**
 * The list, add, update and remove operations of one kind of entity: the model's validator
 * checks the input (a new entity needs its name), the result has the entity's shape.
 */
function entityOperations<T extends { id: number }, I extends { name: string }, K extends 'configuration' | 'member' | 'plant'>(
  entity: K,
  label: string,
  validate: (v: Record<string, unknown>) => ModelProblem[],
  shape: v.GenericSchema,
) {
  const args = { [entity]: checkedBy<I>(entity, withName(validate)) } as { [P in K]: v.GenericSchema<I, I> };
  return {
    list: operation<T[]>()({ area: 'members', summary: `${label}s`, project: true, args: onProject({}), result: v.array(shape) }),
    add: operation<T>()({ area: 'members', summary: `Add a ${entity}`, project: true, args: onProject(args), result: shape }),
    update: operation<T>()({
      area: 'members',
      summary: `Edit a ${entity}`,
      project: true,
      args: onProject({ id: entityId, patch: checkedBy<Patch<T>>(entity, validate) }),
      result: shape,
    }),
    remove: operation<null>()({ area: 'members', summary: `Remove a ${entity}`, project: true, args: onProject({ id: entityId }), result: r.nullResult }),
  };
}

const configuration = entityOperations<Configuration, ConfigurationInput, 'configuration'>('configuration', 'Configuration', validateConfigurationPatch, r.configurationResult);
const member = entityOperations<Member, MemberInput, 'member'>('member', 'Member', validateMemberPatch, r.memberResult);
const plant = entityOperations<Plant, PlantInput, 'plant'>('plant', 'Plant', validatePlantPatch, r.plantResult);

export const membersOperations = {
  listConfigurations: configuration.list,
  addConfiguration: configuration.add,
  updateConfiguration: configuration.update,
  removeConfiguration: configuration.remove,
  listMembers: operation<MemberListItem[]>()({
    area: 'members',
    summary: 'Members, each with the annual consumption the engine will use and its source (curve, bills, estimate)',
    project: true,
    args: onProject({}),
    result: v.array(r.memberListItemResult),
  }),
  addMember: member.add,
  updateMember: member.update,
  removeMember: member.remove,
  listPlants: plant.list,
  addPlant: plant.add,
  updatePlant: plant.update,
  removePlant: plant.remove,
  listConnectionPoints: operation<ConnectionPoint[]>()({ area: 'members', summary: 'Connection points (PODs) of members and plants', project: true, args: onProject({}) }),
};

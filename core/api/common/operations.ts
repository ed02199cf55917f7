/**
 * Every operation of the core, declared once (ops/*), and what is derived from that list:
 * the names, the CoreApi type every binding offers, and the IPC channel names. The IPC
 * handlers, the preload, the HTTP routes, the renderer client and the CLI's `api` command
 * are all generated from OPERATION_SPECS, so they cannot drift.
 */
import type { ArgsOf, OperationSpec, ResultOf } from './define';
import { projectsOperations } from './ops/projects';
import { membersOperations } from './ops/members';
import { simulationOperations } from './ops/simulation';
import { mapOperations } from './ops/map';
import { importsOperations } from './ops/imports';
import { rulesOperations } from './ops/rules';
import { sharingOperations } from './ops/sharing';
import { exportsOperations } from './ops/exports';
import { historyOperations } from './ops/history';
import { scenariosOperations } from './ops/scenarios';
import { helpOperations } from './ops/help';
import { advisorOperations } from './ops/advisor';

export const OPERATION_SPECS = {
  ...projectsOperations,
  ...membersOperations,
  ...simulationOperations,
  ...mapOperations,
  ...importsOperations,
  ...rulesOperations,
  ...sharingOperations,
  ...exportsOperations,
  ...historyOperations,
  ...scenariosOperations,
  ...helpOperations,
  ...advisorOperations,
} as const;

type Specs = typeof OPERATION_SPECS;
export type OperationName = keyof Specs;
export type OperationArgs<K extends OperationName> = ArgsOf<Specs[K]>;
export type OperationResult<K extends OperationName> = ResultOf<Specs[K]>;

/** What every binding offers: one async function per operation. */
export type CoreApi = { [K in OperationName]: (args: OperationArgs<K>) => Promise<OperationResult<K>> };

export const OPERATIONS = Object.keys(OPERATION_SPECS) as OperationName[];

export function isOperationName(name: string): name is OperationName {
  return Object.prototype.hasOwnProperty.call(OPERATION_SPECS, name);
}

export function operationSpec(name: OperationName): OperationSpec {
  return OPERATION_SPECS[name];
}

/** IPC channel of an operation (Electron binding). */
export const ipcChannel = (op: OperationName): string => `condivisa:${op}`;

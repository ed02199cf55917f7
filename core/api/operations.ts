/**
 * The one list of operation names. The IPC binding (electron/), the preload, the HTTP
 * binding and the renderer clients are all generated from it. The type assertion below
 * fails to compile if an operation of CoreApi is missing here, or if a name here is not
 * an operation.
 */
import type { CoreApi, OperationName } from './contract';

export const OPERATIONS = [
  'appInfo',
  'listRecentProjects',
  'listWorkspaceProjects',
  'createProject',
  'openProject',
  'openDemoProject',
  'closeProject',
  'getProjectSummary',
  'updateCommunity',
  'listConfigurations',
  'addConfiguration',
  'updateConfiguration',
  'removeConfiguration',
  'listMembers',
  'addMember',
  'updateMember',
  'removeMember',
  'listPlants',
  'addPlant',
  'updatePlant',
  'removePlant',
  'listConnectionPoints',
  // simulation and jobs
  'startSimulation',
  'getSimulation',
  'getJob',
  'cancelJob',
  'getParameters',
  'setParameterOverride',
  'importZonalPrices',
  'getZonalPrices',
  'clearZonalPrices',
  // --- map / substation areas ---
  'importAreas',
  'importAreasContent',
  'listAreas',
  'getAreasGeoJson',
  'locatePoint',
  'setCustomPerimeter',
  'removeArea',
  'getAreaSummary',
  'listMapPoints',
  'getBasemap',
  'getMapTile',
  // --- end map / substation areas ---
  // --- import: curves, bills, members, workbook ---
  'previewImportFile',
  'startImport',
  'getImportJob',
  'cancelImportJob',
  'importFromPath',
  'listImportedData',
  'getLoadCurve',
  'setPlantMonthlyProduction',
  'clearPlantProduction',
  'setProjectWeather',
  'getProjectWeather',
  'clearProjectWeather',
  'exportProjectWorkbook',
  'getWorkbookTemplate',
  'createProjectFromWorkbook',
  // --- end import ---
  // --- eligibility rules ---
  'checkProject',
  'getRuleFields',
  'updateRuleFields',
  'listLocalRules',
  'setLocalRules',
  'applyLocalRulePreset',
  // --- end eligibility rules ---
] as const satisfies readonly OperationName[];

type Listed = (typeof OPERATIONS)[number];
type Missing = Exclude<keyof CoreApi, Listed>;
// Compile-time completeness check: `Missing` must be `never`.
export const OPERATIONS_COMPLETE: Missing extends never ? true : Missing = true;

export function isOperationName(name: string): name is OperationName {
  return (OPERATIONS as readonly string[]).includes(name);
}

/** IPC channel of an operation (Electron binding). */
export const ipcChannel = (op: OperationName): string => `condivisa:${op}`;

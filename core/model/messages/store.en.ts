/** English sentences of the project store's messages: one for every Italian code, same placeholders. */
import type { storeIt } from './store.it';

export const storeEn: Record<keyof typeof storeIt, string> = {
  'store.file.exists': 'The file {file} already exists',
  'store.file.cannot-create': 'Cannot create {file}: {why}',
  'store.file.not-found': 'The file {file} does not exist',
  'store.file.not-a-file': '{file} is not a file',
  'store.file.not-a-project': '{file} is not a Condivisa project',
  'store.file.sqlite-not-project': '{file} is a SQLite database but not a Condivisa project',
  'store.file.read-only': '{file} is read-only: copy it or change its permissions to edit it',
  'store.file.upgrade-failed': 'Upgrading {file} failed; the file was not changed ({why})',
  'store.file.damaged': '{file} is damaged and cannot be opened ({why})',
  'store.file.newer-schema': '{file} was made by a newer Condivisa (schema {version}); please update the application',
  'store.file.no-community': '{file} has no community record',
  'store.busy': 'The project {file} is open in another program that is changing it: try again in a moment or close the other program',
  'store.entity-not-found': '{entity} {id} not found',
  'store.schema.table': 'table {name}',
  'store.schema.index': 'index {name}',
  'store.schema.view': 'view {name}',
  'store.schema.trigger': 'trigger {name}',
  'store.schema.object': '{type} {name}',
  'store.schema.unexpected': 'the file contains unexpected objects ({objects})',
  'store.schema.changed': 'objects defined differently from schema {version} ({objects})',
  'store.schema.missing': 'missing objects ({objects})',
  'store.schema.refused': '{file}: {problems}: it is not opened',
};

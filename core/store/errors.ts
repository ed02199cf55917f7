import { errorData, type ApiErrorData, type ReportableError } from '../api/common/errors';
import { formatMessage, type Message } from '../model/messages';

/** Why a project file could not be opened or written. The message (a catalogue code) is for the user. */
export type ProjectFileProblem =
  | 'not-found'
  | 'exists'
  | 'not-a-project'
  | 'corrupt'
  | 'read-only'
  | 'newer-schema'
  /** Views, triggers or tables that our migrations do not make: the file may carry code. */
  | 'unexpected-schema'
  /** Another program (the CLI, a second app) holds the write lock past the busy timeout. */
  | 'busy';

export class ProjectFileError extends Error implements ReportableError {
  constructor(
    readonly problem: ProjectFileProblem,
    readonly file: string,
    readonly said: Message,
  ) {
    super(formatMessage(said, 'en'));
    this.name = 'ProjectFileError';
  }

  get messageIt(): string {
    return formatMessage(this.said, 'it');
  }

  /** A busy file is a conflict the user resolves by waiting or closing the other program. */
  toApiErrorData(): ApiErrorData {
    return errorData(this.problem === 'busy' ? 'conflict' : 'project-file', this.said);
  }
}

/** An entity referenced by id that is not in the project. */
export class NotFoundError extends Error implements ReportableError {
  constructor(
    readonly entity: string,
    readonly id: number,
  ) {
    super(`${entity} ${id} not found`);
    this.name = 'NotFoundError';
  }

  toApiErrorData(): ApiErrorData {
    return errorData('not-found', { code: 'store.entity-not-found', params: { entity: this.entity, id: String(this.id) } });
  }
}

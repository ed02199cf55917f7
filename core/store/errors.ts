import type { ApiErrorData, ReportableError } from '../api/common/errors';

/** Why a project file could not be opened or written. The message is for the user. */
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
    readonly messageIt: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = 'ProjectFileError';
  }

  /** A busy file is a conflict the user resolves by waiting or closing the other program. */
  toApiErrorData(): ApiErrorData {
    return { code: this.problem === 'busy' ? 'conflict' : 'project-file', message: this.message, messageIt: this.messageIt };
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
    return { code: 'not-found', message: this.message, messageIt: `${this.entity} ${this.id} non trovato` };
  }
}

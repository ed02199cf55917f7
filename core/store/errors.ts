import type { ApiErrorData, ReportableError } from '../api/common/errors';

/** Why a project file could not be opened or written. The message is for the user. */
export type ProjectFileProblem =
  | 'not-found'
  | 'exists'
  | 'not-a-project'
  | 'corrupt'
  | 'read-only'
  | 'newer-schema'
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

  toApiErrorData(): ApiErrorData {
    return { code: 'project-file', message: this.message, messageIt: this.messageIt };
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

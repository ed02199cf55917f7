/** Why a project file could not be opened or written. The message is for the user. */
export type ProjectFileProblem =
  | 'not-found'
  | 'exists'
  | 'not-a-project'
  | 'corrupt'
  | 'read-only'
  | 'newer-schema'
  | 'busy';

export class ProjectFileError extends Error {
  constructor(
    readonly problem: ProjectFileProblem,
    readonly file: string,
    readonly messageIt: string,
    messageEn: string,
  ) {
    super(messageEn);
    this.name = 'ProjectFileError';
  }
}

/** An entity referenced by id that is not in the project. */
export class NotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly id: number,
  ) {
    super(`${entity} ${id} not found`);
    this.name = 'NotFoundError';
  }
}

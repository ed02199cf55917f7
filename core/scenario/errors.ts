import { formatMessage, type Message } from '../model/messages';

/** The run was cancelled by the user. */
export class ScenarioCancelled extends Error {
  constructor() {
    super('simulation cancelled');
    this.name = 'ScenarioCancelled';
  }
}

/** Inputs the run cannot do without, listed all at once (like pvlib's ModelChain). */
export class ScenarioInputError extends Error {
  constructor(readonly missing: Message[]) {
    super(formatMessage({ code: 'scenario.cannot-simulate', params: { missing } }, 'en'));
    this.name = 'ScenarioInputError';
  }
}

/**
 * Error thrown when a balance input is malformed. It names the offending point and/or plant
 * so the caller can point the user at the data to fix.
 */
export class BalanceInputError extends Error {
  /** Id of the connection point concerned, when the problem is local to one point. */
  readonly pointId: number | null;
  /** Id of the plant concerned, when the problem is local to one plant. */
  readonly plantId: number | null;

  constructor(message: string, where: { pointId?: number | null; plantId?: number | null } = {}) {
    const tags: string[] = [];
    if (where.pointId != null) tags.push(`point ${where.pointId}`);
    if (where.plantId != null) tags.push(`plant ${where.plantId}`);
    super(tags.length > 0 ? `${tags.join(', ')}: ${message}` : message);
    this.name = 'BalanceInputError';
    this.pointId = where.pointId ?? null;
    this.plantId = where.plantId ?? null;
  }
}

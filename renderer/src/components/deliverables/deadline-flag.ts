/**
 * How a deadline of a funding call reads for a plant. A commissioning deadline constrains the
 * plant's entry into operation: met ('within'), missed ('late'), or not comparable because the
 * plant has no date yet ('missing'). The other deadlines (application, final request) concern
 * the applicant, not a plant date: they are 'past' or 'upcoming' as seen from the assessment's day.
 */
import type { TimelineRow } from '../../../../core/api/common';

export type DeadlineFlag = 'past' | 'upcoming' | 'within' | 'late' | 'missing';

export function deadlineFlag(row: Pick<TimelineRow, 'kind' | 'past' | 'meets'>): DeadlineFlag {
  if (row.kind === 'commissioning') return row.meets === null ? 'missing' : row.meets ? 'within' : 'late';
  return row.past ? 'past' : 'upcoming';
}

/** A call-level deadline (no plant): only past or upcoming. */
export const callDeadlineFlag = (row: Pick<TimelineRow, 'past'>): DeadlineFlag => (row.past ? 'past' : 'upcoming');

/** Everything the project workbook carries, as plain data built from the model entities. */
import type { Community, Configuration, Member, Plant } from '../../model/entities';
import type { EnergySeries } from '../../model/timeseries';
import type { BillRecord } from '../../model/bill-record';
import type { CurveMeasure } from '../../model/curve-import';

export type ParameterValue = number | string | boolean | null;

export interface WorkbookCurve {
  pod: string;
  /** What the curve measures; absent = metered withdrawal. */
  measure?: CurveMeasure;
  /** kWh per interval, base in UTC (timeZone "Europe/Rome"). */
  series: EnergySeries;
}

export interface ProjectWorkbookData {
  community: Community;
  configurations: Configuration[];
  members: Member[];
  plants: Plant[];
  /** Omitted on import when the Curve sheet is empty. */
  curves?: WorkbookCurve[];
  /** Omitted on import when the Bollette sheet is empty. */
  bills?: BillRecord[];
  /** Overrides of the economic parameters (catalogue key → value); omitted on import when none. */
  parameters?: Record<string, ParameterValue>;
}

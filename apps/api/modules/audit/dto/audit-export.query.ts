import { PeriodBound } from '../../../common/period';

/** The stretch of the audit chain to export, by time; left out, the whole chain. */
export class AuditExportQuery {
  @PeriodBound('From the first event at or after this instant (UTC)')
  from?: string;

  @PeriodBound('To the last event before this instant (UTC)')
  to?: string;
}

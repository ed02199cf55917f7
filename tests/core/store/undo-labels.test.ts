/**
 * Undo step labels are composed from the catalogue's history vocabulary (nouns by table,
 * fields by column, verbs) in each language; expected texts are written by hand.
 */
import { describe, expect, it } from 'vitest';
import { stepLabel, type LogEntry } from '../../../core/store/undo-labels';

const entry = (tbl: string, op: LogEntry['op'], rowId: number, entity: string | null = null, cols = ''): LogEntry => ({ tbl, op, rowId, entity, cols });

describe('undo step labels', () => {
  it('names the edited field and the entity', () => {
    expect(stepLabel([entry('plants', 'update', 3, 'FV Scuola', 'kwp')])).toEqual({ it: 'Modifica potenza impianto FV Scuola', en: 'Edit power of plant FV Scuola' });
  });

  it('names a position once for latitude and longitude, and leaves the derived area out', () => {
    expect(stepLabel([entry('members', 'update', 1, 'Rossi', 'lat,lon,located_area_code')])).toEqual({ it: 'Modifica posizione membro Rossi', en: 'Edit position of member Rossi' });
  });

  it('counts many rows, the number written each language\'s way', () => {
    const rows = Array.from({ length: 12345 }, (_, i) => entry('members', 'insert', i + 1, `M${i}`));
    expect(stepLabel(rows)).toEqual({ it: 'Aggiunta di 12.345 membri', en: 'Add 12,345 members' });
  });

  it('names the member for a deletion that also touched its PODs', () => {
    expect(stepLabel([entry('connection_points', 'delete', 9, 'IT001E1'), entry('members', 'delete', 4, 'Bianchi')])).toEqual({ it: 'Eliminazione membro Bianchi', en: 'Delete member Bianchi' });
  });

  it('names a community field and a project setting', () => {
    expect(stepLabel([entry('community', 'update', 1, null, 'reference_year')])).toEqual({ it: 'Modifica anno di riferimento della comunità', en: 'Edit community reference year' });
    expect(stepLabel([entry('meta', 'update', 1, 'weather_file')])).toEqual({ it: 'Modifica file meteo', en: 'Edit weather file' });
  });

  it('shows an unknown table and column by their own names', () => {
    expect(stepLabel([entry('widgets', 'update', 1, 'W1', 'colour')])).toEqual({ it: 'Modifica colour widgets W1', en: 'Edit colour of widgets W1' });
  });
});

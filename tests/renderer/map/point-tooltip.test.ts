// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { MapPoint } from '../../../core/api/common';
import type { PointMark } from '../../../core/rules/marks';
import { pointTooltip } from '../../../renderer/src/components/map/point-tooltip';
import { t } from '../../../renderer/src/i18n';

const point = (patch: Partial<MapPoint> = {}): MapPoint =>
  ({ kind: 'member', id: 1, name: 'Maria', lat: 45, lon: 9, role: 'consumer', category: 'citizen', source: null, kWp: null, locatedAreaCode: 'AC001E00934', configurationId: null, configurationAreaCode: null, borderDistanceMetres: null, warnings: [], ...patch }) as MapPoint;

const item = (n: number) => ({ ruleId: `r${n}`, severity: 'blocking' as const, text: { it: `Regola ${n}`, en: `Rule ${n}` } });

describe('the tooltip of a point on the map', () => {
  it('names the point, its role and its area', () => {
    expect(pointTooltip(point(), undefined, t, 'it')).toBe('<strong>Maria</strong><br>Consumatore · AC001E00934');
  });

  it('escapes what the user typed', () => {
    expect(pointTooltip(point({ name: '<b>"Forno" & figli</b>' }), undefined, t, 'it')).toContain('&lt;b&gt;&quot;Forno&quot; &amp; figli&lt;/b&gt;');
  });

  it('says when the point is in no area, with the warning', () => {
    const html = pointTooltip(point({ locatedAreaCode: null, warnings: ['no-area'] }), undefined, t, 'it');
    expect(html).toContain('⚠ in nessuna area');
  });

  it('lists at most six findings and counts the rest', () => {
    const mark: PointMark = { severity: 'blocking', blocking: 8, warnings: 0, items: [1, 2, 3, 4, 5, 6, 7, 8].map(item) };
    const html = pointTooltip(point(), mark, t, 'it');
    expect(html.match(/<li class="blocking">/g)).toHaveLength(6);
    expect(html).toContain('<span class="sev">Bloccante</span> Regola 6');
    expect(html).not.toContain('Regola 7');
    expect(html).toContain('<li>… e altri 2</li>');
  });
});

/** The tooltip of a member or plant on the map, as HTML (Leaflet tooltips take strings): every text escaped. */
import type { MapPoint } from '../../../../core/api/common';
import type { PointMark } from '../../../../core/rules/marks';
import type { Locale } from '../../i18n';
import type { MessageKey } from '../../i18n/it';
import { textIn } from '../../../../core/model/messages';
import { escapeHtml } from './map-style';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
/** At most this many findings in a tooltip; the rest are counted. */
const SHOWN_FINDINGS = 6;

export function pointTooltip(p: MapPoint, mark: PointMark | undefined, t: Translate, locale: Locale): string {
  const area = p.locatedAreaCode ?? t('map.noArea');
  const warnings = p.warnings.map((w) => t(`map.warning.${w}` as MessageKey)).join(', ');
  const warn = warnings ? `<br><span class="warn">⚠ ${escapeHtml(warnings)}</span>` : '';
  return `<strong>${escapeHtml(p.name)}</strong><br>${escapeHtml(t(`map.role.${p.role}` as MessageKey))} · ${escapeHtml(area)}${warn}${findingsList(mark, t, locale)}`;
}

/** eligibility rules: the short text of each finding on the point, blocking first. */
function findingsList(mark: PointMark | undefined, t: Translate, locale: Locale): string {
  if (!mark) return '';
  const shown = mark.items
    .slice(0, SHOWN_FINDINGS)
    .map((i) => `<li class="${i.severity}"><span class="sev">${escapeHtml(t(`rules.severity.${i.severity}` as MessageKey))}</span> ${escapeHtml(textIn(i.text, locale))}</li>`);
  const hidden = mark.items.length - SHOWN_FINDINGS;
  const more = hidden > 0 ? `<li>${escapeHtml(t('map.findings.more', { n: hidden }))}</li>` : '';
  return `<ul class="map-tip-findings">${shown.join('')}${more}</ul>`;
}

/** eligibility rules: the findings of each member and plant (blocking/warning), for the map's marks, tooltips and list. */
import { computed } from 'vue';
import type { MapPoint } from '../../../../core/api/common';
import { findingMarks, markKey, ruleTitles, type PointMark } from '../../../../core/rules/marks';
import { useMapStore } from '../../stores/useMapStore';
import { useRulesStore } from '../../stores/useRulesStore';

export function usePointMarks() {
  const rules = useRulesStore();
  const map$ = useMapStore();
  const marks = computed(() => {
    const titles = ruleTitles(rules.result?.rules ?? [], rules.localRules?.rules ?? []);
    return findingMarks(rules.result?.findings ?? [], (id) => titles.get(id));
  });
  const markOf = (p: Pick<MapPoint, 'kind' | 'id'>): PointMark | undefined => marks.value.get(markKey(p.kind, p.id));
  const marked = computed(() => map$.points.filter((p) => markOf(p)));
  return { marks, markOf, marked };
}

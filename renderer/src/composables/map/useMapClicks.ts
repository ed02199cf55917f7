/**
 * What a click on the map does, by mode: add a member (of the kind chosen in the toolbar) or a
 * plant there (saved at once, its area located by the core, joining the area's configuration),
 * put an existing unplaced point there, add a perimeter vertex, or (pan) select the area under it.
 */
import type L from 'leaflet';
import { useMapStore } from '../../stores/useMapStore';
import { useProjectStore } from '../../stores/useProjectStore';
import { usePlacementStore } from '../../stores/usePlacementStore';
import { useI18n } from '../../i18n';

export interface ClickTargets {
  addVertex(lat: number, lon: number): void;
  closePerimeter(): void;
  justDragged(): boolean;
  clearFocus(): void;
}

export function useMapClicks(targets: ClickTargets) {
  const map$ = useMapStore();
  const project = useProjectStore();
  const placement = usePlacementStore();
  const { t } = useI18n();

  async function onClick(e: L.LeafletMouseEvent) {
    if (targets.justDragged()) return;
    const { lat, lng } = e.latlng;
    switch (map$.mode) {
      case 'add-member': {
        const m = await map$.addMemberAt(lat, lng, `${t('members.newName')} ${project.members.length + 1}`, placement.preset ?? undefined);
        if (m) await placement.offerConfiguration('member', m.id, m.name, m.locatedAreaCode ?? null, m.configurationId);
        break;
      }
      case 'add-plant': {
        const p = await map$.addPlantAt(lat, lng, `${t('map.newPlant')} ${project.plants.length + 1}`);
        if (p) await placement.offerConfiguration('plant', p.id, p.name, p.locatedAreaCode ?? null, p.configurationId);
        break;
      }
      case 'place':
        await placement.placeAt(lat, lng);
        break;
      case 'draw':
        targets.addVertex(lat, lng);
        break;
      default: {
        targets.clearFocus();
        const hit = await map$.locate(lat, lng);
        if (hit) await map$.selectArea(hit.code);
      }
    }
  }

  function onDblClick() {
    if (map$.mode === 'draw') targets.closePerimeter();
  }

  function attach(m: L.Map) {
    m.on('click', (e) => void onClick(e));
    m.on('dblclick', onDblClick);
  }

  return { attach };
}

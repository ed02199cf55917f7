/**
 * What a click on the map does, by mode: add a member or a plant there (saved at once, its
 * area located by the core), add a perimeter vertex, or (pan) select the area under it.
 */
import type L from 'leaflet';
import { useMapStore } from '../../stores/useMapStore';
import { useProjectStore } from '../../stores/useProjectStore';
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
  const { t } = useI18n();

  async function onClick(e: L.LeafletMouseEvent) {
    if (targets.justDragged()) return;
    const { lat, lng } = e.latlng;
    switch (map$.mode) {
      case 'add-member':
        await map$.addMemberAt(lat, lng, `${t('members.newName')} ${project.members.length + 1}`);
        break;
      case 'add-plant':
        await map$.addPlantAt(lat, lng, `${t('map.newPlant')} ${project.plants.length + 1}`);
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

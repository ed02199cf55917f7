/**
 * Moving a member by dragging its circle (canvas markers cannot be `draggable` as plants'
 * icons are): press on it in pan mode, move, release; the new place is saved through the
 * store. A click right after a drag is not a click on the map.
 */
import L from 'leaflet';
import { onBeforeUnmount, type ShallowRef } from 'vue';
import type { MapPoint } from '../../../../core/api/common';
import { useMapStore } from '../../stores/useMapStore';

export function useMemberDrag(map: ShallowRef<L.Map | null>) {
  const map$ = useMapStore();
  let dragging: { point: MapPoint; marker: L.CircleMarker } | null = null;
  let justDragged = false;

  function start(point: MapPoint, marker: L.CircleMarker, e: L.LeafletMouseEvent) {
    const m = map.value;
    if (map$.mode !== 'pan' || !m) return;
    L.DomEvent.stop(e);
    m.dragging.disable();
    dragging = { point, marker };
    m.getContainer().classList.add('map-dragging');
  }

  function move(e: L.LeafletMouseEvent) {
    dragging?.marker.setLatLng(e.latlng);
  }

  function end() {
    const m = map.value;
    if (!dragging || !m) return;
    const { point, marker } = dragging;
    dragging = null;
    m.dragging.enable();
    m.getContainer().classList.remove('map-dragging');
    const ll = marker.getLatLng();
    if (ll.lat === point.lat && ll.lng === point.lon) return;
    justDragged = true;
    setTimeout(() => (justDragged = false), 50);
    void map$.movePoint('member', point.id, ll.lat, ll.lng);
  }

  function attach(m: L.Map) {
    m.on('mousemove', move);
    m.on('mouseup', end);
    // released outside the map: still the end of the drag
    document.addEventListener('mouseup', end);
  }

  onBeforeUnmount(() => document.removeEventListener('mouseup', end));

  return { attach, start, justDragged: () => justDragged };
}

/** Dropping an areas file (GeoPackage, GeoJSON, KML, zipped Shapefile) on the map imports it. */
import { ref } from 'vue';
import { useMapStore } from '../../stores/useMapStore';

export function useMapDrop(afterImport: () => void) {
  const map$ = useMapStore();
  const dragOver = ref(false);

  async function onDrop(e: DragEvent) {
    dragOver.value = false;
    const file = e.dataTransfer?.files?.[0];
    if (!file) return;
    await map$.importFile(file);
    afterImport();
  }

  return { dragOver, onDragOver: () => (dragOver.value = true), onDragLeave: () => (dragOver.value = false), onDrop };
}

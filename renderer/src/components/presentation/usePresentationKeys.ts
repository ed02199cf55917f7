/**
 * Keys of presentation mode while a project is shown: F5 or P toggles it (P not while typing in
 * a field), Escape leaves it. F5 would reload the page in a browser: taken here instead, as
 * presentation software does.
 */
import { nextTick, onBeforeUnmount, onMounted, watch } from 'vue';
import { useUiStore } from '../../stores/useUiStore';

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

export function usePresentationKeys(): void {
  const ui = useUiStore();
  function onKey(e: KeyboardEvent) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'Escape' && ui.presentation) {
      ui.togglePresentation(false);
    } else if (e.key === 'F5' || ((e.key === 'p' || e.key === 'P') && !typing(e.target))) {
      e.preventDefault();
      ui.togglePresentation();
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', onKey);
    // Leaving the project leaves presentation mode (this component's watcher stops with it).
    ui.togglePresentation(false);
    document.documentElement.classList.remove('presenting');
  });
  // The whole page restyles (presentation.css keys on this class); the map is told its size changed.
  watch(
    () => ui.presentation,
    async (on) => {
      document.documentElement.classList.toggle('presenting', on);
      await nextTick();
      window.dispatchEvent(new Event('resize'));
    },
    { immediate: true },
  );
}

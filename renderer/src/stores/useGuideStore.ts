/**
 * The in-app help: the guide panel (a page per view, in the UI language), the reader of the
 * GSE operating rules that every `[RO p.N]` citation opens, and the first-run tour of the
 * demo project (shown once; dismissing it is remembered on this machine's app storage).
 * Pages come from the core (resources/guide, resources/rules-text): nothing needs a network.
 */
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { GuideIndexEntry, GuidePage, GuidePageId, RulesPage } from '../../../core/api/common';
import { api } from '../api/client';
import { locale } from '../i18n';
import { useUiStore } from './useUiStore';

export const TOUR_DONE_KEY = 'condivisa.tour.done';

export const useGuideStore = defineStore('guide', () => {
  const ui = useUiStore();
  const open = ref(false);
  const pageId = ref<GuidePageId>('overview');
  const page = ref<GuidePage | null>(null);
  const index = ref<GuideIndexEntry[]>([]);
  /** The rules reader: the printed page shown, or null when closed. */
  const rules = ref<RulesPage | null>(null);
  const rulesLoading = ref(false);
  const tourStep = ref<number | null>(null);

  /** Language of the index held: the titles are fetched again after a language switch. */
  let indexLang: string | null = null;

  async function load(id: GuidePageId) {
    const lang = locale.value;
    try {
      if (indexLang !== lang) {
        index.value = await api.listGuidePages({ lang });
        indexLang = lang;
      }
      page.value = await api.getGuidePage({ lang, page: id });
      pageId.value = id;
    } catch (e) {
      ui.showError(e);
    }
  }

  async function openGuide(id: GuidePageId = pageId.value) {
    open.value = true;
    await load(id);
  }

  async function openRules(n: number) {
    rulesLoading.value = true;
    try {
      rules.value = await api.getRulesPage({ page: n });
    } catch (e) {
      ui.showError(e);
    } finally {
      rulesLoading.value = false;
    }
  }

  const tourDone = () => typeof localStorage !== 'undefined' && localStorage.getItem(TOUR_DONE_KEY) === '1';

  /** The demo project's first opening on this machine starts the tour. */
  function offerTour(isDemo: boolean) {
    if (isDemo && !tourDone() && tourStep.value === null) tourStep.value = 0;
  }

  function endTour() {
    tourStep.value = null;
    localStorage.setItem(TOUR_DONE_KEY, '1');
  }

  // The panel follows the language switch.
  watch(locale, () => {
    if (open.value) void load(pageId.value);
  });

  return {
    open,
    pageId,
    page,
    index,
    rules,
    rulesLoading,
    tourStep,
    openGuide,
    closeGuide: () => (open.value = false),
    openRules,
    closeRules: () => (rules.value = null),
    offerTour,
    startTour: () => void (tourStep.value = 0),
    endTour,
  };
});

/**
 * The home screen's data: the app's facts, recent projects, project files in the workspace,
 * and the three ways to reach a project (create, open a path, open the demo). Opening resolves
 * to the project's path, or null when refused (the error banner says why).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { AppInfo, ProjectSummary, RecentProject, WorkspaceFile } from '../../../core/api/common';
import type { CommunityType } from '../../../core/model/entities';
import { api } from '../api/client';
import { useUiStore } from './useUiStore';

export const useWorkspaceStore = defineStore('workspace', () => {
  const ui = useUiStore();
  const info = ref<AppInfo | null>(null);
  const recent = ref<RecentProject[]>([]);
  const files = ref<WorkspaceFile[]>([]);
  const busy = ref(false);

  async function load() {
    try {
      [info.value, recent.value, files.value] = await Promise.all([api.appInfo({}), api.listRecentProjects({}), api.listWorkspaceProjects({})]);
    } catch (e) {
      ui.showError(e);
    }
  }

  async function reach(action: () => Promise<ProjectSummary>): Promise<string | null> {
    busy.value = true;
    try {
      const summary = await action();
      ui.clearError();
      return summary.path;
    } catch (e) {
      ui.showError(e);
      return null;
    } finally {
      busy.value = false;
    }
  }

  return {
    info,
    recent,
    files,
    busy,
    load,
    create: (path: string, name: string, type: CommunityType) => reach(() => api.createProject({ path, name, type })),
    open: (path: string) => reach(() => api.openProject({ path })),
    openDemo: () => reach(() => api.openDemoProject({})),
  };
});

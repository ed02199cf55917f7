/** Hash history: the same routes work from file:// (Electron) and from the web host. */
import { createRouter, createWebHashHistory } from 'vue-router';
import HomePage from './pages/HomePage.vue';
import ProjectPage from './pages/ProjectPage.vue';

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', component: HomePage },
    { path: '/project', component: ProjectPage, props: (route) => ({ path: String(route.query.path ?? '') }) },
  ],
});

/**
 * Hash history: the same routes work from file:// (Electron) and from the web host. The
 * project page is fetched on first use: the home screen is all the first load needs.
 */
import { createRouter, createWebHashHistory } from 'vue-router';
import HomePage from './pages/HomePage.vue';

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', component: HomePage },
    { path: '/project', component: () => import('./pages/ProjectPage.vue'), props: (route) => ({ path: String(route.query.path ?? '') }) },
    // The printable guide (Guida d'uso) for a workshop.
    { path: '/guide/print', component: () => import('./components/guide/GuidePrint.vue') },
  ],
});

import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { router } from './router';
import { locale } from './i18n';
import { connectShellMenu } from './menu-actions';
import './styles.css';

document.documentElement.lang = locale.value;
createApp(App).use(createPinia()).use(router).mount('#app');
connectShellMenu();

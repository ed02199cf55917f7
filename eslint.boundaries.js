// The import allow-list of ARCHITECTURE.md, checked by eslint-plugin-boundaries: every folder
// is an element, and an element may import only the elements and packages listed for it.
// The pure core is ordered: model ← geo, solar, load, rules, balance, economics ← wind, carbon
// ← scenario; the API contract (core/api/common) sits on the pure core; the Node side
// (io, store, api/node) on both; hosts (cli, electron) on the API; the renderer only on the
// contract and pure helpers. Nothing imports the renderer or electron.
import boundaries from 'eslint-plugin-boundaries';

const PURE = ['model', 'geo', 'solar', 'wind', 'load', 'rules', 'balance', 'economics', 'carbon', 'sharing', 'scenario', 'advisor', 'charts', 'report'];

/** Folder elements; `core/api/common` and `core/api/node` are the two runtime layers of the API. */
const elements = [
  ...PURE.map((type) => ({ type, pattern: `core/${type}` })),
  { type: 'api-common', pattern: 'core/api/common' },
  { type: 'api-node', pattern: 'core/api/node' },
  { type: 'io', pattern: 'core/io' },
  { type: 'store', pattern: 'core/store' },
  { type: 'resources', pattern: 'resources' },
  { type: 'cli', pattern: 'cli' },
  { type: 'electron', pattern: 'electron' },
  { type: 'renderer', pattern: 'renderer' },
  { type: 'bench', pattern: 'bench' },
];

/** Which elements each element may import (besides itself). */
const ALLOWED = {
  model: [],
  geo: ['model'],
  solar: ['model', 'resources'],
  load: ['model'],
  rules: ['model'],
  balance: ['model'],
  economics: ['model'],
  wind: ['model', 'solar'],
  carbon: ['model', 'economics'],
  sharing: ['model', 'economics'],
  scenario: ['model', 'solar', 'wind', 'load', 'balance', 'economics', 'carbon', 'sharing', 'rules'],
  // The advisor's searches (sizing, roofs, member mix) and the 3-day outlook: pure, on the run.
  advisor: ['model', 'solar', 'economics', 'scenario'],
  // ECharts option builders shared by the screen and the report (types of echarts only, no DOM).
  charts: ['model'],
  // The deliverables' document model (report, GSE tables, checklist): pure, on the results.
  report: ['model', 'rules', 'economics', 'sharing', 'scenario', 'advisor', 'charts'],
  'api-common': ['model', 'rules', 'scenario', 'advisor', 'sharing', 'report'],
  io: [...PURE, 'api-common'],
  store: [...PURE, 'io', 'api-common'],
  'api-node': [...PURE, 'api-common', 'io', 'store', 'resources'],
  cli: [...PURE, 'api-common', 'api-node', 'io', 'store'],
  electron: ['api-common', 'api-node'],
  renderer: ['api-common', 'model', 'rules', 'scenario', 'economics', 'sharing', 'advisor', 'charts'],
  bench: [...PURE, 'api-common', 'api-node', 'io', 'store'],
};

/** Packages each side may use; Node built-ins (origin "core") only where listed. */
const PURE_PACKAGES = ['decimal.js', 'valibot', 'polygon-clipping', 'flatbush'];
const PACKAGES = {
  pure: PURE_PACKAGES,
  // The chart builders name ECharts' option types; they never load ECharts itself.
  charts: [...PURE_PACKAGES, 'echarts'],
  'api-common': ['valibot'],
  node: ['*'],
  renderer: ['vue', 'vue-router', 'pinia', 'leaflet', 'protomaps-leaflet', 'echarts', 'echarts/*', 'pdfjs-dist', 'pdfjs-dist/*', 'valibot', 'decimal.js'],
};

const sideOf = (type) => (type === 'charts' ? 'charts' : PURE.includes(type) ? 'pure' : type === 'api-common' ? 'api-common' : type === 'renderer' ? 'renderer' : 'node');

const elementPolicies = Object.entries(ALLOWED).map(([from, to]) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: [from, ...to] } } } },
}));

const packagePolicies = Object.keys(ALLOWED).flatMap((from) => {
  const packages = PACKAGES[sideOf(from)];
  return [
    { from: { element: { type: from } }, allow: { to: { module: { origin: 'external', source: packages } } } },
    ...(sideOf(from) === 'node' ? [{ from: { element: { type: from } }, allow: { to: { module: { origin: 'core' } } } }] : []),
  ];
});

// Electron itself is an external package only the desktop host may load.
const electronOnly = {
  from: { element: { type: '!electron' } },
  disallow: { to: { module: { origin: 'external', source: 'electron' } } },
};

export const boundariesConfig = {
  files: ['core/**/*.ts', 'cli/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.vue', 'bench/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': elements,
    'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs', '.vue', '.json'] } },
  },
  rules: {
    'boundaries/dependencies': [2, { default: 'disallow', checkAllOrigins: true, policies: [...elementPolicies, ...packagePolicies, electronOnly] }],
  },
};

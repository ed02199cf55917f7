/** Two substation areas in Milan side by side, with GSE property names, written as GeoJSON. */
import fs from 'node:fs';
import path from 'node:path';

const square = (x0: number, y0: number, x1: number, y1: number) => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];

export function writeMilanAreas(dir: string): string {
  const file = path.join(dir, 'aree-milano.geojson');
  fs.writeFileSync(
    file,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { cod_ac: 'AC001E00934', rag_soc: 'Unareti SpA' }, geometry: { type: 'Polygon', coordinates: square(9.16, 45.44, 9.24, 45.5) } },
        { type: 'Feature', properties: { cod_ac: 'AC001E00935', rag_soc: 'Unareti SpA' }, geometry: { type: 'Polygon', coordinates: square(9.08, 45.44, 9.16, 45.5) } },
      ],
    }),
  );
  return file;
}

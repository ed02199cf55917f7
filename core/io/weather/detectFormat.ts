/** Weather-file formats recognised from content. */
export type WeatherFileFormat = 'pvgis-tmy-json' | 'pvgis-hourly-json' | 'pvgis-tmy-csv' | 'pvgis-hourly-csv' | 'epw';

/** Detects the format from the text itself (never from the file name); null when unknown. */
export function detectWeatherFormat(text: string): WeatherFileFormat | null {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4000).trimStart();
  if (head.startsWith('{')) {
    if (head.includes('"tmy_hourly"') || text.includes('"tmy_hourly"')) return 'pvgis-tmy-json';
    if (text.includes('"hourly"')) return 'pvgis-hourly-json';
    return null;
  }
  if (/^LOCATION,/i.test(head)) return 'epw';
  if (/^time\(UTC\),/im.test(head) || /^month,year/im.test(head)) return 'pvgis-tmy-csv';
  if (/^time,/im.test(head) && /^Latitude/im.test(head)) return 'pvgis-hourly-csv';
  return null;
}

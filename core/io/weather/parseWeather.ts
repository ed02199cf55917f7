/**
 * Format-detecting entry point for weather files (pure: text in, `WeatherYear` out).
 */
import type { WeatherYear } from '../../model/weather-year';
import { detectWeatherFormat } from './detectFormat';
import { parseEpw } from './epw';
import { IoError } from '../io-error';
import { weatherAt } from './location';
import { parsePvgisHourlyCsv, parsePvgisTmyCsv } from './pvgisCsv';
import { parsePvgisHourlyJson, parsePvgisTmyJson } from './pvgisJson';

export interface ParseWeatherOptions {
  /** Demand a whole year (8760/8784 hourly records) for hourly series; default true. */
  requireFullYear?: boolean;
}

export function parseWeather(text: string, fileName: string, opts: ParseWeatherOptions = {}): WeatherYear {
  const f = detectWeatherFormat(text);
  switch (f) {
    case 'pvgis-tmy-json':
      return parsePvgisTmyJson(text, fileName);
    case 'pvgis-hourly-json':
      return parsePvgisHourlyJson(text, fileName, opts);
    case 'pvgis-tmy-csv':
      return parsePvgisTmyCsv(text, fileName);
    case 'pvgis-hourly-csv':
      return parsePvgisHourlyCsv(text, fileName, opts);
    case 'epw':
      return parseEpw(text, fileName);
    default:
      throw new IoError(weatherAt(fileName, 1, null), 'io/wrong-file-type', { code: 'io.parse-weather.unrecognised-weather-format-expected' });
  }
}

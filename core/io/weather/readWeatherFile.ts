/** Thin Node reader around `parseWeather`. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WeatherYear } from '../../model/weather-year';
import { parseWeather, type ParseWeatherOptions } from './parseWeather';

export async function readWeatherFile(filePath: string, opts: ParseWeatherOptions = {}): Promise<WeatherYear> {
  const text = await readFile(filePath, 'utf8');
  return parseWeather(text, basename(filePath), opts);
}

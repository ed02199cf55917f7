/**
 * Weather importers: PVGIS TMY (JSON/CSV), PVGIS hourly seriescalc (JSON/CSV; horizontal or
 * plane-of-array variant) and EnergyPlus EPW → `WeatherYear` (core/solar/weather).
 */
export { detectWeatherFormat, type WeatherFileFormat } from './detectFormat';
export { parseWeather, type ParseWeatherOptions } from './parseWeather';
export { parsePvgisTmyJson, parsePvgisHourlyJson } from './pvgisJson';
export { parsePvgisTmyCsv, parsePvgisHourlyCsv } from './pvgisCsv';
export { parseEpw } from './epw';
export { readWeatherFile } from './readWeatherFile';

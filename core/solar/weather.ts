/** The weather year moved to core/model/weather-year; re-exported for core/api until its restructure. */
export type { PoaComponents, WeatherYear } from '../model/weather-year';

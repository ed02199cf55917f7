/**
 * core/solar — PV yield for Condivisa (pure: no Node, no DOM).
 *
 * Quick use:
 *   const w = syntheticTypicalYear(lat, lon, elevation, 2025);      // or an imported WeatherYear (core/io/weather)
 *   const y = layTypicalYearOnCalendar(tmy, 2025);                   // TMY → reference calendar year (UTC)
 *   const r = simulatePvYear(w, { kWp: 6, tiltDeg: 30, azimuthDeg: 180 }); // kWh per step, annual, monthly
 *
 * Models (see each module's doc comment): sun position NREL SPA (Reda & Andreas 2004; full
 * `solarPositionSpa` and vectorised `sunPositionSeries`); transposition isotropic (Liu & Jordan 1963),
 * Hay & Davies (1980), Perez et al. (1990); extraterrestrial irradiance (Spencer 1971); air mass
 * (Kasten & Young 1989); ground reflection with albedo; GHI decomposition (Erbs et al. 1982);
 * IAM Martin & Ruiz (2001) or ASHRAE; cell temperature Faiman (2008) or SAPM (King et al. 2004);
 * PVWatts v5 DC and inverter models (Dobos 2014); system losses; degradation; far-horizon shading;
 * clear sky Haurwitz (1945) for the synthetic year from the embedded Italian climate
 * (resources/climate/italy-monthly-climate.json).
 *
 * Conventions: azimuths are compass degrees (0 N, 90 E, 180 S, 270 W); time bases are UTC;
 * irradiance [W/m²], temperature [°C], energy [kWh].
 */
export type { WeatherYear, PoaComponents } from '../model/weather-year';
export type { HorizonProfile } from './horizon';
export { horizonElevationAt, horizonFromPvgis } from './horizon';
export { PvParameterError } from './errors';
export type { PvParams, TranspositionModel, IamModel, CellTemperatureModel } from './pvParams';
export { resolvePvParams } from './pvParams';
export { simulatePvYear, type PvYearResult } from './pvYear';
export { solarPositionSpa, spaGeocentric, spaTopocentric, incidenceAngleDeg, julianDayFromUtcMs, type SpaObserver, type SpaResult } from './spa';
export { sunPositionSeries, type SunPositionSeries } from './sunPositionFast';
export { estimateDeltaT } from './deltaT';
export { aoiDeg, aoiProjection } from './aoi';
export { relativeAirmassKastenYoung, absoluteAirmass, pressureFromAltitude } from './airmass';
export { extraterrestrialNormal, dayOfYearUtc } from './extraterrestrial';
export { skyDiffuseIsotropic } from './skyDiffuseIsotropic';
export { skyDiffuseHayDavies } from './skyDiffuseHayDavies';
export { skyDiffusePerez, PEREZ_1990_COEFFS } from './skyDiffusePerez';
export { groundReflected } from './groundReflected';
export { decomposeErbs, erbsDiffuseFraction } from './erbs';
export { completeHorizontalIrradiance, horizontalFromPlaneOfArray, type HorizontalIrradiance, type IrradianceSeriesTiming, type IrradianceSite } from './horizontalIrradiance';
export { iamAshrae, iamMartinRuiz, iamMartinRuizDiffuse } from './iam';
export { cellTemperatureFaiman, cellTemperatureSapm, SAPM_OPEN_RACK_GLASS_GLASS, SAPM_OPEN_RACK_GLASS_POLYMER } from './cellTemperature';
export { pvwattsDc } from './dcPower';
export { pvwattsInverter } from './inverter';
export { clearSkyHaurwitz } from './clearSky';
export { interpolateClimate, distanceKm, type ClimateTable, type ClimateStation, type MonthlyClimate } from './climateTable';
export { DEFAULT_CLIMATE } from './defaultClimate';
export { syntheticTypicalYear, type SyntheticYearOptions } from './syntheticYear';
export { layTypicalYearOnCalendar } from './typicalYearCalendar';
export { poaToHorizontal } from './poaToHorizontal';

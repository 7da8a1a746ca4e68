// SI units everywhere inside the model; conversion happens only at the edges
// (parsers in, UI out). Brands keep metres and seconds apart at compile time.
declare const unit: unique symbol;
type Unit<Name extends string> = number & { readonly [unit]: Name };

export type Meters = Unit<'m'>;
export type Seconds = Unit<'s'>;
export type MetersPerSecond = Unit<'m/s'>;
export type Watts = Unit<'W'>;
export type Bpm = Unit<'bpm'>;
/** Revolutions (or strides, strokes) per minute. */
export type Rpm = Unit<'rpm'>;
export type Celsius = Unit<'°C'>;
export type Kilograms = Unit<'kg'>;
export type Kilocalories = Unit<'kcal'>;
/** UTC epoch milliseconds. */
export type EpochMs = Unit<'epoch-ms'>;

export const meters = (n: number) => n as Meters;
export const seconds = (n: number) => n as Seconds;
export const metersPerSecond = (n: number) => n as MetersPerSecond;
export const watts = (n: number) => n as Watts;
export const bpm = (n: number) => n as Bpm;
export const rpm = (n: number) => n as Rpm;
export const celsius = (n: number) => n as Celsius;
export const kilograms = (n: number) => n as Kilograms;
export const kilocalories = (n: number) => n as Kilocalories;
export const epochMs = (n: number) => n as EpochMs;

/** The athlete's choice of units for what is shown and said; the model itself stays SI. */
export type UnitSystem = 'metric' | 'imperial';

// Exact by definition: the international yard and pound agreement (1959), 1 yd = 0.9144 m.
export const METERS_PER_MILE = 1609.344;
export const METERS_PER_FOOT = 0.3048;
export const METERS_PER_YARD = 0.9144;

// What a human body can sustain, for telling a sensor's spike from an effort
// when thresholds are estimated from files (estimate.ts). A value outside
// these bounds is a recording fault, not a best effort.

/**
 * Heart rate, bpm. Below 30 no endurance athlete is exercising (resting HR of
 * elite endurance athletes bottoms out near 30-35); above 220 is past every
 * laboratory maximum in adults (Tanaka, Monahan & Seals 2001, JACC 37:153: 208 - 0.7 x age,
 * SD about 10 bpm, so 220 is beyond +3 SD even at age 10).
 */
export const HR_MIN_BPM = 30;
export const HR_MAX_BPM = 220;

/** A session whose heart rate leaves the bounds this often is a faulty strap, not an athlete: its HR is not used. */
export const HR_OUT_OF_BOUNDS_MAX_FRACTION = 0.05;

/**
 * A heart-rate sample this far from the median of the 11 seconds around it is a
 * spike (a strap losing contact doubles or halves the count for a few beats);
 * a real rise is slower than 20 bpm in 5 s.
 */
export const HR_SPIKE_BPM = 20;
export const HR_SPIKE_WINDOW_S = 11;

/**
 * Maximum heart rate is the highest value *held* this long, so one spike that
 * survives the median filter cannot set it (a true maximum plateaus for several
 * seconds at the end of an all-out effort).
 */
export const MAX_HR_HELD_S = 10;

/**
 * Power, W: above 2,000 W is a power meter glitch for anyone but a track
 * sprinter's first seconds. 20-minute power above 500 W is beyond the best
 * recorded professional hour efforts (about 6.5 W/kg at 75 kg); a file
 * claiming it is mis-scaled or from a running power pod.
 */
export const POWER_SAMPLE_MAX_W = 2000;
export const POWER_20MIN_MAX_W = 500;

/**
 * Running speed, m/s: a sample above 10 m/s (36 km/h, Bolt's peak was 12.4 for
 * a few metres) is a GPS jump; 30 minutes faster than 6.3 m/s beats the 10,000 m
 * world record (26:11, 6.37 m/s) and is a car, a bike or a GPS fault.
 */
export const RUN_SAMPLE_MAX_MS = 10;
export const RUN_30MIN_MAX_MS = 6.3;

/** Swimming: 400 m faster than 3:40 beats the world record (3:40.07), so a swim CSS above 2 m/s is a fault. */
export const SWIM_400_MIN_S = 220;
export const SWIM_CSS_MAX_MS = 2;

/** A sustained window may miss this share of its seconds (dropouts, spikes removed) and still count. */
export const WINDOW_MAX_MISSING = 0.05;

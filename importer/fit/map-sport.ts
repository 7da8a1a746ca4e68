// FIT sport / sub_sport enum names (Garmin FIT profile, types "sport" and
// "sub_sport", as @garmin/fitsdk names them) onto the model's closed sets.
import type { Sport, SubSport } from '../../shared/model';

const SPORTS: Readonly<Record<string, Sport>> = {
  running: 'running',
  cycling: 'cycling',
  eBiking: 'cycling',
  swimming: 'swimming',
  walking: 'walking',
  hiking: 'hiking',
  mountaineering: 'hiking',
  snowshoeing: 'hiking',
  rowing: 'rowing',
  crossCountrySkiing: 'cross_country_skiing',
  alpineSkiing: 'alpine_skiing',
  snowboarding: 'alpine_skiing',
  paddling: 'paddling',
  kayaking: 'paddling',
  canoeing: 'paddling',
  rafting: 'paddling',
  standUpPaddleboarding: 'paddling',
  training: 'training',
  hiit: 'training',
  diving: 'diving',
  transition: 'transition',
  multisport: 'multisport',
};

// Sub-sports that say more about the activity than the sport does:
// fitness_equipment is a treadmill run, a trainer ride or an erg row by its
// sub-sport; training is strength or yoga by its sub-sport.
const SPORT_BY_SUB_SPORT: Readonly<Record<string, Sport>> = {
  treadmill: 'running',
  indoorRunning: 'running',
  indoorCycling: 'cycling',
  spin: 'cycling',
  indoorRowing: 'rowing',
  indoorWalking: 'walking',
  strengthTraining: 'strength',
  yoga: 'yoga',
  pilates: 'yoga',
};

const SUB_SPORTS: Readonly<Record<string, SubSport>> = {
  generic: 'generic',
  road: 'road',
  mountain: 'mountain',
  downhill: 'mountain',
  eBikeMountain: 'mountain',
  gravelCycling: 'gravel',
  cyclocross: 'gravel',
  indoorCycling: 'indoor',
  spin: 'indoor',
  indoorRunning: 'indoor',
  indoorWalking: 'indoor',
  indoorRowing: 'indoor',
  indoorSkiing: 'indoor',
  virtualActivity: 'virtual',
  treadmill: 'treadmill',
  trail: 'trail',
  track: 'track',
  trackCycling: 'track',
  lapSwimming: 'lap_swimming',
  openWater: 'open_water',
  commuting: 'commuting',
};

/**
 * The model's sport for a FIT sport and sub-sport name. Null or a number
 * (a value newer than the profile, e.g. snorkeling in old decoders) is 'other'.
 */
export function mapSport(sport: string | null, subSport: string | null): Sport {
  if (sport === 'fitnessEquipment' || sport === 'training' || sport === 'generic') {
    const bySub = subSport === null ? undefined : SPORT_BY_SUB_SPORT[subSport];
    if (bySub) return bySub;
  }
  return (sport !== null && SPORTS[sport]) || 'other';
}

/** The model's sub-sport; an absent sub-sport is 'generic', an unmapped one 'other'. */
export function mapSubSport(subSport: string | null): SubSport {
  if (subSport === null) return 'generic';
  return SUB_SPORTS[subSport] ?? 'other';
}

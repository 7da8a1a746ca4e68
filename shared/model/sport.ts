// A closed set of sports and sub-sports, with `other` for everything else.
// Parsers map their own vocabularies (FIT sport enum, TCX Sport attribute,
// Strava activity types) onto these.
export const SPORTS = [
  'running',
  'cycling',
  'swimming',
  'walking',
  'hiking',
  'rowing',
  'cross_country_skiing',
  'alpine_skiing',
  'paddling',
  'strength',
  'yoga',
  'training',
  'diving',
  'transition',
  'multisport',
  'other',
] as const;
export type Sport = (typeof SPORTS)[number];

export const SUB_SPORTS = [
  'generic',
  'road',
  'mountain',
  'gravel',
  'indoor',
  'virtual',
  'treadmill',
  'trail',
  'track',
  'lap_swimming',
  'open_water',
  'commuting',
  'other',
] as const;
export type SubSport = (typeof SUB_SPORTS)[number];

/**
 * The family a sport belongs to when recognising the same workout from two
 * sources: Strava may call a trail run "running" and Garmin "trail running";
 * a walk and a hike are the same outing to most sites.
 */
export function sportFamily(sport: Sport): string {
  switch (sport) {
    case 'walking':
    case 'hiking':
      return 'foot';
    case 'cross_country_skiing':
    case 'alpine_skiing':
      return 'skiing';
    case 'strength':
    case 'yoga':
    case 'training':
      return 'training';
    default:
      return sport;
  }
}

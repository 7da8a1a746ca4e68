// The button's look on each site, close to the site's own primary buttons so
// it does not jar: Strava's orange (#fc5200, its brand colour) with rounded
// corners; Garmin Connect's blue; intervals.icu's Vuetify-style blue with
// capitals. The font is inherited from the page through the shadow root.
import type { SiteName } from '../../../shared/model';

interface Look {
  readonly background: string;
  readonly hover: string;
  readonly radius: string;
  readonly transform: 'none' | 'uppercase';
}

const LOOKS: Readonly<Record<SiteName, Look>> = {
  strava: { background: '#fc5200', hover: '#e34a00', radius: '4px', transform: 'none' },
  'garmin-connect': { background: '#1976d2', hover: '#135ca6', radius: '4px', transform: 'none' },
  'intervals.icu': { background: '#2196f3', hover: '#1a78c2', radius: '4px', transform: 'uppercase' },
};

export function buttonCss(site: SiteName): string {
  const look = LOOKS[site];
  return `
:host { all: initial; display: inline-flex; align-items: center; gap: 8px; margin: 6px 0; font-family: inherit; font-size: 14px; line-height: 1.4; color: inherit; vertical-align: middle; }
button { font: inherit; font-weight: 600; text-transform: ${look.transform}; color: #fff; background: ${look.background}; border: 0; border-radius: ${look.radius}; padding: 6px 14px; cursor: pointer; }
button:hover:not(:disabled) { background: ${look.hover}; }
button:focus-visible { outline: 2px solid ${look.background}; outline-offset: 2px; }
button:disabled { opacity: 0.7; cursor: progress; }
[role=status] { font-size: 13px; }
[role=status]:empty { display: none; }
`;
}

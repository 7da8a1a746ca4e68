// Best efforts and records in the season: for each kind, the current best, when,
// and how it progressed (every session that set or beat it, oldest first).
import { recordProgression, type SessionBest } from '../../../shared/analytics';
import type { ProgressSession } from '../../db';
import { durationLabel } from '../common/duration-label';
import { useFormat } from '../common/format-context';
import { formatDuration } from '../../../shared/model';
import type { Format } from '../units/format';

const POWER_RECORDS = new Set([5, 60, 300, 1200, 3600]);
const DISTANCE_NAMES: Record<string, string> = {
  '400': '400 m',
  '1000': '1 km',
  '1609.344': '1 mile',
  '5000': '5 km',
  '10000': '10 km',
  '21097.5': 'half marathon',
  '42195': 'marathon',
};
const FAMILIES = ['cycling', 'running', 'swimming'];

/** "Cycling, best 20 min power"; null for records not listed (every power duration is on the curve already). */
function recordName(key: string): string | null {
  // 'running.distance.1609.344': the third part may hold a decimal point.
  const [family = '', kind = '', ...rest] = key.split('.');
  const x = rest.join('.');
  if (!FAMILIES.includes(family)) return null;
  const sport = family[0]!.toUpperCase() + family.slice(1);
  if (kind === 'power') return POWER_RECORDS.has(Number(x)) ? `${sport}, best ${durationLabel(Number(x))} power` : null;
  // A ride's fastest kilometre says more about the road than the rider: distances are for runs and swims.
  if (kind === 'distance') return family === 'cycling' ? null : `${sport}, fastest ${DISTANCE_NAMES[x] ?? `${x} m`}`;
  if (kind === 'farthest') return `${sport}, farthest in ${durationLabel(Number(x))}`;
  return null;
}

function show(b: SessionBest, format: Format, sport: string): string {
  if (b.unit === 's') return formatDuration(b.value);
  if (b.unit === 'W') return format.power(b.value);
  return sport === 'swimming' ? format.distance(b.value, 'swimming') : format.distance(b.value);
}

export function Records({
  bests,
  sessions,
  onOpenSession,
}: {
  bests: readonly SessionBest[];
  sessions: ReadonlyMap<string, ProgressSession>;
  onOpenSession: (id: string) => void;
}) {
  const format = useFormat();
  const records = recordProgression(bests).flatMap((r) => {
    const name = recordName(r.key);
    return name === null ? [] : [{ ...r, name }];
  });
  if (records.length === 0) return <p class="section-note">No best efforts in this season yet.</p>;
  const dateOf = (b: SessionBest) => {
    const s = sessions.get(b.sessionId);
    return s ? format.date(s.start, s.utcOffsetS) : '';
  };
  return (
    <table class="records">
      <thead>
        <tr>
          <th scope="col">Record</th>
          <th scope="col">Best</th>
          <th scope="col">Set on</th>
          <th scope="col">Progression</th>
        </tr>
      </thead>
      <tbody>
        {records.map((r) => {
          const best = r.progression[r.progression.length - 1]!;
          const family = r.key.split('.')[0]!;
          return (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{show(best, format, family)}</td>
              <td>
                <button type="button" class="link" onClick={() => onOpenSession(best.sessionId)}>
                  {dateOf(best)}
                </button>
              </td>
              <td class="progression">
                {r.progression.length === 1
                  ? 'first time'
                  : r.progression.map((b) => show(b, format, family)).join(' → ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

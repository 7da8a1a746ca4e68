// The Sport attribute of a TCX Activity: Sport_t in TrainingCenterDatabasev2.xsd
// is "Running", "Biking" or "Other".
import type { Sport } from '../../shared/model';

export function mapTcxSport(sport: string | null): Sport {
  if (sport === 'Running') return 'running';
  if (sport === 'Biking') return 'cycling';
  return 'other';
}

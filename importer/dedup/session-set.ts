// The sessions of one import, each workout once. A file whose bytes were
// already imported is skipped; a session that is the same workout as one
// already kept (isSameWorkout: two devices, or a FIT and its TCX export) is
// merged into it. Both are reported; nothing is counted twice.
import { isSameWorkout, type ImportIssue, type Session } from '../../shared/model';
import { mergeSessions } from './merge-sessions';

const HOUR_MS = 3_600_000;
// isSameWorkout (shared/model/identity.ts) matches starts up to 14 h apart
// (a time-zone mistake) give or take 3 min; 15 h of neighbouring hours
// around a start hold every session it could match.
const CANDIDATE_HOURS = 15;

function describeWorkout(s: Session): string {
  return `${s.sport}, ${new Date(s.start).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export class SessionSet {
  private readonly kept: Session[] = [];
  /** Content hash -> the file first seen with those bytes. */
  private readonly fileByHash = new Map<string, string>();
  /** File -> index in `kept` of (the first of) its sessions, duplicates included. */
  private readonly indexByFile = new Map<string, number>();
  /** Start hour -> indices in `kept`, so a new session is compared with its neighbours in time, not with every session. */
  private readonly indexByHour = new Map<number, number[]>();
  duplicatesSkipped = 0;
  merged = 0;

  get sessions(): readonly Session[] {
    return this.kept;
  }

  /**
   * Adds the sessions parsed from one file. Returns the warnings about it:
   * 'duplicate' when its bytes were already imported (then nothing is
   * added, and the caller drops the file's other issues), 'merged' per
   * session folded into an earlier one.
   */
  addFile(
    file: string,
    sessions: readonly Session[],
  ): { readonly duplicate: boolean; readonly warnings: ImportIssue[] } {
    const hash = sessions[0]?.sources[0]?.contentHash;
    if (hash === undefined) return { duplicate: false, warnings: [] };
    const original = this.fileByHash.get(hash);
    if (original !== undefined) {
      this.duplicatesSkipped++;
      const at = this.indexByFile.get(original);
      if (at !== undefined) this.indexByFile.set(file, at);
      const message = `${file}: identical to ${original} (same bytes): skipped, not counted twice`;
      return { duplicate: true, warnings: [{ file, code: 'duplicate', message }] };
    }
    this.fileByHash.set(hash, file);
    const warnings: ImportIssue[] = [];
    for (const session of sessions) {
      const at = this.candidates(session).find((i) => {
        const k = this.kept[i]!;
        return isSameWorkout(k, session) && !k.sources.some((s) => s.contentHash === hash);
      });
      if (at === undefined) {
        if (!this.indexByFile.has(file)) this.indexByFile.set(file, this.kept.length);
        this.indexHour(session.start, this.kept.length);
        this.kept.push(session);
        continue;
      }
      const earlier = this.kept[at]!;
      const merged = mergeSessions(earlier, session);
      this.kept[at] = merged;
      if (merged.start !== earlier.start) {
        this.unindexHour(earlier.start, at);
        this.indexHour(merged.start, at);
      }
      this.merged++;
      if (!this.indexByFile.has(file)) this.indexByFile.set(file, at);
      const others = earlier.sources.map((s) => s.file).join(' and ');
      warnings.push({
        file,
        code: 'merged',
        message: `${file}: the same workout as ${others} (${describeWorkout(earlier)}): merged into one session that keeps both sources`,
      });
    }
    return { duplicate: false, warnings };
  }

  /** Indices of kept sessions starting within CANDIDATE_HOURS of `s`, in the order they were kept. */
  private candidates(s: Session): number[] {
    const hour = Math.floor(s.start / HOUR_MS);
    const found: number[] = [];
    for (let h = hour - CANDIDATE_HOURS; h <= hour + CANDIDATE_HOURS; h++)
      found.push(...(this.indexByHour.get(h) ?? []));
    return found.sort((a, b) => a - b);
  }

  private indexHour(start: number, at: number): void {
    const hour = Math.floor(start / HOUR_MS);
    this.indexByHour.set(hour, [...(this.indexByHour.get(hour) ?? []), at]);
  }

  private unindexHour(start: number, at: number): void {
    const hour = Math.floor(start / HOUR_MS);
    this.indexByHour.set(
      hour,
      (this.indexByHour.get(hour) ?? []).filter((i) => i !== at),
    );
  }

  /** The session a file contributed to (for a duplicate file, the session of its twin). */
  sessionOf(file: string): Session | undefined {
    const at = this.indexByFile.get(file);
    return at === undefined ? undefined : this.kept[at];
  }

  /** Replaces the session a file contributed to (to apply what a Strava export says about it). */
  updateSessionOf(file: string, update: (s: Session) => Session): void {
    const at = this.indexByFile.get(file);
    if (at !== undefined) this.kept[at] = update(this.kept[at]!);
  }
}

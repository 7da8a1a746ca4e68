// The parts of the export kept in this browser: every table of the local
// database with the original files, each session's computed metrics, and the
// threshold history. Each part explains its files for README.md.
import { exportAll, localZipEntries, sessionMetrics, thresholdHistory, type SessionsDb } from '../db';
import { jsonFile, type ExportSection } from './export-section';

const TABLES_README = `## This browser's data

All values are SI: metres, seconds, metres per second, watts, bpm, kg; times are epoch milliseconds (UTC) unless
named as a date ('YYYY-MM-DD', the athlete's local day) or ISO text. Every row carries \`id\`, \`updatedAt\` (epoch ms
of its last change here) and \`deletedAt\` (always null: deleted rows are not exported).

- \`manifest.json\`: \`app\`, \`schemaVersion\` (the local database's version), \`exportedAt\` (ISO time), \`tables\`.
- \`sessions.json\`: one row per workout, without samples. \`sport\`, \`subSport\`; \`start\`; \`utcOffsetS\` (the
  local clock's offset at the start, when the file stated it); \`elapsedS\` (duration), \`movingS\`; \`distanceM\`,
  \`ascentM\`, \`descentM\`; \`avgHr\`, \`maxHr\`; \`avgPowerW\`, \`maxPowerW\`; \`avgCadence\`, \`maxCadence\` (rpm:
  strides for runs); \`avgSpeed\`, \`maxSpeed\`; \`calories\` (kcal); \`avgTempC\`; \`title\`, \`notes\`, \`rpe\` (perceived
  effort 0-10), \`gear\`; \`laps\` and \`legs\` (multisport), each with the same summary fields, a lap's \`trigger\`;
  \`pool\` (pool length and lengths for pool swims); \`rrIntervalsS\` (beat-to-beat intervals, when recorded); \`sources\` (each original file: \`format\`, \`file\` as you named
  it, \`contentHash\` SHA-256, \`sizeBytes\`, \`device\`, \`sensors\`, \`site\` when fetched from a training site);
  \`warnings\` (what the importer noticed); \`channelSources\` and \`channelPicks\` (which file each channel came from, and
  your choices); \`sourceHashes\`; \`editedFields\` (the fields you corrected) and \`imported\` (the files' value of each
  corrected field: the field itself holds yours); \`loadInputs\` (what load scoring reads from the samples: NP and
  seconds of power, mean speeds, seconds at each heart rate). A null value is unknown, never zero.
- \`streams/<session id>.json\`: one session's samples (\`id\` and \`sessionId\`: the session's), columnar: \`streams.time\` (seconds from the start) and, each
  the same length, \`heartRate\`, \`power\`, \`speed\`, \`cadence\`, \`altitude\`, \`distance\`, \`temperature\`, and
  \`positions\` (\`kind\`: 'degrees', or 'semicircles' as FIT stores them, degrees = semicircles x 180 / 2^31;
  \`lat\`, \`lon\`), \`extra\` (other recorded channels: \`name\`, \`units\`, \`values\`); null where a sensor gave no
  reading at that moment.
- \`sources.json\`: each original file kept: \`contentHash\`, \`file\` (its name as given), \`format\`, \`sizeBytes\`,
  \`addedAt\`, and \`path\`, where its bytes are in this zip.
- \`sources/<hash>-<name>\`: the original workout files, byte for byte as imported (decompressed).
- \`wellness.json\`: one row per day (\`date\`): \`restingHr\`, \`hrvRmssd\` (ms), \`sleepS\`, \`sleepQuality\`, \`weightKg\`,
  \`soreness\`, \`fatigue\`, \`stress\`, \`mood\`, \`motivation\` (1-5 scales), \`notes\`.
- \`plans.json\`: planned sessions: \`date\`, \`sport\`, \`title\`, \`targetDurationS\`, \`targetDistanceM\`, \`targetLoad\`,
  \`steps\` (structured workout steps).
- \`notes.json\`: your notes and reflections: \`kind\` ('note' or 'reflection'), \`sessionId\` and/or \`date\`, \`text\`.
- \`profile.json\`: the thresholds you set: \`key\` (ftp W, thresholdHr bpm, maxHr, restHr, thresholdRunSpeed m/s,
  swimCss m/s, weight kg), \`value\`, \`from\` (in force from), \`sport\` when it applies to one sport.
- \`settings.json\`: panel settings by \`id\` with their \`value\` (for example the threshold estimates, zone
  boundaries, the demo season's row list).
- \`insights.json\`: AI answers kept: \`subject\` ('session:<id>', 'week:<date>' or the question), \`answer\`,
  \`factsHash\` (digest of the facts it was built from), \`model\`, \`createdAt\`, \`usage\` (tokens).
- \`outbox.json\`: changes not yet sent to your account (\`table\`, \`rowId\`, \`op\`, \`at\`); \`syncState.json\`: sync
  bookkeeping. Both are empty until sync runs.
`;

const METRICS_README = `## Computed metrics

\`metrics/sessions.json\`: per session, oldest first, what SessionsAI computes from it with the thresholds in force on
its date: \`sessionId\`, \`start\` (ISO), \`sport\`; \`load\` (\`value\`, \`method\`: power-tss, running-tss-gap,
running-tss, swim-tss, hr-tss, trimp, session-rpe or multisport; \`basis\`, the inputs in words; \`estimated\`, true when
a threshold it used was estimated; \`legs\` for multisport); \`normalizedPowerW\` (30-second rolling average,
fourth-power mean); \`intensityFactor\` (NP / FTP); \`variabilityIndex\` (NP / average power); \`efficiencyFactor\`
(NP, or speed in metres a minute, / average HR); \`decouplingPct\` (output per beat, first half against second);
\`timeInZones\` (per zone model: \`zones\` with each zone's bounds and unit, \`seconds\` in each). Null where the
session's data cannot give a number. Where you corrected a value the samples contradict, the load is scored from your
value.
`;

const THRESHOLDS_README = `## Threshold history

\`thresholds.json\`: \`set\`, the thresholds you set (\`key\`, \`value\` in SI, \`from\`: the local date it applies from);
\`estimated\`, those SessionsAI estimated from your training where you set none (\`key\`, \`value\`, \`from\`, \`how\`:
the method in words, \`sessions\`: how many sessions it used); \`notEstimated\`, thresholds with too little data, and
\`why\`.
`;

/** Each local part, in the zip's order; `onSession` follows the metrics, the long part. */
export async function localSections(
  db: SessionsDb,
  onSession: (done: number, total: number) => void,
): Promise<ExportSection[]> {
  const tables: ExportSection = { files: localZipEntries(await exportAll(db)), readme: TABLES_README };
  const metrics: ExportSection = {
    files: { 'metrics/sessions.json': jsonFile(await sessionMetrics(db, onSession)) },
    readme: METRICS_README,
  };
  const thresholds: ExportSection = {
    files: { 'thresholds.json': jsonFile(await thresholdHistory(db)) },
    readme: THRESHOLDS_README,
  };
  return [tables, metrics, thresholds];
}

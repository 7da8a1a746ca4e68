// The `report` text: the thresholds used (and where each came from), how the
// loads were scored, weekly volume by sport, fitness/fatigue/form and records.
import {
  dayToIsoDate,
  trimpSexFactor,
  weekStartDay,
  type DayRow,
  type LoadMethod,
  type LoadScore,
  type RecordHistory,
  type ThresholdKey,
} from '../../shared/analytics';
import { formatKm } from './format';
import { formatDuration } from '../../shared/model';
import { renderTable, type Column } from './text-table';
import { recordKind, type TrainingSummary } from './training-summary';

/** Up to six weeks the daily rows stay readable; beyond, one row per week (the JSON has every day). */
export const MAX_DAILY_ROWS = 42;

const paceText = (metersPerSecond: number, per: number) => {
  const s = Math.round(per / metersPerSecond);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

const THRESHOLDS: readonly { key: ThresholdKey; show: (v: number) => string; missing: string }[] = [
  { key: 'ftp', show: (v) => `FTP ${Math.round(v)} W`, missing: 'FTP: unknown (no 20 minutes of power; give --ftp)' },
  {
    key: 'thresholdHr',
    show: (v) => `Threshold heart rate ${Math.round(v)} bpm`,
    missing: 'Threshold heart rate: unknown (no 20 minutes of heart rate; give --lthr)',
  },
  {
    key: 'maxHr',
    show: (v) => `Maximum heart rate ${Math.round(v)} bpm`,
    missing: 'Maximum heart rate: unknown (no heart rate; give --max-hr)',
  },
  {
    key: 'restHr',
    show: (v) => `Resting heart rate ${Math.round(v)} bpm`,
    missing: 'Resting heart rate: unknown (give --rest-hr; heart-rate load needs it)',
  },
  {
    key: 'thresholdRunSpeed',
    show: (v) => `Threshold run pace ${paceText(v, 1000)} /km`,
    missing: 'Threshold run pace: unknown (no 30 minutes of running; give --threshold-pace)',
  },
  {
    key: 'swimCss',
    show: (v) => `Swim critical speed ${paceText(v, 100)} /100 m`,
    missing: 'Swim critical speed: unknown (no swim with a 200 m and a 400 m effort)',
  },
];

function thresholdLines({ profile }: TrainingSummary): string[] {
  const lines = THRESHOLDS.map(({ key, show, missing }) => {
    // The CLI's profile holds at most one entry per key: a flag, else an estimate.
    const e = profile.thresholds.find((t) => t.key === key);
    if (!e) return missing;
    return `${show(e.value)} (${e.estimated ? `estimated: ${e.how}` : e.how})`;
  });
  const k = trimpSexFactor(profile.sex);
  const who = profile.sex === 'female' ? "women's" : "men's";
  const given = profile.sex === null ? 'the default; --sex female uses 1.67' : `--sex ${profile.sex}`;
  return [...lines, `Heart-rate load (Banister TRIMP): k = ${k}, the ${who} constant (${given})`];
}

const METHOD_WORDS: Readonly<Record<LoadMethod, string>> = {
  'power-tss': 'power (TSS)',
  'running-tss-gap': 'grade-adjusted pace (rTSS)',
  'running-tss': 'pace (rTSS)',
  'swim-tss': 'swim pace (swim TSS)',
  'hr-tss': 'heart rate (hrTSS)',
  trimp: 'heart rate (TRIMP)',
  'session-rpe': 'effort (RPE x minutes)',
  multisport: 'each leg, summed (multisport)',
};

const sessionsText = (n: number) => `${n} session${n === 1 ? '' : 's'}`;

function loadLine(loads: readonly (LoadScore | null)[]): string {
  const counts = new Map<LoadMethod | null, number>();
  for (const l of loads) counts.set(l?.method ?? null, (counts.get(l?.method ?? null) ?? 0) + 1);
  const parts = [...counts].map(([method, n]) =>
    method === null
      ? `${sessionsText(n)} not scored (no signal with a threshold; counted as 0)`
      : `${sessionsText(n)} by ${METHOD_WORDS[method]}`,
  );
  const estimated = loads.filter((l) => l?.estimated).length;
  const note = estimated > 0 ? `; ${sessionsText(estimated)} scored with an estimated threshold` : '';
  return `Load: ${parts.join(', ')}${note}.`;
}

interface VolumeRow {
  readonly week: string;
  readonly sport: string;
  readonly sessions: number;
  readonly movingS: number;
  readonly distanceM: number;
  readonly load: number;
}

function volumeTable({ weeks }: TrainingSummary): string {
  const rows: VolumeRow[] = weeks.flatMap((w) => {
    const sports = Object.entries(w.bySport).map(([sport, v]) => ({ week: w.period, sport, ...v }));
    return sports.length > 1 ? [...sports, { week: w.period, sport: 'all', ...w.total }] : sports;
  });
  const columns: Column<VolumeRow>[] = [
    { header: 'Week of', cell: (r) => r.week },
    { header: 'Sport', cell: (r) => r.sport },
    { header: 'Sessions', align: 'right', cell: (r) => String(r.sessions) },
    { header: 'Moving time', align: 'right', cell: (r) => formatDuration(r.movingS) },
    { header: 'Distance km', align: 'right', cell: (r) => formatKm(r.distanceM) },
    { header: 'Load', align: 'right', cell: (r) => r.load.toFixed(1) },
  ];
  return renderTable(columns, rows);
}

interface FormRow {
  readonly date: string;
  readonly load: number;
  readonly row: DayRow;
}

/** Every day, or for a long span each ISO week's last day (Sunday) and the final day, with the load summed over the week. */
function formRows(days: readonly DayRow[]): { rows: FormRow[]; weekly: boolean } {
  if (days.length <= MAX_DAILY_ROWS)
    return { rows: days.map((d) => ({ date: d.date, load: d.load, row: d })), weekly: false };
  const rows: FormRow[] = [];
  let load = 0;
  days.forEach((d, i) => {
    load += d.load;
    const weekEnds = weekStartDay(d.day + 1) === d.day + 1;
    if (weekEnds || i === days.length - 1) {
      rows.push({ date: d.date, load, row: d });
      load = 0;
    }
  });
  return { rows, weekly: true };
}

function formTable({ days }: TrainingSummary): { title: string; table: string } {
  const { rows, weekly } = formRows(days);
  const columns: Column<FormRow>[] = [
    { header: weekly ? 'Week to' : 'Date', cell: (r) => r.date },
    { header: weekly ? 'Week load' : 'Load', align: 'right', cell: (r) => r.load.toFixed(1) },
    { header: 'Fitness (CTL)', align: 'right', cell: (r) => r.row.ctl.toFixed(1) },
    { header: 'Fatigue (ATL)', align: 'right', cell: (r) => r.row.atl.toFixed(1) },
    { header: 'Form (TSB)', align: 'right', cell: (r) => r.row.tsb.toFixed(1) },
  ];
  const first = days[0]!.date;
  const title = weekly
    ? `Fitness, fatigue and form, ${first} to ${days[days.length - 1]!.date}: weekly (--json gives every day)`
    : 'Fitness, fatigue and form, daily';
  return { title, table: renderTable(columns, rows) };
}

/** "5 s", "20 min", "1 h", "1 h 30 min". */
function durationWords(s: number): string {
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${s / 60} min`;
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function recordName(r: RecordHistory): string {
  const { kind, n } = recordKind(r.key);
  if (kind === 'power') return `best ${durationWords(n)} power`;
  if (kind === 'farthest') return `farthest in ${durationWords(n)}`;
  // Distance records: the library's label is "<family> <distance name>".
  return `fastest ${r.label.slice(r.label.indexOf(' ') + 1).toLowerCase()}`;
}

function recordValue(r: RecordHistory, value: number): string {
  if (r.unit === 's') return formatDuration(value);
  if (r.unit === 'W') return `${Math.round(value)} W`;
  return `${formatKm(value)} km`;
}

function recordsTable({ records }: TrainingSummary): string {
  const columns: Column<RecordHistory>[] = [
    { header: 'Sport', cell: (r) => recordKind(r.key).family },
    { header: 'Record', cell: recordName },
    { header: 'Best', align: 'right', cell: (r) => recordValue(r, r.progression[r.progression.length - 1]!.value) },
    { header: 'Date', cell: (r) => dayToIsoDate(r.progression[r.progression.length - 1]!.day) },
    { header: 'Times set', align: 'right', cell: (r) => String(r.progression.length) },
  ];
  return renderTable(columns, records);
}

export function trainingReport(summary: TrainingSummary): string {
  if (summary.days.length === 0) return 'No sessions imported.\n';
  const form = formTable(summary);
  const section = (title: string, body: string) => `${title}\n\n${body}`;
  return [
    section(
      'Thresholds',
      `${thresholdLines(summary)
        .map((l) => `  ${l}\n`)
        .join('')}\n${loadLine(summary.loads)}\n`,
    ),
    section('Weekly volume', volumeTable(summary)),
    section(form.title, form.table),
    summary.records.length > 0
      ? section('Records', recordsTable(summary))
      : 'Records: none (no power, distance or pace samples).\n',
  ].join('\n');
}

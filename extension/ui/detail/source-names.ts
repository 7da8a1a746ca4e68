// Sources named the way the athlete knows them: the device ("Forerunner 955",
// "Edge 530"), or the file when it names none; and the line that says where a
// merged session's channels came from.
import { CHANNELS, type Channel, type ChannelSources, type SourceRef } from '../../../shared/model';

export const CHANNEL_NAMES: Readonly<Record<Channel, string>> = {
  heartRate: 'heart rate',
  power: 'power',
  cadence: 'cadence',
  speed: 'speed',
  positions: 'GPS route',
  altitude: 'altitude',
  temperature: 'temperature',
};

// FIT names Garmin products in short camelCase ("fr955", "edge530", "fenix6x");
// the family is spelled out and the model number set apart.
const FAMILIES: Readonly<Record<string, string>> = {
  fr: 'Forerunner',
  edge: 'Edge',
  fenix: 'fēnix',
  vivoactive: 'vívoactive',
};

function productName(product: string): string {
  const match = /^([a-zA-Z]+?)(\d.*)?$/.exec(product);
  if (match === null) return product;
  const [, family = '', model] = match;
  const name = FAMILIES[family.toLowerCase()] ?? family.charAt(0).toUpperCase() + family.slice(1);
  return model === undefined ? name : `${name} ${model.toUpperCase()}`;
}

/** "heart rate" -> "Heart rate". */
export function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Each source's name, the file added where two would read alike (two files from one Edge 530). */
export function sourceNames(sources: readonly SourceRef[]): ReadonlyMap<string, string> {
  const plain = sources.map((s) => {
    const product = s.device?.product;
    return product != null && !/^\d+$/.test(product) ? productName(product) : fileName(s.file);
  });
  return new Map(
    sources.map((s, i) => {
      const twin = plain.some((name, j) => j !== i && name === plain[i]);
      return [s.contentHash, twin ? `${plain[i]} (${fileName(s.file)})` : plain[i]!];
    }),
  );
}

/** "Heart rate and cadence from Edge 530 · power from Forerunner 955", channels in CHANNELS order. */
export function channelSourcesLine(chosen: ChannelSources, names: ReadonlyMap<string, string>): string {
  const bySource = new Map<string, Channel[]>();
  for (const channel of CHANNELS) {
    const hash = chosen.channels[channel];
    if (hash !== undefined) bySource.set(hash, [...(bySource.get(hash) ?? []), channel]);
  }
  const parts = [...bySource].map(([hash, channels]) => {
    const words = channels.map((c) => CHANNEL_NAMES[c]);
    const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
    return `${list} from ${names.get(hash) ?? 'another file'}`;
  });
  return capitalized(parts.join(' · '));
}

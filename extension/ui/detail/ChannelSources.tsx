// Where a merged session's channels came from ("Heart rate from Forerunner 955
// · power from Edge 530"), and a choice of source per channel that more than
// one source recorded. Native selects inside a disclosure: keyboard usable as
// they are (not disabled while merging, which would throw the focus away).
import { useState } from 'preact/hooks';
import { CHANNELS, type Channel } from '../../../shared/model';
import { pickChannelSource, type SessionRow } from '../../db';
import { useServices } from '../common/services';
import { CHANNEL_NAMES, capitalized, channelSourcesLine, sourceNames } from './source-names';

const AUTOMATIC = '';

export function ChannelSources({ session }: { session: SessionRow }) {
  const { db } = useServices();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const chosen = session.channelSources;
  if (chosen === undefined) return null;
  const names = sourceNames(session.sources);
  const choosable = CHANNELS.filter((c) => (chosen.options[c]?.length ?? 0) > 1);

  const pick = async (channel: Channel, value: string) => {
    if (busy) return;
    setBusy(true);
    setStatus('Merging the sources again…');
    try {
      await pickChannelSource(db, session.id, channel, value === AUTOMATIC ? null : value);
      const from = value === AUTOMATIC ? 'the best recording' : names.get(value);
      setStatus(`${capitalized(CHANNEL_NAMES[channel])} now from ${from}.`);
    } catch (error) {
      setStatus(`Not changed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="channel-sources" aria-label="Sources">
      <p>{channelSourcesLine(chosen, names)}</p>
      {choosable.length > 0 && (
        <details>
          <summary>Choose sources</summary>
          {choosable.map((channel) => (
            <label key={channel}>
              <span>{capitalized(CHANNEL_NAMES[channel])}</span>
              <select
                value={session.channelPicks?.[channel] ?? AUTOMATIC}
                aria-busy={busy}
                onChange={(e) => void pick(channel, e.currentTarget.value)}
              >
                <option value={AUTOMATIC}>Best recording (automatic)</option>
                {chosen.options[channel]!.map((hash) => (
                  <option key={hash} value={hash}>
                    {names.get(hash) ?? hash}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </details>
      )}
      <p role="status">{status}</p>
    </section>
  );
}

import { readFileSync, readdirSync } from 'node:fs';
import { Decoder, Stream } from '@garmin/fitsdk';
import { readFit } from './read-fit';
const dir = '/work/shared/fixtures/fit/';
const mism: Record<string, number> = {}; const missing: Record<string, number> = {};
let total = 0;
for (const f of readdirSync(dir).filter(f => /\.fit$/i.test(f))) {
  const b = new Uint8Array(readFileSync(dir + f));
  const sdk = new Decoder(Stream.fromByteArray(b)).read({ mergeHeartRates: false });
  if (sdk.errors.length) continue;
  const ours = readFit(b).files;
  for (const [key, list] of Object.entries(sdk.messages)) {
    const name = key.replace(/Mesgs$/, '');
    if (name === 'record') continue;
    const mine = ours.flatMap(x => x.messages[name] ?? []);
    if (mine.length !== (list as any[]).length) { console.log(f, name, 'count', mine.length, (list as any[]).length); continue; }
    (list as any[]).forEach((m, i) => {
      for (const [k, v] of Object.entries(m)) {
        if (k === 'developerFields') continue;
        total++;
        const o = (mine[i] as any)[k];
        const sv = v instanceof Date ? v.getTime() : v;
        if (o === undefined) { missing[`${name}.${k}`] = (missing[`${name}.${k}`] ?? 0) + 1; continue; }
        const eq = JSON.stringify(o) === JSON.stringify(sv) || (typeof o === 'number' && typeof sv === 'number' && Math.abs(o - sv) < 1e-9);
        if (!eq) { const kk = `${name}.${k}`; if (!mism[kk]) console.log(f, kk, JSON.stringify(o)?.slice(0,100), JSON.stringify(sv)?.slice(0,100)); mism[kk] = (mism[kk] ?? 0) + 1; }
      }
    });
  }
}
console.log('total', total, 'mism', mism, 'missing', missing);

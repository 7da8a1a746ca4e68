// The athlete's unit choice, kept in this browser. It starts from what the
// browser's language suggests.
import { defaultUnitSystem, type UnitSystem } from './format';

const KEY = 'sessionsai.units';

export function loadUnitSystem(storage: Pick<Storage, 'getItem'>, locale: string): UnitSystem {
  const saved = storage.getItem(KEY);
  return saved === 'metric' || saved === 'imperial' ? saved : defaultUnitSystem(locale);
}

export function saveUnitSystem(storage: Pick<Storage, 'setItem'>, system: UnitSystem): void {
  storage.setItem(KEY, system);
}

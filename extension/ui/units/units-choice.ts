// Changing the athlete's units from Settings: the App owns the choice (it
// builds the Format every view reads), so the change reaches every number at once.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UnitSystem } from './format';

export type ChooseUnits = (system: UnitSystem) => void;

export const ChooseUnitsContext = createContext<ChooseUnits | null>(null);

export function useChooseUnits(): ChooseUnits {
  const choose = useContext(ChooseUnitsContext);
  if (choose === null)
    throw new Error('useChooseUnits needs a ChooseUnitsContext provider above it (the App gives one)');
  return choose;
}

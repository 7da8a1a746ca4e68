// Mounting the Settings view with a database and units of the test's choosing (test support only).
import type { SessionsDb } from '../../db';
import { FormatContext } from '../common/format-context';
import { ServicesContext } from '../common/services';
import { inProcessImport } from '../test-support/in-process-import';
import { mount } from '../test-support/render';
import { makeFormat, type UnitSystem } from '../units/format';
import { ChooseUnitsContext, type ChooseUnits } from '../units/units-choice';
import { SettingsView } from './SettingsView';

/** `chooseUnits` receives the athlete's unit choice (the App would apply it everywhere). */
export function mountSettings(
  db: SessionsDb,
  units: UnitSystem = 'metric',
  chooseUnits: ChooseUnits = () => undefined,
): HTMLElement {
  return mount(
    <ServicesContext.Provider value={{ db, connectImport: inProcessImport(db) }}>
      <FormatContext.Provider value={makeFormat(units, 'en-GB')}>
        <ChooseUnitsContext.Provider value={chooseUnits}>
          <SettingsView />
        </ChooseUnitsContext.Provider>
      </FormatContext.Provider>
    </ServicesContext.Provider>,
  );
}

/** Types into a field or picks an option the way the browser reports it to Preact. */
export function fill(field: HTMLInputElement | HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

// The side panel: top bar, the import status above whatever view is open,
// the session list (or the invitation to import when there is none yet) and
// one session's detail. The whole panel accepts dropped files.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countSessions } from '../db';
import { SessionDetail } from './detail/SessionDetail';
import { EmptyState } from './EmptyState';
import { FormatContext } from './format-context';
import { DropTarget } from './import/DropTarget';
import { ImportPickers } from './import/ImportPickers';
import { ImportStatus } from './import/ImportStatus';
import { useImport } from './import/use-import';
import { ServicesContext, type Services } from './services';
import { NO_FILTER, type FilterInput } from './sessions/session-filter';
import { SessionsView } from './sessions/SessionsView';
import { TopBar } from './TopBar';
import { makeFormat, type UnitSystem } from './units/format';
import { loadUnitSystem, saveUnitSystem } from './units/units-preference';
import { useLiveQuery } from './use-live-query';
import { VIEWS, type ViewId } from './views';

export interface AppProps {
  readonly services: Services;
  /** The browser's language; dates and numbers follow it. */
  readonly locale: string;
  /** Where the unit choice is kept. */
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
}

export function App({ services, locale, storage }: AppProps) {
  const [units, setUnits] = useState<UnitSystem>(() => loadUnitSystem(storage, locale));
  const format = useMemo(() => makeFormat(units, locale), [units, locale]);
  const [view, setView] = useState<ViewId>('sessions');
  const [openId, setOpenId] = useState<string | null>(null);
  const [filter, setFilter] = useState<FilterInput>(NO_FILTER);
  const opener = useRef<HTMLElement | null>(null);
  const controls = useImport(services.connectImport);
  const total = useLiveQuery(() => countSessions(services.db, {}), [services.db]);

  const chooseUnits = (system: UnitSystem) => {
    setUnits(system);
    saveUnitSystem(storage, system);
  };
  const open = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpenId(id);
  };
  const close = () => setOpenId(null);
  const openView = (next: ViewId) => {
    setView(next);
    setOpenId(null);
  };
  const openFromView = (id: string) => {
    setView('sessions');
    open(id);
  };
  const Other = VIEWS.find((v) => v.id === view)?.component;
  // Back in the list, focus returns to the row that opened the session.
  useEffect(() => {
    if (openId === null && opener.current?.isConnected) opener.current.focus();
  }, [openId]);

  const empty = total.value === 0;
  return (
    <ServicesContext.Provider value={services}>
      <FormatContext.Provider value={format}>
        <DropTarget onFiles={controls.start}>
          <div class="app">
            <TopBar units={units} onUnits={chooseUnits} current={view} onView={openView} />
            {!empty && total.value !== undefined && (
              <div class="toolbar">
                <ImportPickers onFiles={controls.start} />
              </div>
            )}
            <ImportStatus controls={controls} />
            {total.error && <p role="alert">This browser's storage could not be opened: {total.error.message}</p>}
            {Other && (
              <main class="views registered-view">
                <Other onOpenSession={openFromView} />
              </main>
            )}
            {!Other && empty && <EmptyState onFiles={controls.start} />}
            {!Other && !empty && total.value !== undefined && (
              <main class="views">
                <div hidden={openId !== null} class="view">
                  <SessionsView filter={filter} onFilter={setFilter} onOpen={open} />
                </div>
                {openId !== null && <SessionDetail id={openId} onClose={close} />}
              </main>
            )}
          </div>
        </DropTarget>
      </FormatContext.Provider>
    </ServicesContext.Provider>
  );
}

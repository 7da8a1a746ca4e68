// The side panel: top bar, the import status above whatever view is open,
// the session list (or the invitation to import when there is none yet) and
// one session's detail. It opens on Today once there is training to look at
// (docs/ui.md: Today answers "how am I doing"). The whole panel accepts dropped files.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countSessions } from '../db/first-screen';
import { FreshEstimates } from './common/FreshEstimates';
import { FormatContext } from './common/format-context';
import { DropTarget } from './import/DropTarget';
import { ImportPickers } from './import/ImportPickers';
import { ImportStatus } from './import/ImportStatus';
import { StartImportContext } from './import/start-import';
import { DemoBanner } from '../demo/DemoBanner';
import { AutoSummary } from './insights/AutoSummary';
import { useImport } from './import/use-import';
import { ServicesContext, type Services } from './common/services';
import { SiteImportBar } from './site-import/SiteImportBar';
import { ViewStateContext, type ViewStateStore } from './common/view-state';
import { TopBar } from './TopBar';
import { makeFormat, type UnitSystem } from './units/format';
import { ChooseUnitsContext } from './units/units-choice';
import { loadUnitSystem, saveUnitSystem } from './units/units-preference';
import { useLiveQuery } from './common/use-live-query';
import { VIEWS, type ViewId } from './views';
import { onDemand } from './common/on-demand';

const SessionDetail = onDemand('the session', () => import('./detail/SessionDetail').then((m) => m.SessionDetail));

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
  // Null until the library has been counted: then Today, or Sessions (the invitation to import) when empty.
  const [chosenView, setView] = useState<ViewId | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const viewState = useMemo<ViewStateStore>(() => new Map(), []);
  const opener = useRef<HTMLElement | null>(null);
  const controls = useImport(services.connectImport);
  const total = useLiveQuery(() => countSessions(services.db, {}), [services.db]);
  const counted = total.value !== undefined || total.error !== null;
  const firstView: ViewId | null = !counted ? null : (total.value ?? 0) > 0 ? 'today' : 'sessions';
  // Decided once: an import into an empty library then shows its sessions, not a jump to Today.
  useEffect(() => {
    // Functional: an athlete who picked a view before this effect ran keeps it.
    if (firstView !== null) setView((chosen) => chosen ?? firstView);
  }, [firstView]);
  const view = chosenView ?? firstView;

  const chooseUnits = useCallback(
    (system: UnitSystem) => {
      setUnits(system);
      saveUnitSystem(storage, system);
    },
    [storage],
  );
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
  const entry = VIEWS.find((v) => v.id === view);
  // Back in the list, focus returns to the row that opened the session.
  useEffect(() => {
    if (openId === null && opener.current?.isConnected) opener.current.focus();
  }, [openId]);

  const empty = total.value === 0;
  return (
    <ServicesContext.Provider value={services}>
      <FormatContext.Provider value={format}>
        <ChooseUnitsContext.Provider value={chooseUnits}>
          <ViewStateContext.Provider value={viewState}>
            <StartImportContext.Provider value={controls.start}>
              <DropTarget onFiles={controls.start}>
                <div class="app">
                  <TopBar current={view} onView={openView} />
                  <SiteImportBar />
                  {!empty && total.value !== undefined && (
                    <div class="toolbar">
                      <ImportPickers onFiles={controls.start} />
                    </div>
                  )}
                  <DemoBanner />
                  <ImportStatus controls={controls} />
                  <AutoSummary state={controls.state} />
                  {total.error && <p role="alert">This browser's storage could not be opened: {total.error.message}</p>}
                  <FreshEstimates db={services.db} sessions={total.value} />
                  {entry && (
                    <main class={entry.scrollsItself ? 'views' : 'views registered-view'}>
                      <div hidden={openId !== null} class="view">
                        <entry.component onOpenSession={openFromView} />
                      </div>
                      {openId !== null && <SessionDetail id={openId} onClose={close} onOpenSession={open} />}
                    </main>
                  )}
                </div>
              </DropTarget>
            </StartImportContext.Provider>
          </ViewStateContext.Provider>
        </ChooseUnitsContext.Provider>
      </FormatContext.Provider>
    </ServicesContext.Provider>
  );
}

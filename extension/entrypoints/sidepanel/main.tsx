import { render } from 'preact';
import { cloudConfig } from '../../account/cloud-config';
import { pageAccount } from '../../account/page-account';
import { setPageSync, syncWhileSignedIn } from '../../account/panel-sync';
import { openPanelDatabase, startOpening } from '../../db/first-screen';
import { App } from '../../ui/App';
import { connectImportWorker } from '../../ui/import/import-connection';
import '../../ui/side-panel.css';

const root = document.getElementById('app');
if (!root) throw new Error('The side panel page has no #app element to render into');
const db = openPanelDatabase(localStorage);
// Opening IndexedDB overlaps the first render instead of waiting for its first read (the reads start after a paint).
startOpening(db);
// Signed in, the library syncs while the panel is open; a build without accounts never loads Clerk.
// Sync and its Convex client load at sign-in, not with the panel's first screen.
const config = cloudConfig();
if (config.available)
  setPageSync(
    syncWhileSignedIn(
      pageAccount(config.clerkPublishableKey).then((status) => (status.kind === 'ready' ? status.account : null)),
      async () => {
        const [{ openSync }, { pageConvexClient }] = await Promise.all([
          import('../../sync'),
          import('../../account/page-convex'),
        ]);
        return openSync(db, config, pageConvexClient(config));
      },
      navigator.locks,
    ),
  );
render(
  <App services={{ db, connectImport: connectImportWorker }} locale={navigator.language} storage={localStorage} />,
  root,
);

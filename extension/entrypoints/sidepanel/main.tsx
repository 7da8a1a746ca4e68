import { render } from 'preact';
import { openDatabase } from '../../db';
import { App } from '../../ui/App';
import { connectImportWorker } from '../../ui/import/import-connection';
import '../../ui/side-panel.css';

const root = document.getElementById('app');
if (!root) throw new Error('The side panel page has no #app element to render into');
render(
  <App
    services={{ db: openDatabase(), connectImport: connectImportWorker }}
    locale={navigator.language}
    storage={localStorage}
  />,
  root,
);

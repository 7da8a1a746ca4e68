import { render } from 'preact';
import { DiagnosticsPage } from '../../diagnostics/DiagnosticsPage';

const root = document.getElementById('app');
if (!root) throw new Error('The diagnostics page has no #app element to render into');
render(<DiagnosticsPage />, root);

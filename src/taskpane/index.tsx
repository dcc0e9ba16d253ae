// Task pane entry (taskpane.js). Renders at once, whether or not office.js loaded; the hook then reports the host.
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { officeGlobal } from './office-host';

const container = document.getElementById('root');
if (container) createRoot(container).render(<App office={officeGlobal()} />);

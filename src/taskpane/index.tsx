// Task pane entry (taskpane.js). Renders at once, whether or not office.js loaded; the hook then reports the host.
// In Excel the flows go through the Office.js port; outside Office the pane offers file mode (the reader and writer on demand),
// where `?today=YYYY-MM-DD` fixes the tracker's day (as `chiso track --today`; used by the browser tests).
import { createRoot } from 'react-dom/client';
import { OfficePort } from '../adapters/office';
import { App } from './App';
import { todayFromQuery } from './clock';
import { officeGlobal } from './office-host';

const createExcelPort = () => new OfficePort();

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <App
      office={officeGlobal()}
      createExcelPort={createExcelPort}
      fixedToday={todayFromQuery(window.location.search)}
    />,
  );
}

// Settings: the athlete's dated thresholds and today's zones, exporting all
// local data, and erasing it. (Units are chosen in the top bar.)
import { EraseData } from './EraseData';
import { ExportData } from './ExportData';
import { Thresholds } from './Thresholds';

export function SettingsView() {
  return (
    <div class="settings-view">
      <Thresholds />
      <ExportData />
      <EraseData />
    </div>
  );
}

// Settings: the units every number is shown in, the athlete's dated
// thresholds and today's zones, exporting all local data, and erasing it.
import { AiSettings } from '../ai-panel/AiSettings';
import { EraseData } from './EraseData';
import { ExportData } from './ExportData';
import { Thresholds } from './Thresholds';
import { UnitsSetting } from './UnitsSetting';

export function SettingsView() {
  return (
    <div class="settings-view">
      <UnitsSetting />
      <Thresholds />
      <AiSettings />
      <ExportData />
      <EraseData />
    </div>
  );
}

// Settings: the units every number is shown in, the athlete's dated
// thresholds and today's zones, exporting all local data, and erasing it.
import { AiSettings } from '../insights/AiSettings';
import { EraseData } from './EraseData';
import { ExportData } from './ExportData';
import { Thresholds } from './Thresholds';
import { UnitsSetting } from './UnitsSetting';
import type { ViewProps } from '../views';

export function SettingsView({ onOpenSession }: Partial<ViewProps> = {}) {
  return (
    <div class="settings-view">
      <UnitsSetting />
      <Thresholds onOpenSession={onOpenSession} />
      <AiSettings />
      <ExportData />
      <EraseData />
    </div>
  );
}

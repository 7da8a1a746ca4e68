// Settings: the units every number is shown in, the athlete's dated
// thresholds and today's zones, AI, the plan (Free or Pro), exporting all local data, and erasing it.
import { AiSettings } from '../insights/AiSettings';
import { EraseData } from './EraseData';
import { PlanSection } from './plan/PlanSection';
import { ExportData } from './ExportData';
import { Thresholds } from './Thresholds';
import { UnitsSetting } from './UnitsSetting';

export function SettingsView() {
  return (
    <div class="settings-view">
      <UnitsSetting />
      <Thresholds />
      <AiSettings />
      <PlanSection />
      <ExportData />
      <EraseData />
    </div>
  );
}

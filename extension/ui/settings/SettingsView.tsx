// Settings: the units every number is shown in, the athlete's dated
// thresholds and today's zones, AI, the plan (Free or Pro), the training sites allowed, exporting all
// local data, and erasing it.
import { AiSettings } from '../ai-panel/AiSettings';
import { EraseData } from './EraseData';
import { PlanSection } from './plan/PlanSection';
import { ExportData } from './ExportData';
import { FormTargetSetting } from './FormTargetSetting';
import { SiteAccessSettings } from './SiteAccessSettings';
import { Thresholds } from './Thresholds';
import { UnitsSetting } from './UnitsSetting';
import type { ViewProps } from '../common/view-props';

export function SettingsView({ onOpenSession }: Partial<ViewProps> = {}) {
  return (
    <div class="settings-view">
      <UnitsSetting />
      <Thresholds onOpenSession={onOpenSession} />
      <FormTargetSetting />
      <AiSettings />
      <PlanSection />
      <SiteAccessSettings />
      <ExportData />
      <EraseData />
    </div>
  );
}

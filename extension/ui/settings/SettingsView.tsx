// Settings: the units every number is shown in, the athlete's dated
// thresholds and today's zones, the SessionsAI account and its sync, AI, the plan (Free or Pro), the training sites allowed, exporting all
// local data, and erasing it.
import { AccountSection } from '../../account/AccountSection';
import { eraseAll } from '../../db';
import { AiSettings } from '../ai-panel/AiSettings';
import { useServices } from '../common/services';
import { EraseData } from './EraseData';
import { PlanSection } from './plan/PlanSection';
import { ExportData } from './ExportData';
import { SiteAccessSettings } from './SiteAccessSettings';
import { Thresholds } from './Thresholds';
import { UnitsSetting } from './UnitsSetting';
import type { ViewProps } from '../common/view-props';

export function SettingsView({ onOpenSession }: Partial<ViewProps> = {}) {
  const { db } = useServices();
  return (
    <div class="settings-view">
      <UnitsSetting />
      <Thresholds onOpenSession={onOpenSession} />
      <AccountSection removeLocalCopy={() => eraseAll(db)} />
      <AiSettings />
      <PlanSection />
      <SiteAccessSettings />
      <ExportData />
      <EraseData />
    </div>
  );
}

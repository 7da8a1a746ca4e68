// Settings: the units every number is shown in, the athlete's dated
// thresholds and today's zones, AI, the SessionsAI account and its sync, the plan (Free or Pro), the training
// sites allowed, exporting all local data, and erasing it.
import { AccountSection } from '../../account/AccountSection';
import { eraseAll } from '../../db';
import { AiSettings } from '../ai-panel/AiSettings';
import { useServices } from '../common/services';
import { eraseBrowser } from './erase-browser';
import { EraseData } from './EraseData';
import { PlanSection } from './plan/PlanSection';
import { ExportData } from './ExportData';
import { FormTargetSetting } from './FormTargetSetting';
import { SiteAccessSettings } from './SiteAccessSettings';
import { Thresholds } from './Thresholds';
import { UnitsSetting } from './UnitsSetting';
import { YourData } from './your-data/YourData';
import { PrivacyChoices } from './PrivacyChoices';
import { AiRequestLog } from './AiRequestLog';
import type { ViewProps } from '../common/view-props';

export function SettingsView({ onOpenSession }: Partial<ViewProps> = {}) {
  const { db } = useServices();
  return (
    <div class="settings-view">
      <UnitsSetting />
      <Thresholds onOpenSession={onOpenSession} />
      <FormTargetSetting />
      <AiSettings />
      <AccountSection eraseThisBrowser={() => eraseBrowser(db)} removeLocalCopy={() => eraseAll(db)} />
      <PlanSection />
      <SiteAccessSettings />
      <YourData />
      <ExportData />
      <PrivacyChoices />
      <AiRequestLog />
      <EraseData />
    </div>
  );
}

// The side panel's views, in top-bar order. A view is listed only once it is
// built: an athlete never meets an empty placeholder. The panel opens on Today
// or Sessions; every other view is loaded when first chosen.
import type { ComponentType } from 'preact';
import { onDemand } from './common/on-demand';
import type { ViewProps } from './common/view-props';
import { SessionsPage } from './SessionsPage';
import { TodayView } from './today/TodayView';

const ProgressView = onDemand<ViewProps>('Progress', () =>
  import('./progress/ProgressView').then((m) => m.ProgressView),
);
const PlanView = onDemand<ViewProps>('Plan', () => import('./plan/PlanView').then((m) => m.PlanView));
const WellnessView = onDemand<ViewProps>('Wellness', () =>
  import('./wellness/WellnessView').then((m) => m.WellnessView),
);
const InsightsView = onDemand<ViewProps>('Insights', () =>
  import('./insights/InsightsView').then((m) => m.InsightsView),
);
const SettingsView = onDemand<ViewProps>('Settings', () =>
  import('./settings/SettingsView').then((m) => m.SettingsView),
);

export type ViewId = 'today' | 'sessions' | 'progress' | 'plan' | 'wellness' | 'insights' | 'settings';

export interface ViewEntry {
  readonly id: ViewId;
  readonly label: string;
  readonly component: ComponentType<ViewProps>;
  /** The view scrolls inside itself (the session list is virtual); others scroll in the panel, with its margins. */
  readonly scrollsItself?: true;
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'today', label: 'Today', component: TodayView },
  { id: 'sessions', label: 'Sessions', component: SessionsPage, scrollsItself: true },
  { id: 'progress', label: 'Progress', component: ProgressView },
  { id: 'plan', label: 'Plan', component: PlanView },
  { id: 'wellness', label: 'Wellness', component: WellnessView },
  { id: 'insights', label: 'Insights', component: InsightsView },
  { id: 'settings', label: 'Settings', component: SettingsView },
];

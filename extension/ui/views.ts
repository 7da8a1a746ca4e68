// The side panel's views, in top-bar order. A view is listed only once it is
// built: an athlete never meets an empty placeholder.
import type { ComponentType } from 'preact';
import type { ViewProps } from './common/view-props';
import { InsightsView } from './insights/InsightsView';
import { PlanView } from './plan/PlanView';
import { ProgressView } from './progress/ProgressView';
import { SessionsPage } from './SessionsPage';
import { SettingsView } from './settings/SettingsView';
import { TodayView } from './today/TodayView';
import { WellnessView } from './wellness/WellnessView';

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

// This page's PlanService, or null in a build without accounts (local mode).
import { browser } from 'wxt/browser';
import { pageConvexClient } from '../../../account/page-convex';
import { cloudConfig, type CloudConfig } from '../../../account/cloud-config';
import { convexPlanService } from './convex-plan-service';
import type { PlanService } from './plan-service';

/** The extension page Stripe returns to after Checkout or the Customer Portal. */
export const RETURN_PAGE = '/billing-return.html';

export function pagePlanService(config: CloudConfig = cloudConfig()): PlanService | null {
  if (!config.available) return null;
  // WXT types getURL against its generated list of pages, which this repo's typecheck does not load.
  const runtime = browser.runtime as unknown as { getURL(path: string): string };
  return convexPlanService(pageConvexClient(config), runtime.getURL(RETURN_PAGE));
}

/** Opens a Stripe page in a new tab beside the panel. */
export function openInTab(url: string): void {
  void browser.tabs.create({ url });
}

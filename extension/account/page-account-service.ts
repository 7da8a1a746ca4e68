// This page's AccountService, or null in a build without accounts (local mode).
import { cloudConfig, type CloudConfig } from './cloud-config';
import type { AccountService } from './account-service';
import { convexAccountService } from './convex-account-service';
import { pageConvexClient } from './page-convex';

export function pageAccountService(config: CloudConfig = cloudConfig()): AccountService | null {
  return config.available ? convexAccountService(pageConvexClient(config)) : null;
}

// The page's one Convex client, signed in with the page's account, made on
// first use and shared by every feature on the page (one WebSocket).
import type { ConvexClient } from 'convex/browser';
import { cloudClient } from './cloud-client';
import type { CloudConfig } from './cloud-config';
import { pageTokenFetcher } from './page-account';

let client: ConvexClient | null = null;

export function pageConvexClient(config: Extract<CloudConfig, { available: true }>): ConvexClient {
  client ??= cloudClient(config.convexUrl, pageTokenFetcher(config.clerkPublishableKey));
  return client;
}

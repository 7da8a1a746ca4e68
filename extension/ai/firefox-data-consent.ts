// Firefox's own consent to data collection (Firefox 140+): the manifest
// declares the AI's health and fitness data as optional collection
// (wxt.config.ts), so Firefox asks the athlete itself, and refuses nothing
// on its own: the extension must ask before the first request and send
// nothing without it.
// https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/
import { browser } from 'wxt/browser';
import type { TurnFailure } from '../../shared/ai';

/** Firefox's category for what the AI is sent: training, heart rate and wellness. */
export const AI_DATA_COLLECTION = ['healthInfo'];

/** The part of browser.permissions that knows data collection (absent from the typings this repo has). */
export interface DataCollectionPermissions {
  request(permissions: { data_collection: string[] }): Promise<boolean>;
  contains(permissions: { data_collection: string[] }): Promise<boolean>;
}

export const DATA_COLLECTION_DECLINED: TurnFailure = {
  kind: 'other',
  message:
    'Firefox was not allowed to let SessionsAI send health data, so nothing was sent. To use the AI, allow it in ' +
    'Firefox: Add-ons and themes → SessionsAI → Permissions and data.',
};

/**
 * Firefox's permissions when this build declares optional data collection;
 * null elsewhere (Chrome, a page outside the extension), where the consent
 * screen alone decides.
 */
export function firefoxDataPermissions(): DataCollectionPermissions | null {
  // wxt/browser is undefined outside an extension page, whatever its type says.
  const api = browser as typeof browser | undefined;
  const manifest = api?.runtime?.getManifest?.() as
    | { browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: string[] } } } }
    | undefined;
  const declared = manifest?.browser_specific_settings?.gecko?.data_collection_permissions?.optional ?? [];
  return declared.length > 0 && api ? (api.permissions as unknown as DataCollectionPermissions) : null;
}

/**
 * Asks Firefox (its own prompt) for the AI's data collection. Call it straight
 * from the athlete's click, before any await: Firefox shows the prompt only
 * for a user action. True where there is nothing to ask.
 */
export function requestAiDataCollection(
  permissions: DataCollectionPermissions | null = firefoxDataPermissions(),
): Promise<boolean> {
  return permissions === null
    ? Promise.resolve(true)
    : permissions.request({ data_collection: AI_DATA_COLLECTION }).catch(() => false);
}

/** Null when a request may go; else why not, in words. */
export async function dataCollectionRefusal(
  permissions: DataCollectionPermissions | null = firefoxDataPermissions(),
): Promise<TurnFailure | null> {
  if (permissions === null) return null;
  const allowed = await permissions.contains({ data_collection: AI_DATA_COLLECTION }).catch(() => false);
  return allowed ? null : DATA_COLLECTION_DECLINED;
}

// Firefox's toolbar button shows and hides the sidebar. Firefox allows
// sidebarAction.toggle() only while handling a user action, which the click is.
// https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/API/sidebarAction/toggle

/** The two Firefox-only APIs used here, which WXT's Chrome-typed `browser` does not declare. */
export interface FirefoxToolbarApi {
  readonly browserAction: { readonly onClicked: { addListener(listener: () => void): void } };
  readonly sidebarAction: { toggle(): Promise<void> };
}

export function toggleSidebarFromToolbar(api: FirefoxToolbarApi): void {
  api.browserAction.onClicked.addListener(() => {
    api.sidebarAction
      .toggle()
      .catch((error: unknown) =>
        console.error('SessionsAI: could not open the sidebar from the toolbar button', error),
      );
  });
}

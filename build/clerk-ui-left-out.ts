// What Clerk's UI resolves to in the background bundle (build/background-without-clerk-ui.ts): no
// components, so a page client created there by mistake loads without any rather than with the whole UI.
export const ui = undefined;

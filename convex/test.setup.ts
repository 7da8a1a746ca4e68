/// <reference types="vite/client" />

// The Convex modules convex-test loads: every script in convex/ whose name has
// one dot (Convex skips the others when it deploys, so no tests, no
// auth.config.ts, not this file), including _generated, by which convex-test
// finds the functions' root. https://docs.convex.dev/testing/convex-test
// (Vite 8's glob has no extglobs, so the exclusion is a negative pattern.)
export const modules = import.meta.glob(['./**/*.{ts,js}', '!./**/*.*.*']);

import type { Plugin } from 'vite';

interface Patch {
  /** The end of the module's resolved path. */
  readonly module: string;
  readonly find: RegExp;
  readonly replace: string;
}

/**
 * Two expressions in dependencies' prebuilt code that web-ext lint flags and the
 * extension never needs, each rewritten in place:
 * - Preact writes innerHTML for `dangerouslySetInnerHTML`, which nothing in the
 *   extension uses; the write becomes an error naming this file.
 * - @clerk/clerk-js is prebuilt by webpack, whose runtime finds the global object
 *   with `Function("return this")()` (eval, refused on MV3 pages) when `globalThis`
 *   is missing; every browser the extension runs in has `globalThis`.
 * The build fails when a pattern is not found exactly once, so an upgrade that
 * changes the code cannot slip the expression back in unnoticed.
 */
const PATCHES: readonly Patch[] = [
  {
    module: '/node_modules/preact/dist/preact.mjs',
    find: /[\w$]+\.innerHTML=[\w$]+\.__html/g,
    replace: '(()=>{throw Error("dangerouslySetInnerHTML is left out (build/dependency-patches.ts)")})()',
  },
  {
    module: '/node_modules/@clerk/clerk-js/dist/clerk.no-rhc.mjs',
    find: /Function\("return this"\)\(\)/g,
    replace: 'globalThis',
  },
];

export function patchDependencies(): Plugin {
  return {
    name: 'sessionsai:patch-dependencies',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((p) => id.endsWith(p.module));
      if (!patch) return null;
      const found = code.match(patch.find)?.length ?? 0;
      if (found !== 1) this.error(`expected ${patch.find} once in ${patch.module}, found it ${found} times`);
      return { code: code.replace(patch.find, patch.replace), map: null };
    },
  };
}

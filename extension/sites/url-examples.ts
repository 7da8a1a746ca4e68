// The example URLs every adapter keeps beside its URL detection (refined-github
// keeps its feature URL examples the same way): urls.test.ts in each adapter
// folder runs them all, and adapters.test.ts checks every adapter has them.

export interface UrlExamples {
  /** Activity pages, each with the activity id it must give. */
  readonly activity: readonly { readonly url: string; readonly activityId: string }[];
  /** Pages listing the athlete's activities, where bulk import is offered. */
  readonly list: readonly string[];
  /** Pages that are neither. */
  readonly notMatching: readonly string[];
}

// A part of the panel loaded the first time it is shown, not when the panel
// opens: the panel's first screen (Today, Sessions) waits for no other view's
// JavaScript (issue 16, "Opening at any library size").
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component that shows "Loading <what>…" while `load` fetches the real one, then the real one; once loaded,
 * it renders at once. A failed load (the extension updated while the panel was open) says so, and is tried
 * again the next time the part is shown.
 */
export function onDemand<P extends object>(what: string, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  function OnDemand(props: P) {
    // In an object: useState and its setter would call a component (a function) given as it is.
    const [component, setComponent] = useState<{ readonly it: ComponentType<P> } | null>(() =>
      loaded === null ? null : { it: loaded },
    );
    const [failure, setFailure] = useState<string | null>(null);
    useEffect(() => {
      if (component !== null) return;
      let shown = true;
      start().then(
        (it) => shown && setComponent({ it }),
        (error: unknown) => shown && setFailure(error instanceof Error ? error.message : String(error)),
      );
      return () => {
        shown = false;
      };
    }, [component]);
    if (failure !== null) return <p role="alert">{`${what} could not be loaded: ${failure}`}</p>;
    if (component === null)
      return (
        <p class="on-demand-loading" role="status">
          {`Loading ${what}…`}
        </p>
      );
    const Component = component.it;
    return <Component {...props} />;
  }
  OnDemand.displayName = `OnDemand(${what})`;
  return OnDemand;
}

// Web Locks within one JavaScript realm, for tests in Node (which has no
// navigator.locks): exclusive locks granted in request order, and
// `ifAvailable` answered with null while the name is held, as the browser does.
import type { SyncLocks } from '../../../extension/sync';

export function localLocks(): SyncLocks {
  const queues = new Map<string, (() => void)[]>();
  const release = (name: string) => {
    const queue = queues.get(name) ?? [];
    queue.shift();
    if (queue.length === 0) queues.delete(name);
    else queue[0]?.();
  };
  return {
    request<T>(name: string, options: { ifAvailable?: boolean }, callback: (lock: unknown) => Promise<T>) {
      const queue = queues.get(name);
      if (queue !== undefined && options.ifAvailable === true) return callback(null);
      return new Promise<T>((resolve, reject) => {
        const grant = () => {
          callback({ name })
            .then(resolve, reject)
            .finally(() => release(name));
        };
        if (queue === undefined) {
          queues.set(name, [grant]);
          grant();
        } else queue.push(grant);
      });
    },
  };
}

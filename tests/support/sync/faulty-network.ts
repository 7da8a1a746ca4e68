// A network between the devices and the server that the property test steps
// by hand: requests wait in a queue until the test delivers one (any one, so
// requests are delayed and reordered), and a seeded random source drops
// requests, duplicates them (the copy arrives whenever it is picked, long
// after the device moved on) and loses answers after the server applied the
// request. A device can be taken offline: its requests fail at once.
import { SyncTransportError, type SyncTransport } from '../../../extension/sync';

export interface Faults {
  /** Chance a request never reaches the server. */
  readonly drop: number;
  /** Chance a request is sent twice. */
  readonly duplicate: number;
  /** Chance the server applies a request and its answer is lost. */
  readonly loseAnswer: number;
}

export const NO_FAULTS: Faults = { drop: 0, duplicate: 0, loseAnswer: 0 };

interface InFlight {
  readonly device: string;
  readonly send: () => Promise<unknown>;
  /** Null for a duplicate: nobody waits for its answer. */
  readonly settle: { resolve(value: unknown): void; reject(error: unknown): void } | null;
}

export class FaultyNetwork {
  private readonly queue: InFlight[] = [];
  private waiters: { device: string; wake: () => void }[] = [];
  readonly offline = new Set<string>();
  faults: Faults;
  /** What happened, by kind, for the run's report. */
  readonly counts = { delivered: 0, dropped: 0, duplicated: 0, answersLost: 0, refusedOffline: 0 };

  constructor(
    private readonly random: () => number,
    faults: Faults,
  ) {
    this.faults = faults;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Resolves when `device` has a request waiting (at once if it has). */
  whenWaiting(device: string): Promise<void> {
    if (this.queue.some((r) => r.device === device && r.settle !== null)) return Promise.resolve();
    return new Promise((wake) => this.waiters.push({ device, wake }));
  }

  private send<T>(device: string, send: () => Promise<T>): Promise<T> {
    if (this.offline.has(device)) {
      this.counts.refusedOffline++;
      return Promise.reject(new SyncTransportError('offline', `${device} is offline`));
    }
    if (this.random() < this.faults.drop) {
      this.counts.dropped++;
      return Promise.reject(new SyncTransportError('offline', 'The request was dropped'));
    }
    const answer = new Promise<T>((resolve, reject) => {
      this.queue.push({ device, send, settle: { resolve: resolve as (value: unknown) => void, reject } });
    });
    if (this.random() < this.faults.duplicate) {
      this.counts.duplicated++;
      this.queue.push({ device, send, settle: null });
    }
    const woken = this.waiters.filter((w) => w.device === device);
    this.waiters = this.waiters.filter((w) => w.device !== device);
    for (const waiter of woken) waiter.wake();
    return answer;
  }

  /** Delivers the request at `index` (taken modulo the queue's length) to the server. */
  async deliver(index: number): Promise<void> {
    const [request] = this.queue.splice(index % this.queue.length, 1);
    if (request === undefined) return;
    if (request.settle !== null && this.offline.has(request.device)) {
      this.counts.refusedOffline++;
      request.settle.reject(new SyncTransportError('offline', `${request.device} went offline`));
      return;
    }
    this.counts.delivered++;
    let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: await request.send() };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (request.settle === null) return;
    if (this.random() < this.faults.loseAnswer) {
      this.counts.answersLost++;
      request.settle.reject(new SyncTransportError('offline', 'The answer was lost'));
    } else if (outcome.ok) request.settle.resolve(outcome.value);
    else request.settle.reject(outcome.error);
  }

  /** `inner` as `device` reaches it through this network. Head updates are not faulted: the engine also syncs on demand. */
  transportFor(device: string, inner: SyncTransport): SyncTransport {
    return {
      push: (rows, files) => this.send(device, () => inner.push(rows, files)),
      pull: (after, limit) => this.send(device, () => inner.pull(after, limit)),
      startUploads: (hashes) => this.send(device, () => inner.startUploads(hashes)),
      uploadFile: (url, bytes) => this.send(device, () => inner.uploadFile(url, bytes)),
      downloadFile: (sha256) => this.send(device, () => inner.downloadFile(sha256)),
      watchHead: (onHead) => inner.watchHead(onHead),
    };
  }
}

/**
 * Gathers streamed text and writes it in batches: at most one write every
 * `intervalMs` (or sooner once `maxChars` are waiting), one write at a time, in
 * order. Each write is a mutation that every subscribed panel re-reads, so a
 * write per token would cost a transaction per token.
 */
export class TextFlusher {
  private pending = '';
  private lastWrite: number;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (text: string) => Promise<void>,
    private readonly intervalMs: number,
    private readonly maxChars: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastWrite = now();
  }

  push(text: string): void {
    this.pending += text;
    if (this.now() - this.lastWrite >= this.intervalMs || this.pending.length >= this.maxChars) this.flush();
  }

  /** Writes what is still waiting; resolves once every write has finished. */
  async close(): Promise<void> {
    this.flush();
    await this.writing;
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    this.lastWrite = this.now();
    this.writing = this.writing.then(() => this.write(text));
  }
}

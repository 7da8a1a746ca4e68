/** Where the CLI writes: process.stdout / process.stderr, or a fake in tests. */
export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  /** Terminal width, when a terminal. */
  readonly columns?: number;
}

export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
}

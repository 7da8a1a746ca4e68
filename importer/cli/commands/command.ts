import type { Io } from '../output';

/** One CLI subcommand ("import", "report"). It returns the exit code and throws UsageError on a bad call. */
export interface Command {
  readonly name: string;
  /** "<files|folders|zips...>": what follows the name in the overview. */
  readonly synopsis: string;
  readonly summary: string;
  /** Full help, printed by "help <name>" and "<name> --help". */
  readonly help: string;
  run(args: readonly string[], io: Io): Promise<number>;
}

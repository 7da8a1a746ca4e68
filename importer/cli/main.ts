// The SessionsAI command line: `npm run -s cli -- <command> ...`. This file
// only dispatches; each command lives in commands/. Exit codes: 0 fine,
// 1 some input failed, 2 usage error.
import type { Command } from './commands/command';
import { importCommand } from './commands/import';
import { reportCommand } from './commands/report';
import type { Io } from './output';
import { UsageError } from './usage-error';

const COMMANDS: readonly Command[] = [importCommand, reportCommand];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => `${c.name} ${c.synopsis}`.length), 'help [command]'.length);
  const line = (left: string, summary: string) => `  ${left.padEnd(width)}  ${summary}\n`;
  return (
    'Usage: npm run -s cli -- <command> [options]\n\nCommands:\n' +
    COMMANDS.map((c) => line(`${c.name} ${c.synopsis}`, c.summary)).join('') +
    line('help [command]', "Show this help, or a command's options") +
    '\nRun "npm run -s cli -- help <command>" for its options.\n'
  );
}

const find = (name: string | undefined) => COMMANDS.find((c) => c.name === name);

async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === 'help' || name === '--help' || name === '-h') {
      const topic = rest[0];
      const text = topic === undefined ? overview() : find(topic)?.help;
      if (text === undefined) throw new UsageError(`There is no command "${topic}".`);
      io.stdout.write(text);
      return 0;
    }
    const command = find(name);
    if (!command) throw new UsageError(name === undefined ? 'No command given.' : `There is no command "${name}".`);
    return await command.run(rest, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const topic = find(name) ? ` ${name}` : '';
    io.stderr.write(`${e.message}\nRun "npm run -s cli -- help${topic}" for usage.\n`);
    return 2;
  }
}

// A reader that stops early (`| head`) closes the pipe; that is not a failure.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

import { parseCliArgs, USAGE, UsageError } from './cliArgs';
import { FatalConfigError, loadCliConfig, runCheck, type CliIo } from './runCheck';
import { formatLadderTable } from '../service/ladder/ladderTable';
import { toolVersion } from './version';

/** Runs the CLI and returns its exit status; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'version':
        io.stdout(toolVersion());
        return 0;
      case 'ladder': {
        const { config } = await loadCliConfig(args.root ?? io.cwd, args.ladder, io.cwd);
        io.stdout(formatLadderTable(config.ladder));
        return 0;
      }
      case 'check':
        return await runCheck(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`role-docs: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof FatalConfigError) {
      io.stderr(`role-docs: ${error.message}`);
      return 2;
    }
    io.stderr(`role-docs: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return 2;
  }
}

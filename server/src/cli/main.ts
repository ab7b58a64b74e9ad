import { parseCliArgs, USAGE, UsageError } from './cliArgs';
import { resolve } from 'node:path';
import { configForFolder } from './config/configGroups';
import { isFatalConfigError } from './config/fatalConfigError';
import { loadEngine } from './loadEngine';
import { runCheck, type CliIo } from './runCheck';
import { runRoles } from './runRoles';
import { parseInitArgs, runInit } from './runInit';
import { runRole } from './runRole';
import { runReport } from './runReport';
import { toolVersion } from './version';

/** Runs the CLI and returns its exit status; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    if (argv[0] === 'init') return await runInit(parseInitArgs(argv.slice(1)), io);
    const args = parseCliArgs(argv);
    switch (args.command) {
      case 'help':
        io.stdout(USAGE);
        return 0;
      case 'version':
        io.stdout(toolVersion());
        return 0;
      case 'ladder':
        io.stdout(await (await loadEngine()).ladderTable({ config: configForFolder(resolve(io.cwd, args.root ?? '.'), io.cwd, args.config), ladder: args.ladder, cwd: io.cwd }));
        return 0;
      case 'check':
        return await runCheck(args, io);
      case 'roles':
        return await runRoles(args, io);
      case 'role':
        return await runRole(args, io);
      case 'report':
        return await runReport(args, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`role-docs: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (isFatalConfigError(error)) {
      io.stderr(`role-docs: ${error.message}`);
      return 2;
    }
    io.stderr(`role-docs: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return 2;
  }
}

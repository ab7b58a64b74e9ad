import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../common/startServer';
import type { Workspace } from '../service';
import { NodeWorkspace, pathFromUri } from './nodeWorkspace';

/** A folder the file system cannot reach (another scheme): nothing is read from it. */
const unreachable = (roots: string[]): Workspace => ({ roots, findMarkdownFiles: async () => [], readText: async () => undefined });

// Reads the transport from the command line: --stdio, --node-ipc or --socket=N.
const connection = createConnection(ProposedFeatures.all);
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));

startServer(connection, (roots) => {
  if (roots.some((root) => !root.startsWith('file:'))) return unreachable(roots);
  return new NodeWorkspace(roots.map(pathFromUri));
});

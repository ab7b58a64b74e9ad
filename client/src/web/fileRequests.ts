import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FIND_FILES_REQUEST, READ_FILE_REQUEST, type FindFilesParams, type ReadFileParams, type ReadFileResult } from '../../../server/src/common/protocol';

/** Pages larger than this are not sent to the server (as on the desktop). */
const MAX_FILE_BYTES = 16 * 1024 * 1024;

function folderOf(uri: string): vscode.WorkspaceFolder | undefined {
  try {
    return vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri, true));
  } catch {
    return undefined;
  }
}

/** Answers the web worker's file requests with the workspace file system, inside workspace folders only. */
export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
  return [
    client.onRequest(FIND_FILES_REQUEST, async (params: FindFilesParams) => {
      const out: string[] = [];
      for (const root of params?.roots ?? []) {
        const folder = folderOf(root);
        if (!folder) continue;
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.parse(root, true), '**/*.md'), '**/{node_modules,.git}/**');
        out.push(...found.map((u) => u.toString()));
      }
      return out.sort();
    }),
    client.onRequest(READ_FILE_REQUEST, async (params: ReadFileParams): Promise<ReadFileResult> => {
      if (typeof params?.uri !== 'string' || !folderOf(params.uri)) return { text: null };
      try {
        const uri = vscode.Uri.parse(params.uri, true);
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.type !== vscode.FileType.File || stat.size > MAX_FILE_BYTES) return { text: null };
        const bytes = await vscode.workspace.fs.readFile(uri);
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { text: null };
      }
    }),
  ];
}

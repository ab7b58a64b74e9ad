import { buildLadderTree } from '../service';
import { configProblemSummary } from './configStatus';
import type { FolderSet } from './folderSet';
import type { LadderTreeFolder } from './protocol';

/**
 * The ladder tree of every folder with a configuration of its own (workspace folders, then the
 * folders below them holding a `.role-docs.json`), each from the pages that folder checks.
 */
export async function ladderTrees(folders: FolderSet): Promise<LadderTreeFolder[]> {
  const out: LadderTreeFolder[] = [];
  for (const folder of folders.folders()) {
    const uri = folder.uri!;
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    const broken = configProblemSummary(folder);
    // No tree for a broken configuration: the placeholder ladder is not the one in force.
    if (broken) {
      out.push({ uri, name, problem: broken.summary });
      continue;
    }
    const { service, index } = folder;
    const roles = (await index.allRoles()).filter(({ uri: page }) => folders.route(page) === folder && folder.isChecked(page));
    const { ladder, ladderSource } = service.config;
    const source = ladderSource === 'default' ? 'default' : service.displayPath(ladderSource);
    out.push({ uri, name, tree: buildLadderTree({ ladder, source, roles, displayPath: service.displayPath }) });
  }
  return out;
}

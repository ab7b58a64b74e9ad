import { NodeWorkspace } from '../../server/src/node/nodeWorkspace';
import { createRoleDocsService } from '../../server/src/service';
import { deterministicParseLimits } from '../../server/src/service/parse/parseMarkdown';
import { defaultConfig } from '../../server/src/service/config/defaultConfig';
import type { RoleDocsConfig } from '../../server/src/service/config/configTypes';
import type { ResolvedFinding } from '../../server/src/service/types';

/** Checks every markdown file under `roots[0]` as one workspace, in process, as the CLI does (no parse time budget). */
export async function checkTree(roots: string[], configure?: (config: RoleDocsConfig) => void): Promise<{ files: number; findings: ResolvedFinding[]; ruleFailures: string[] }> {
  const workspace = new NodeWorkspace(roots);
  const config = defaultConfig();
  configure?.(config);
  const ruleFailures: string[] = [];
  const service = createRoleDocsService({ workspace, config, logger: { log: (m) => ruleFailures.push(m) }, parseLimits: deterministicParseLimits });
  const findings: ResolvedFinding[] = [];
  const files = await workspace.findMarkdownFiles();
  for (const uri of files) {
    const read = await workspace.readFile(uri);
    if ('problem' in read) throw new Error(`${uri}: ${read.problem}`);
    findings.push(...(await service.check(service.getDocument(uri, read.text, -1))));
  }
  return { files: files.length, findings, ruleFailures };
}

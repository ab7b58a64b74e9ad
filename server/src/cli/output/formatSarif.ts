import { relative, sep } from 'node:path';
import { pathFromUri, uriFromPath } from '../../node/nodeWorkspace';
import type { Range, ResolvedFinding, RuleInfo, Severity } from '../../service';

/** The base every artifact uri is relative to: the folder the run was started in. */
export const SARIF_ROOT_ID = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(range: Range) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** The file as SARIF wants it: relative to the root with %-encoded segments, or absolute when outside it. */
function artifactLocation(uri: string, root: string): { uri: string; uriBaseId?: string } {
  const rel = relative(root, pathFromUri(uri));
  if (rel.startsWith('..') || rel === '') return { uri };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SARIF_ROOT_ID };
}

/** A SARIF 2.1.0 log of one run, as GitHub code scanning and other viewers read it. */
export function formatSarif(findings: ResolvedFinding[], catalog: RuleInfo[], root: string, version: string): string {
  const index = new Map(catalog.map((r, i) => [r.id, i]));
  const results = findings.map((f) => {
    const location = artifactLocation(f.uri, root);
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: location, region: region(f.range) } }],
      ...(f.fixes?.length
        ? {
            fixes: f.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })),
                },
              ],
            })),
          }
        : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'role-docs',
            version,
            rules: catalog.map((r) => ({
              id: r.id,
              name: r.alias,
              shortDescription: { text: r.description },
              fullDescription: { text: r.description },
              help: { text: `${r.description} See docs/rules/${r.id}-${r.alias}.md.` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: [...r.tags], fixable: r.fixable },
            })),
          },
        },
        originalUriBaseIds: { [SARIF_ROOT_ID]: { uri: uriFromPath(root) + '/' } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

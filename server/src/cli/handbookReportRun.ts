import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { pathFromUri } from '../node/nodeWorkspace';
import { buildHandbookReport, type HandbookReport, type PageFacts, type ReportGroupInput, type ResolvedFinding } from '../service';
import type { CheckRequest } from './checkRequest';
import { loadCliConfig } from './config/cliConfig';

/** One group's request and pages, as `role-docs report` checked them. */
export interface ReportRunGroup {
  request: CheckRequest;
  files: string[];
}

/**
 * `role-docs report`: the report from a check run's findings and facts. Each group's ladder is the
 * one its check used (its configuration was read, and found sound, by that check).
 */
export async function handbookReport(groups: ReportRunGroup[], findings: ResolvedFinding[], facts: Map<string, PageFacts>, cwd: string): Promise<HandbookReport> {
  const byUri = new Map<string, ResolvedFinding[]>();
  for (const finding of findings) {
    const list = byUri.get(finding.uri);
    if (list) list.push(finding);
    else byUri.set(finding.uri, [finding]);
  }
  const inputs: ReportGroupInput[] = [];
  for (const group of groups) {
    const { config } = await loadCliConfig(group.request);
    inputs.push({
      ladder: config.ladder,
      pages: group.files.map((uri) => ({ path: relative(cwd, pathFromUri(uri)) || '.', facts: facts.get(uri) ?? null, findings: byUri.get(uri) ?? [] })),
    });
  }
  return buildHandbookReport(inputs, (uri) => existsSync(pathFromUri(uri)));
}

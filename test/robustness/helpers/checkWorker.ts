// Child-process entry: builds one hostile page (by shape name or from a file), parses and checks it,
// and prints one JSON line. The parent enforces the deadline by killing this process.
import { readFileSync } from 'node:fs';
import { createRoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { hostileShapes, type HostileShapeName } from './hostileShapes';

export interface WorkerReport {
  chars: number;
  lines: number;
  parseMs: number;
  checkMs: number;
  findings: { ruleId: string; line: number }[];
  ruleFailures: string[];
  /** Blocks the parser skipped (size cap or time budget). */
  skippedBlocks: number;
  peakRssMB: number;
}

const [kind, value] = process.argv.slice(2);
const text = kind === 'shape' ? hostileShapes[value as HostileShapeName]() : readFileSync(value!, 'utf8');
const uri = 'file:///ws/job-families/engineering/page.md';
const ruleFailures: string[] = [];
const service = createRoleDocsService({
  workspace: new InMemoryWorkspace(['file:///ws'], { [uri]: text }),
  logger: { log: (m) => ruleFailures.push(m.split('\n').slice(0, 3).join(' | ')) },
});
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
let t = performance.now();
const document = service.getDocument(uri, text, 1);
const parseMs = performance.now() - t;
peak = Math.max(peak, process.memoryUsage().rss);
t = performance.now();
const findings = await service.check(document);
const checkMs = performance.now() - t;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);
const report: WorkerReport = {
  chars: text.length,
  lines: document.lines.lineCount,
  parseMs: Math.round(parseMs),
  checkMs: Math.round(checkMs),
  findings: findings.map((f) => ({ ruleId: f.ruleId, line: f.range.start.line })),
  ruleFailures,
  skippedBlocks: document.parseLimits.length,
  peakRssMB: Math.round(peak / 1e6),
};
process.stdout.write(JSON.stringify(report) + '\n');

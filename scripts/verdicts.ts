// Judging the corpus findings (`npm run verdicts -- ...`): lists findings with no verdict, with the page
// around each, writes templates to fill in, merges filled ones into test/corpus/verdicts.json, and
// draws the tuning / heldOut split once. See test/corpus/README.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pageLines, runCorpusCheck } from '../test/corpus/judging/corpusFindings';
import { computeSplit } from '../test/corpus/judging/computeSplit';
import { HALVES, halfOfPage, readSplit, SPLIT_FILE, type Half } from '../test/corpus/judging/corpusSplit';
import { matchVerdicts, readVerdicts, verdictTemplate, VERDICTS_FILE, VERDICT_VALUES, type Verdict } from '../test/corpus/judging/verdicts';
import { describeFinding } from '../test/corpus/judging/findingContext';
import { formatTallies, tallyByRule } from '../test/corpus/judging/precision';

const USAGE = `npm run verdicts -- --unjudged [--half heldOut|tuning] [--rule RDnnn] [--context N]
npm run verdicts -- --write-template FILE [--half ...] [--rule ...]   append unjudged findings to FILE
npm run verdicts -- --merge FILE          add FILE's entries that have a verdict to test/corpus/verdicts.json
npm run verdicts -- --summary             per-rule precision of each half
npm run verdicts -- --prune-stale         drop the verdicts whose finding the corpus no longer gives
npm run verdicts -- --write-split --seed N   draw test/corpus/split.json (once; --force to redraw)`;

let parsed: ReturnType<typeof parseArguments>;
try {
  parsed = parseArguments();
} catch (error) {
  // An unknown option: say what the script takes instead of a stack.
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const { values } = parsed;

function parseArguments() {
  return parseArgs({
    options: {
      help: { type: 'boolean', short: 'h' },
      unjudged: { type: 'boolean' },
      'write-template': { type: 'string' },
      merge: { type: 'string' },
      summary: { type: 'boolean' },
      'prune-stale': { type: 'boolean' },
      'write-split': { type: 'boolean' },
      seed: { type: 'string' },
      force: { type: 'boolean' },
      half: { type: 'string' },
      rule: { type: 'string' },
      context: { type: 'string' },
    },
  });
}

const writeJson = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
const readList = <T>(file: string): T[] => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T[]) : []);
const byPlace = (a: Verdict, b: Verdict) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);

function writeSplit(): void {
  if (existsSync(SPLIT_FILE) && !values.force) throw new Error(`${SPLIT_FILE} exists; the split is drawn once (--force redraws it)`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--write-split needs --seed <integer>');
  const { split, forced } = computeSplit(seed);
  writeJson(SPLIT_FILE, split);
  const families = Object.entries(split.families);
  for (const [key, f] of families) if (f.pages.length > 1) console.log(`${key} (${f.half}): ${f.pages.join(', ')}`);
  const count = (h: string) => families.filter(([, f]) => f.half === h).length;
  console.log(`${families.length} families: ${count('tuning')} tuning, ${count('heldOut')} heldOut; forced to tuning: ${[...forced].join(', ')}`);
}

function main(): void {
  if (values['write-split']) return writeSplit();
  if (values.half && !HALVES.includes(values.half as Half)) throw new Error(`--half is ${HALVES.join(' or ')}, not '${values.half}'`);
  const halfOf = halfOfPage(readSplit());
  const halfName = (file: string) => halfOf(file) ?? 'tuning';
  const findings = runCorpusCheck();
  const verdicts = readVerdicts();
  const matching = matchVerdicts(findings, verdicts);
  if (values['prune-stale']) {
    const stale = new Set(matching.stale);
    writeJson(VERDICTS_FILE, verdicts.filter((v) => !stale.has(v)));
    console.log(`Dropped ${stale.size} stale verdicts; ${verdicts.length - stale.size} left.`);
    return;
  }
  if (values.summary) {
    console.log(formatTallies(tallyByRule(matching.judged, halfName)));
    console.log(`${findings.length} findings, ${matching.unjudged.length} unjudged, ${matching.stale.length} stale verdicts`);
    return;
  }
  if (values.merge) {
    const filled = readList<Verdict>(values.merge).filter((v) => VERDICT_VALUES.includes(v.verdict));
    const missingReason = filled.filter((v) => !v.reason?.trim());
    if (missingReason.length) throw new Error(`${missingReason.length} entries have a verdict but no reason, e.g. ${missingReason[0].file}:${missingReason[0].line}`);
    const merged = [...readVerdicts(), ...filled].sort(byPlace);
    writeJson(VERDICTS_FILE, merged);
    console.log(`Merged ${filled.length} verdicts; ${merged.length} in all.`);
    return;
  }
  const selected = matching.unjudged.filter((f) => (!values.half || halfName(f.file) === values.half) && (!values.rule || f.rule === values.rule));
  if (values['write-template']) {
    const file = values['write-template'];
    const present = readList<Verdict>(file);
    writeJson(file, [...present, ...selected.map(verdictTemplate)]);
    console.log(`Appended ${selected.length} unjudged findings to ${file}.`);
    return;
  }
  if (values.unjudged) {
    const radius = values.context ? Number(values.context) : 3;
    const lines = new Map<string, string[]>();
    for (const f of selected) {
      if (!lines.has(f.file)) lines.set(f.file, pageLines(f.file));
      console.log(`${describeFinding(f, lines.get(f.file)!, halfName(f.file), radius)}\n`);
    }
    console.log(`${selected.length} unjudged findings shown (${matching.unjudged.length} unjudged in all).`);
    return;
  }
  console.log(USAGE);
}

main();

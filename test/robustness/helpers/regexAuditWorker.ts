// Child-process entry: runs every regex literal of server/src over adversarial inputs, printing `case …` before each
// so the parent's watchdog can name the regex and input that hung. Prints one JSON summary line.
import { projectRoot } from '../../helpers/runCliProcess';
import { adversarialInputs, findRegexLiterals } from './regexLiterals';

const size = Number(process.argv[2] ?? 100_000);
/** Sources to audit instead of server/src's (the harness self-test passes a known catastrophic one). */
const given = process.argv.slice(3);
const literals = given.length ? given.map((source) => ({ where: 'argv', source, flags: '' })) : findRegexLiterals(projectRoot, 'server/src');
let cases = 0;
let slowest = { ms: 0, where: '', input: '' };
for (const literal of literals) {
  const regex = new RegExp(literal.source, literal.flags);
  for (const input of adversarialInputs(literal.source, size)) {
    cases++;
    process.stdout.write(`case ${literal.where} /${literal.source}/${literal.flags} on ${input.name}\n`);
    const started = performance.now();
    regex.lastIndex = 0;
    if (regex.global || regex.sticky) for (const _ of input.text.matchAll(regex.global ? regex : new RegExp(regex, regex.flags + 'g')));
    else regex.exec(input.text);
    const ms = performance.now() - started;
    if (ms > slowest.ms) slowest = { ms: Math.round(ms), where: `${literal.where} /${literal.source}/${literal.flags}`, input: input.name };
  }
}
process.stdout.write(JSON.stringify({ regexes: literals.length, cases, slowest }) + '\n');

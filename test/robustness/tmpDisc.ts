import { projectRoot } from '../helpers/runCliProcess';
import { adversarialInputs, findRegexLiterals } from './helpers/regexLiterals';
const size = Number(process.argv[2]);
const worst = new Map<string, { ms: number; input: string }>();
for (const l of findRegexLiterals(projectRoot, 'server/src')) {
  const regex = new RegExp(l.source, l.flags);
  const key = `${l.where} /${l.source}/${l.flags}`;
  for (const input of adversarialInputs(l.source, size)) {
    const t = performance.now();
    regex.lastIndex = 0;
    if (regex.global) for (const _ of input.text.matchAll(regex)); else regex.exec(input.text);
    const ms = performance.now() - t;
    if (ms > (worst.get(key)?.ms ?? 150)) worst.set(key, { ms: Math.round(ms), input: input.name });
  }
}
for (const [k, v] of worst) console.log(v.ms, k, 'on', v.input);

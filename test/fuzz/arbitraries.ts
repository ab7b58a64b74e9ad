import fc from 'fast-check';

const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

/** Characters that break naive text handling: NBSP, zero-width, BOM, RTL mark, line separators, lone surrogates. */
const TRICKY = ['\u00a0', '\u200b', '\u200c', '\u200d', '\ufeff', '\u200f', '\u2028', '\u2029', '\ud800', '\udfff', '\ud83d\ude00', '\r', '\t', '\0', 'é', 'ß', 'İ'];

/** Words, mostly ladder vocabulary, with now and then arbitrary Unicode. */
export const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Senior', 'Staff', 'Principal', 'Intermediate', 'Associate', 'Manager', 'Director', 'Engineer', 'Backend', 'Distinguished', 'Fellow', 'Requirements', 'Responsibilities', 'Job Grade', 'Levels', 'Specialties', 'Performance Indicators', 'Hiring Process', 'Career Ladder', 'the', 'is', 'a', 'grade', 'Extends', 'of', 'role', 'VP', 'Senior Manager,') },
  { weight: 1, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('*', '**', '_', '`', '[', ']', '(', ')', '{#', '}', '<', '>', '#', '|', '\\', '<!--', '-->', '{: #x}') },
);

const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const slug = fc.oneof(words(4).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')), fc.string({ maxLength: 12 }));
const target = fc.oneof(
  slug.map((s) => `#${s}`),
  slug.map((s) => `/job-families/engineering/other/#${s}`),
  slug.map((s) => `../other/#${s}`),
  slug.map((s) => `../../../../etc/#${s}`),
  slug.map((s) => `/etc/passwd#${s}`),
  slug.map((s) => `https://example.com/#${s}`),
  fc.constant(GRADE_LINK),
  fc.constant(''),
  fc.constant('#'),
  fc.string({ maxLength: 20 }),
);
const link = fc.tuple(words(3), target).map(([t, d]) => `[${t}](${d})`);

/** One block of a plausible role page. */
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), words(4), fc.option(slug)).map(([d, t, id]) => `${'#'.repeat(d)} ${t}${id === null ? '' : ` {#${id}}`}`),
  fc.tuple(words(3), fc.integer({ min: -1, max: 1000 }), fc.constantFrom('', '#', '.5')).map(([s, g, m]) => `The ${s} is a [grade ${g}${m}](${GRADE_LINK}).`),
  fc.tuple(link, fc.constantFrom('requirements', 'responsibilities', 'role', '')).map(([l, k]) => `- Extends that of the ${l} ${k}`),
  fc.tuple(words(3), fc.constantFrom('requirements', 'responsibilities')).map(([w, k]) => `Extends the ${w} ${k}.`),
  fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('-', '*', '+', '1.'), fc.oneof(words(4), link)), { maxLength: 6 }).map((items) =>
    items.map(([indent, mark, text]) => `${'  '.repeat(indent)}${mark} ${text}`).join('\n'),
  ),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), words(5), fc.boolean()).map(([f, body, closed]) => `${f}md\n${body}\n${closed ? f : ''}`),
  fc.tuple(slug, fc.constantFrom('a', 'div', 'span', 'A')).map(([id, tag]) => `<${tag} id="${id}" name='${id}'></${tag}>`),
  fc.tuple(slug, fc.boolean()).map(([id, closed]) => `<div id=${id}>${closed ? '</div>' : ''}`),
  fc.array(fc.array(fc.oneof(words(2), link), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((rows) =>
    [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map((r) => `| ${r.join(' | ')} |`).join('\n'),
  ),
  fc.tuple(fc.integer({ min: 1, max: 20 }), words(3)).map(([n, w]) => `${'>'.repeat(n)} ${w}`),
  fc.tuple(slug, target).map(([label, d]) => `[${label}]: ${d}`),
  fc.tuple(words(2), slug).map(([w, label]) => `See [${w}][${label}].`),
  words(12),
  fc.constant('<!-- role-docs-disable-next-line broken-anchor -->'),
  fc.constant(''),
);

const frontMatter = fc.oneof(
  fc.constant(''),
  words(3).map((t) => `---\ntitle: "${t.replace(/"/g, '')}"\n---\n`),
  words(3).map((t) => `---\ntitle: ${t}\nkey: [unbalanced\n`),
  fc.constant('---\n---\n'),
  fc.constant('---\n: : :\n---\n'),
);

/** A whole generated page: front matter, blocks, and a line-break style (LF, CRLF, mixed). */
export const rolePage = fc
  .tuple(frontMatter, fc.array(block, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', 'mixed'), fc.boolean())
  .map(([fm, blocks, eol, bom]) => {
    const body = blocks.join('\n\n');
    const joined = eol === 'mixed' ? body.split('\n').map((l, i) => (i % 2 ? l + '\r\n' : l + '\n')).join('') : body.replace(/\n/g, eol);
    return (bom ? '\ufeff' : '') + fm + joined;
  });

/** One edit to a page's lines or characters. Indices are taken modulo the page's size. */
export type Mutation =
  | { op: 'insert-line'; at: number; text: string }
  | { op: 'delete-line'; at: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'insert-chars'; at: number; text: string }
  | { op: 'delete-chars'; at: number; length: number }
  | { op: 'truncate'; at: number };

const unbalanced = fc.constantFrom('[', ']', '(', ')', '```', '~~~', '<div>', '</div>', '<!--', '-->', '---', '{#', '*', '**', '_', '`', '<a id="', '|', '> ', '    ', '\\');
const insertion = fc.oneof(word, unbalanced, fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom(...TRICKY), block);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert-line' as const), at: fc.nat(), text: insertion }),
  fc.record({ op: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('insert-chars' as const), at: fc.nat(), text: insertion }),
  fc.record({ op: fc.constant('delete-chars' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies mutations in order; line edits keep the page's own line breaks. */
export function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const lines = out.split('\n');
    const line = (n: number) => n % lines.length;
    switch (m.op) {
      case 'insert-line':
        lines.splice(line(m.at), 0, m.text);
        out = lines.join('\n');
        break;
      case 'delete-line':
        lines.splice(line(m.at), 1);
        out = lines.join('\n');
        break;
      case 'duplicate-line':
        lines.splice(line(m.at), 0, lines[line(m.at)]!);
        out = lines.join('\n');
        break;
      case 'swap-lines': {
        const a = line(m.a);
        const b = line(m.b);
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        out = lines.join('\n');
        break;
      }
      case 'insert-chars': {
        const at = m.at % (out.length + 1);
        out = out.slice(0, at) + m.text + out.slice(at);
        break;
      }
      case 'delete-chars': {
        const at = m.at % (out.length + 1);
        out = out.slice(0, at) + out.slice(at + m.length);
        break;
      }
      case 'truncate':
        out = out.slice(0, m.at % (out.length + 1));
        break;
    }
  }
  return out;
}

/** Positions to query, as offsets into the page (taken modulo its length). */
export const offsets = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

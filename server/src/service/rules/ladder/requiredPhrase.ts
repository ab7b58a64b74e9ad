import type { Finding } from '../../types';
import type { Heading, RoleDocument, Section } from '../../document/model';
import type { Rule, RuleContext } from '../ruleTypes';
import { sectionTitle } from './missingSection';

/** Text compared for phrases: emphasis and link markup dropped, white space folded, lower case. */
function comparable(text: string): string {
  return text
    .replace(/\]\([^)\n\]]*\)/g, ']') // `]` excluded: a long line of `](` stays linear
    .replace(/[*_`[\]]/g, '')
    .replace(/[\s\u00a0]+/gu, ' ')
    .toLowerCase();
}

export const requiredPhrase: Rule = {
  id: 'RD012',
  alias: 'required-phrase',
  description: 'No section of the kind the ladder names holds a phrase it requires ("Ability to use GitLab" under Requirements).',
  tags: ['ladder', 'content'],
  defaultSeverity: 'info',
  fixable: false,
  example: '## Senior Backend Engineer\n\nThe Senior Backend Engineer is a grade 7.\n\n### Requirements\n\n- Experience with Ruby.',
  correctExample: '## Senior Backend Engineer\n\nThe Senior Backend Engineer is a grade 7.\n\n### Requirements\n\n- Experience with Ruby.\n- Ability to use GitLab',
  check(context: RuleContext): Finding[] {
    const { document, ladder } = context;
    const findings: Finding[] = [];
    // The ladder's phrases are asked of its role pages only, not of a policy page that has a Requirements heading.
    if (!context.rolePage) return findings;
    for (const { section: kind, phrase, alternatives = [] } of ladder.requiredPhrases) {
      const sections = document.sections.filter((s) => s.kind === kind);
      // A page without the section at all is missing-section's finding, not this one.
      if (!sections.length) continue;
      const wanted = [phrase, ...alternatives].map(comparable);
      // Page-level and role sections alike (template-1 pages say it once for every level), and
      // headings that name the section mid-title ("Base Requirements Across All Levels").
      const namesKind = headingNamer(ladder.sectionVocabulary[kind] ?? []);
      const sectionHeadings = new Set(sections.map((s) => s.heading));
      const blocks = document.headings.filter((h) => sectionHeadings.has(h) || namesKind(h.text));
      const holds = (h: Heading): boolean => {
        const block = comparable(document.text.slice(h.startOffset, blockEnd(document, h)));
        return wanted.some((w) => block.includes(w));
      };
      if (blocks.some(holds)) continue;
      const first = sections.find((s) => document.pageSections.includes(s)) ?? sections[0];
      findings.push(finding(this.id, first, phrase, sectionTitle(ladder, kind), sections.length));
    }
    return findings;
  },
};

/** Namers by vocabulary list; each remembers its answer per heading text, as every page version asks again for every heading. */
const namers = new WeakMap<readonly string[], (text: string) => boolean>();
const MAX_REMEMBERED_HEADINGS = 20_000;

/** Whether a heading holds one of the phrases as whole words, anywhere in it. */
function headingNamer(phrases: readonly string[]): (text: string) => boolean {
  let namer = namers.get(phrases);
  if (namer) return namer;
  const words = phrases.map((p) => ` ${comparable(p)} `);
  const known = new Map<string, boolean>();
  namer = (text) => {
    let names = known.get(text);
    if (names === undefined) {
      const padded = ` ${comparable(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      names = words.some((w) => padded.includes(w));
      if (known.size >= MAX_REMEMBERED_HEADINGS) known.clear();
      known.set(text, names);
    }
    return names;
  };
  namers.set(phrases, namer);
  return namer;
}

/** End of a heading's block: the next heading at the same depth or above. */
function blockEnd(document: RoleDocument, heading: Heading): number {
  // Scans forward from the heading itself (a find from the top made 200,000-heading pages quadratic).
  for (let i = heading.index + 1; i < document.headings.length; i++) {
    if (document.headings[i].depth <= heading.depth) return document.headings[i].startOffset;
  }
  return document.text.length;
}

function finding(ruleId: string, section: Section, phrase: string, title: string, count: number): Finding {
  const where = count === 1 ? `the ${title} section` : `any of the ${count} ${title} sections`;
  return {
    ruleId,
    range: section.heading.textRange,
    message: `Missing required phrase '${phrase}': add it to ${where}, as the ladder requires.`,
    data: { phrase, section: section.heading.text },
  };
}

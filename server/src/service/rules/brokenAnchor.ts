import type { Fix, Finding } from '../types';
import type { Anchor, Link } from '../document/model';
import type { Rule, RuleContext } from './ruleTypes';
import { findClosestAnchors } from './closestAnchors';
import { fragmentMistake } from './fragmentShape';
import { hasGeneratedHeadings } from './generatedHeadings';

/** Fragments every page has though no heading makes them: the HTML top of page. */
export const ALWAYS_VALID = new Set(['top']);

function replaceFragment(link: Link, id: string, safe: boolean, preferred: boolean): Fix | undefined {
  if (!link.fragmentRange) return undefined;
  return { title: `Change the link to '#${id}'`, edits: [{ range: link.fragmentRange, newText: id }], safe, preferred };
}

/** Each page's ids by their lower case (the first id of each), built once per page version. */
const idsByLowerCase = new WeakMap<Map<string, Anchor[]>, Map<string, string>>();

/**
 * The page's id that differs from `fragment` only in case, if any. Looked up, not searched: a page
 * with thousands of broken links and ids made the search quadratic (30 s on a 5 MB page).
 */
export function caseInsensitiveMatch(fragment: string, anchorsById: Map<string, Anchor[]>): string | undefined {
  let byLower = idsByLowerCase.get(anchorsById);
  if (!byLower) {
    byLower = new Map();
    for (const id of anchorsById.keys()) {
      const lower = id.toLowerCase();
      if (!byLower.has(lower)) byLower.set(lower, id);
    }
    idsByLowerCase.set(anchorsById, byLower);
  }
  return byLower.get(fragment.toLowerCase());
}

export const brokenAnchor: Rule = {
  id: 'RD001',
  alias: 'broken-anchor',
  description: 'A link fragment (markdown or HTML `href`) matches no heading id or explicit anchor of the page it points at; pages with build-time headings (`{{generator:…}}`, `{{% … %}}`) are not checked.',
  tags: ['anchors', 'links'],
  defaultSeverity: 'warning',
  fixable: true,
  example: '## Requirements\n\nSee [the requirements](#requirments).',
  correctExample: '## Requirements\n\nSee [the requirements](#requirements).',
  check(context: RuleContext): Finding[] {
    const findings: Finding[] = [];
    const layout = new Set(context.ladder.layoutAnchors);
    // Did-you-mean costs (broken links × ids); a page past this many comparisons gets plain messages instead of a hang.
    let suggestionBudget = 5_000_000;
    for (const link of context.document.links) {
      const fragment = link.fragment;
      if (!fragment || link.kind === 'external' || link.kind === 'empty') continue;
      if (ALWAYS_VALID.has(fragment) || layout.has(fragment)) continue;
      // A second '#' or a bracket is a typo malformed-link reports, with its fix: one cause, one finding.
      if (fragmentMistake(fragment)) continue;
      const target = context.linkedDocument(link);
      if (!target || target.document.anchorsById.has(fragment)) continue;
      // Ids the site makes at build time are unknown here: silence, not a guess.
      if (hasGeneratedHeadings(target.document)) continue;
      const where = target.document === context.document ? 'on this page' : `in ${target.displayPath}`;
      const range = link.fragmentRange ?? link.range;
      const sameExceptCase = caseInsensitiveMatch(fragment, target.document.anchorsById);
      if (sameExceptCase) {
        const fix = replaceFragment(link, sameExceptCase, true, true);
        findings.push({
          ruleId: this.id,
          range,
          message: `Broken anchor '#${fragment}': write '#${sameExceptCase}'; fragments are case-sensitive (the id is ${where}).`,
          fixes: fix ? [fix] : undefined,
          data: { fragment, candidates: [sameExceptCase], caseOnly: true },
        });
        continue;
      }
      suggestionBudget -= target.document.anchorsById.size;
      const candidates = suggestionBudget >= 0 ? findClosestAnchors(fragment, target.document.anchorsById).map((c) => c.id) : [];
      const reason = candidates.length
        ? `did you mean ${candidates.map((c) => `'#${c}'`).join(', ')}? No heading or anchor ${where} has it.`
        : `no heading or anchor ${where} has it.`;
      const fixes = candidates
        .map((id, i) => replaceFragment(link, id, false, i === 0))
        .filter((f): f is Fix => f !== undefined);
      findings.push({
        ruleId: this.id,
        range,
        message: `Broken anchor '#${fragment}': ${reason}`,
        fixes: fixes.length ? fixes : undefined,
        data: { fragment, candidates },
      });
    }
    return findings;
  },
};

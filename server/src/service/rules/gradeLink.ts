import type { Finding } from '../types';
import type { Rule, RuleContext } from './ruleTypes';

const ORIGIN = /^https?:\/\/[^/?#]+/i;
const SHORTCODE = /^\{\{([<%])[ \t]*ref[ \t]+"?([^"\s<>%]*)"?[ \t]*[>%]\}\}$/;

/** The destination part of what stands between a link's parentheses: no title, no angle brackets. */
function destinationOf(inside: string): { start: number; end: number } {
  const start = inside.length - inside.trimStart().length;
  if (inside.startsWith('{{', start)) return { start, end: inside.trimEnd().length };
  if (inside[start] === '<') {
    const close = inside.indexOf('>', start);
    return close === -1 ? { start, end: inside.length } : { start: start + 1, end: close };
  }
  const space = inside.slice(start).search(/\s/);
  return { start, end: space === -1 ? inside.length : start + space };
}

/** A link in comparable form: a Hugo ref as `ref:<target>`, a URL or path without a slash before `#`. */
function canonical(link: string): { origin?: string; key: string } {
  const trimmed = link.trim();
  const shortcode = SHORTCODE.exec(trimmed);
  if (shortcode) return { key: `ref:${shortcode[2]}` };
  const origin = ORIGIN.exec(trimmed)?.[0].toLowerCase();
  const path = origin ? trimmed.slice(origin.length) : trimmed;
  return { origin, key: path.replace(/\/(?=#|$)/, '') };
}

/**
 * Every form of the ladder's links a page may write: each path on its own or on any site the
 * ladder's absolute links name, with or without the slash before `#`, and as ref shortcodes.
 */
export function acceptedGradeLinks(gradeLinks: readonly string[]): Set<string> {
  const forms = gradeLinks.map(canonical);
  const origins = new Set(forms.flatMap((f) => (f.origin ? [f.origin] : [])));
  const accepted = new Set<string>();
  for (const f of forms) {
    accepted.add(f.origin ? f.origin + f.key : f.key);
    if (f.key.startsWith('ref:') || !f.key.startsWith('/')) continue;
    accepted.add(f.key);
    accepted.add(`ref:${f.key}`);
    for (const o of origins) accepted.add(o + f.key);
  }
  return accepted;
}

export function isAcceptedGradeLink(target: string, accepted: Set<string>): boolean {
  const f = canonical(target);
  return accepted.has(f.origin ? f.origin + f.key : f.key);
}

/** Whether a link destination as written (title and all) is one of the ladder's grade links. */
export function gradeLinkTest(gradeLinks: readonly string[]): (written: string) => boolean {
  const accepted = acceptedGradeLinks(gradeLinks);
  return (written) => {
    const { start, end } = destinationOf(written);
    return isAcceptedGradeLink(written.slice(start, end), accepted);
  };
}

export const gradeLink: Rule = {
  id: 'RD013',
  alias: 'grade-link',
  description: "A grade sentence links somewhere other than the grade table the ladder names.",
  tags: ['ladder', 'grades', 'links'],
  defaultSeverity: 'warning',
  fixable: true,
  example: 'The Senior Backend Engineer is a [grade 7](/handbook/people-group/#grades).',
  correctExample: 'The Senior Backend Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).',
  check(context: RuleContext): Finding[] {
    const { document, ladder } = context;
    const [preferred] = ladder.gradeLinks;
    if (!preferred) return [];
    const accepted = acceptedGradeLinks(ladder.gradeLinks);
    const findings: Finding[] = [];
    for (const claim of document.gradeClaims) {
      if (claim.linkTarget === undefined || !claim.linkTargetRange) continue;
      const { start, end } = destinationOf(claim.linkTarget);
      const target = claim.linkTarget.slice(start, end);
      // Unlinked claims are not this rule's business; empty and doubled-parenthesis targets are malformed-link's.
      if (!target || target.startsWith('(') || isAcceptedGradeLink(target, accepted)) continue;
      const from = document.lines.offsetAt(claim.linkTargetRange.start);
      const range = document.lines.rangeOf(from + start, from + end);
      findings.push({
        ruleId: this.id,
        range,
        message: `Grade link to the wrong page: point it at '${preferred}', the ladder's grade table, not '${target}'.`,
        fixes: [{ title: `Link to '${preferred}'`, edits: [{ range, newText: preferred }], safe: true, preferred: true }],
        data: { target, expected: preferred },
      });
    }
    return findings;
  },
};

import type { RoleDocument } from '../document/model';
import type { Range } from '../types';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file' | 'enable-file';

/** One `<!-- role-docs-… -->` comment. */
export interface SuppressionDirective {
  kind: DirectiveKind;
  /** Rule ids it names; 'all' when it names none. Unknown names are left out. */
  ruleIds: readonly string[] | 'all';
  /** First and last line of the comment, 0-based. */
  line: number;
  endLine: number;
}

export interface UnknownRuleName {
  name: string;
  range: Range;
}

// Longest keywords first so `disable-line` is not read as `disable` plus a rule named `-line`.
const DIRECTIVE = /^(\s*)role-docs-(disable-next-line|disable-line|disable-file|enable-file|disable|enable)(?=\s|$)/;
const NAME = /[^\s,]+/g;
/** Length of `<!--`, which the model's comment text leaves out. */
const OPEN_LENGTH = 4;

/** Reads the suppression comments of a page, in document order, and the rule names they get wrong. */
export function readSuppressionComments(
  document: RoleDocument,
  resolveRule: (name: string) => string | undefined,
): { directives: SuppressionDirective[]; unknown: UnknownRuleName[] } {
  const directives: SuppressionDirective[] = [];
  const unknown: UnknownRuleName[] = [];
  for (const comment of document.htmlComments) {
    const head = DIRECTIVE.exec(comment.text);
    if (!head) continue;
    const restStart = head[0].length;
    const ids: string[] = [];
    let named = false;
    for (const m of comment.text.slice(restStart).matchAll(NAME)) {
      named = true;
      const id = resolveRule(m[0]);
      if (id) ids.push(id);
      else {
        const at = comment.startOffset + OPEN_LENGTH + restStart + (m.index ?? 0);
        unknown.push({ name: m[0], range: document.lines.rangeOf(at, at + m[0].length) });
      }
    }
    directives.push({
      kind: head[2] as DirectiveKind,
      ruleIds: named ? ids : 'all',
      line: comment.range.start.line,
      endLine: comment.range.end.line,
    });
  }
  return { directives, unknown };
}

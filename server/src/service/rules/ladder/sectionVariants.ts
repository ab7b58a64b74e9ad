import type { Finding } from '../../types';
import type { Heading, RoleDocument } from '../../document/model';
import type { Ladder, SectionKind } from '../../ladder/types';
import { normalizeTitle } from '../../document/normalizeText';
import { withoutTrailingColon } from '../../text/trimEnd';
import { TextMemo } from '../../text/textMemo';

/** A heading that holds a section under a name the ladder wants renamed to the section's title. */
export interface VariantHeading {
  heading: Heading;
  kind: SectionKind;
}

/** Per text, memoised: a large page repeats the same few section headings thousands of times. */
const comparable = (text: string): string => comparableTexts.get(text, (t) => withoutTrailingColon(normalizeTitle(t)).replace(/[\u2018\u2019]/gu, "'").toLowerCase());
const comparableTexts = new TextMemo<string>(20_000);

/** The page's headings that are, word for word, a variant the ladder lists ("You should apply if:" for Requirements). */
export function variantHeadings(document: RoleDocument, ladder: Pick<Ladder, 'sectionVariants'>): VariantHeading[] {
  const kindOf = variantKinds(ladder.sectionVariants);
  if (!kindOf.size) return [];
  const out: VariantHeading[] = [];
  for (const heading of document.headings) {
    const kind = kindOf.get(comparable(heading.text));
    if (kind) out.push({ heading, kind });
  }
  return out;
}

const kindsByVariants = new WeakMap<Ladder['sectionVariants'], Map<string, SectionKind>>();

/** The ladder's variants by comparable text, made once per ladder. */
function variantKinds(variants: Ladder['sectionVariants']): Map<string, SectionKind> {
  let kindOf = kindsByVariants.get(variants);
  if (!kindOf) {
    kindOf = new Map();
    for (const [kind, phrases] of Object.entries(variants)) for (const phrase of phrases) kindOf.set(comparable(phrase), kind);
    kindsByVariants.set(variants, kindOf);
  }
  return kindOf;
}

/** One finding asking to rename the heading to the section's title; the fix replaces the heading text only (an explicit id stays). */
export function renameFinding(ruleId: string, variant: VariantHeading, title: string, owner: string | undefined): Finding {
  const { heading } = variant;
  const shown = withoutTrailingColon(normalizeTitle(heading.text));
  // Not safe for --fix: the new title changes the heading's id, which links may use.
  return {
    ruleId,
    range: heading.textRange,
    message: `Rename '${shown}' to '${title}': it is the ${title} section of ${owner ?? 'this page'}.`,
    fixes: [{ title: `Rename '${shown}' to '${title}'`, edits: [{ range: heading.textRange, newText: title }], safe: false, preferred: true }],
    data: { kind: variant.kind, rename: shown, to: title, ...(owner ? { role: owner } : { page: true }) },
  };
}

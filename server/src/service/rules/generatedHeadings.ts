import type { RoleDocument } from '../document/model';
import { spansHolding } from './proseMatches';

/**
 * Prose that the site replaces with content at build time: a `{{generator:…}}` directive, or a Hugo
 * shortcode called with `{{% … %}}`, whose output is markdown and so may hold headings with ids.
 * `{{< … >}}` shortcodes render HTML (embeds, notes) and are not counted: their ids are not headings.
 */
const GENERATED_CONTENT = /\{\{\s*generator\s*:|\{\{%/g;

/** Whether some of the page's heading ids are made at build time and so cannot be known from its text. */
export function hasGeneratedHeadings(document: RoleDocument): boolean {
  return spansHolding(document, GENERATED_CONTENT).length > 0;
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { guardedAutolinkTransforms, parseMarkdownWhole } from '../../../server/src/service/parse/parseMarkdown';

/** The processor as remark builds it, with the literal-autolink transform unguarded. */
const unguarded = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

test('the literal-autolink transform is guarded once', () => {
  assert.equal(guardedAutolinkTransforms, 1);
});

const pages: Record<string, string> = {
  'no URL or address': '# Role\n\nPlain words, a [link](https://example.com) and `www.example.com` in code.\n',
  'bare URLs and addresses': 'See www.example.com, HTTPS://EXAMPLE.COM/a_b. and jo@example.co or mailto:jo@example.co.\n',
  'addresses and URLs written with references and escapes': 'jo&#64;example.co and http&#58;//example.com and www\\.example.com and jo\\@example.co\n',
  'xmpp and URLs in link text': 'xmpp:jo@example.co/res and [see www.example.com](/x) and ![www.example.com](/y)\n',
  'inside emphasis and tables': '*www.example.com* and **jo@example.co**\n\n| a |\n|---|\n| https://example.com |\n',
};

for (const [name, text] of Object.entries(pages)) {
  test(`guarded parse equals remark's: ${name}`, () => {
    assert.deepEqual(parseMarkdownWhole(text), unguarded.parse(text));
  });
}

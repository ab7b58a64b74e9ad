import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { projectRoot, sourceFiles } from './sourceImports';

const PROTOCOL = 'server/src/common/protocol.ts';
/** A custom request or notification name: `roleDocs/` and a method. */
const MESSAGE_NAME = /^roleDocs\/\w+$/;

/** String literals (quoted or template, without substitutions) in a file, with their line. */
function stringLiterals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(join(projectRoot, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('Architecture Invariant: custom message names are written only in server/src/common/protocol.ts', () => {
  const files = [...sourceFiles('server/src'), ...sourceFiles('client/src')].filter((f) => f !== PROTOCOL);
  const written = files.flatMap((file) => stringLiterals(file).filter((s) => MESSAGE_NAME.test(s.text)).map((s) => `${file}:${s.line} writes '${s.text}': name it in ${PROTOCOL}`));
  assert.deepEqual(written, []);
  const named = stringLiterals(PROTOCOL).filter((s) => MESSAGE_NAME.test(s.text)).map((s) => s.text);
  assert.ok(named.length >= 5, `protocol.ts names ${named.join(', ')}`);
  assert.equal(new Set(named).size, named.length, 'each name once');
});

test('the protocol module holds names and shapes only: string constants, interfaces, types, type imports and re-exports', () => {
  const source = ts.createSourceFile(PROTOCOL, readFileSync(join(projectRoot, PROTOCOL), 'utf8'), ts.ScriptTarget.Latest, true);
  const other = source.statements
    .filter((s) => {
      if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isExportDeclaration(s)) return false;
      if (ts.isImportDeclaration(s) && s.importClause?.isTypeOnly) return false;
      if (!ts.isVariableStatement(s)) return true;
      return !s.declarationList.declarations.every((d) => d.initializer && ts.isStringLiteral(d.initializer));
    })
    .map((s) => `line ${source.getLineAndCharacterOfPosition(s.getStart()).line + 1}: ${s.getText().split('\n')[0]}`);
  assert.deepEqual(other, []);
});

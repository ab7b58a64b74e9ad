import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RoleDocsApi } from '../../../client/src/common/activate';
import type { LadderNode, LadderTreeProvider } from '../../../client/src/common/ladderTree';
import { PAGES, openPage, pageUri, roleDocsExtension, waitFor, waitForActiveEditor } from './helpers';

/** A tree row as the test compares it: label, description and icon. */
function row(item: vscode.TreeItem): string {
  const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : '?';
  return `${String(item.label)} | ${item.description ?? ''} | ${icon}`;
}

async function provider(): Promise<LadderTreeProvider> {
  await openPage(PAGES.backend);
  const extension = roleDocsExtension();
  await waitFor('Role Docs to activate', () => (extension.isActive ? true : undefined));
  return (extension.exports as RoleDocsApi).ladderTree;
}

/** The rows under a track's level, once the server's answer holds `ready` (asked again until it does, bounded). */
async function levelsOf(tree: LadderTreeProvider, trackTitle: string, ready: (rows: string[]) => boolean): Promise<{ rows: string[]; nodes: LadderNode[] }> {
  return waitFor(
    `the ladder tree's ${trackTitle} levels`,
    async () => {
      const track = (await tree.getChildren()).find((n) => tree.getTreeItem(n).label === trackTitle);
      if (!track) return undefined;
      const nodes = await tree.getChildren(track);
      const rows = nodes.map((n) => row(tree.getTreeItem(n)));
      return ready(rows) ? { rows, nodes } : undefined;
    },
    60_000,
  );
}

suite('ladder tree', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('tracks → levels in the ladder\'s words with their grades, uncovered levels muted, roles under their level', async () => {
    const tree = await provider();
    const roots = await waitFor('the ladder tree to show its tracks', async () => {
      const nodes = await tree.getChildren();
      return nodes.length ? nodes.map((n) => row(tree.getTreeItem(n))) : undefined;
    }, 60_000);
    assert.deepEqual(roots, ['Individual contributor | 5 of 11 levels with pages | list-tree', 'Management | 0 of 9 levels with pages | list-tree']);
    const { rows, nodes } = await levelsOf(tree, 'Individual contributor', (r) => r.length > 0);
    assert.deepEqual(rows, [
      'Intern | grade 4 · no page | circle-outline',
      'Junior | grade 5 · no page | circle-outline',
      'Associate | grade 5 · no page | circle-outline',
      'Intermediate | grade 6 | layers',
      'Senior | grade 7 | layers',
      'Staff | grade 8 | layers',
      'Principal | grade 9 | layers',
      'Distinguished | grade 10 | layers',
      'Senior Distinguished | grade 11 · no page | circle-outline',
      'Fellow | grade 12 · no page | circle-outline',
      'Team Lead | no page | circle-outline',
    ]);
    const senior = nodes[4]!;
    const roles = await tree.getChildren(senior);
    assert.deepEqual(
      roles.map((n) => row(tree.getTreeItem(n))),
      [
        `Senior Backend Engineer | grade 7 · ${PAGES.backend}:28 | file`,
        `Senior Product Manager | grade 8 · ${PAGES.product}:28 | file`,
      ],
    );
    assert.match(String(tree.getTreeItem(nodes[5]!).tooltip), /Equivalent: Manager \(Management\)/);
  });

  test('clicking a role opens its page with the role\'s heading selected', async () => {
    const tree = await provider();
    const { nodes } = await levelsOf(tree, 'Individual contributor', (r) => r.length > 0);
    const staffRole = (await tree.getChildren(nodes[5]!))[0]!;
    const command = tree.getTreeItem(staffRole).command!;
    assert.equal(command.command, 'vscode.open');
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitForActiveEditor(pageUri(PAGES.backend));
    assert.deepEqual(
      [editor.selection.start.line, editor.selection.start.character, editor.selection.end.line, editor.selection.end.character],
      [43, 4, 43, 26],
    );
    assert.equal(editor.document.getText(editor.selection), 'Staff Backend Engineer');
  });

  test('another ladder in .role-docs.json refreshes the tree: the grades the pages state now disagree and are flagged', async () => {
    const tree = await provider();
    const config = pageUri(PAGES.config);
    const original = await vscode.workspace.fs.readFile(config);
    try {
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{ "ladder": "ladders/shifted.json" }\n'));
      const { rows, nodes } = await levelsOf(tree, 'Individual contributor', (r) => r.includes('Senior | grade 8 | warning'));
      assert.deepEqual(rows.slice(3, 8), ['Intermediate | grade 6 | layers', 'Senior | grade 8 | warning', 'Staff | grade 9 | warning', 'Principal | grade 10 | warning', 'Distinguished | grade 11 | warning']);
      const senior = (await tree.getChildren(nodes[4]!)).map((n) => tree.getTreeItem(n));
      assert.deepEqual(senior.map(row), [`Senior Backend Engineer | grade 7 · ${PAGES.backend}:28 | warning`, `Senior Product Manager | grade 8 · ${PAGES.product}:28 | file`]);
      assert.equal(
        senior[0]!.tooltip,
        `Senior Backend Engineer — ${PAGES.backend}:28\nGrade 7 should be 8: Senior is grade 8 on the ladder (role 'Senior Backend Engineer', line 28).`,
      );
    } finally {
      await vscode.workspace.fs.writeFile(config, original);
    }
    await levelsOf(tree, 'Individual contributor', (r) => r.includes('Senior | grade 7 | layers'));
  });
});

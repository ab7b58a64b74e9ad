import type { Ladder, PageLayout } from '../ladder/types';
import { createLevelNamer, createUnknownCodeFinder, type LevelNamer, type UnknownCodeFinder } from './levelNamer';
import { compileLevelStatements, type LevelStatementFinder } from './levelStatements';

/** What finding roles on a page needs from the ladder, made once per ladder. */
export interface RoleModel {
  readonly ladder: Ladder;
  /** The level a title names in so many words. */
  readonly nameLevel: LevelNamer;
  /** The level a title stands for, named or the track's base level. */
  readonly classify: LevelNamer;
  readonly findStatements: LevelStatementFinder | undefined;
  /** A level-code-shaped name the ladder lacks, in a title. */
  readonly unknownCode: UnknownCodeFinder;
  readonly layouts: ReadonlySet<PageLayout>;
  /** Front matter key naming a page's level (one page per level). */
  readonly levelKey: string;
}

const models = new WeakMap<Ladder, RoleModel>();

export function roleModelFor(ladder: Ladder): RoleModel {
  let model = models.get(ladder);
  if (!model) {
    model = {
      ladder,
      nameLevel: createLevelNamer(ladder),
      classify: createLevelNamer(ladder, { withBase: true }),
      findStatements: compileLevelStatements(ladder.levelStatements, ladder.levels),
      unknownCode: createUnknownCodeFinder(ladder.levels),
      layouts: new Set(ladder.layouts),
      levelKey: ladder.rolePages?.levelKey ?? 'level',
    };
    models.set(ladder, model);
  }
  return model;
}

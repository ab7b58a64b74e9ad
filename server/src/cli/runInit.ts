import { promises as fs } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CONFIG_FILE_NAME, closestName } from '../service';
import { writeFileAtomic, writeNewFileAtomic } from '../node/writeFileAtomic';
import { UsageError } from './cliArgs';
import { readOption } from './optionWords';
import type { CliIo } from './runCheck';
import { LADDER_SHAPES, SHAPE_SUMMARIES, starterConfigText, starterLadderText, type LadderShape } from './starterLadders';

/** The name `init` gives the ladder file; editors know it as a ladder by this name. */
export const STARTER_LADDER_FILE = 'ladder.json';

export interface InitArgs {
  shape: LadderShape;
  /** Where to write, as typed (default: the current folder). */
  dir?: string;
  force: boolean;
}

/** Parses the words after `role-docs init`; throws UsageError with a message for the user. */
export function parseInitArgs(argv: string[]): InitArgs {
  const args: InitArgs = { shape: 'gitlab', force: false };
  const rest = [...argv];
  while (rest.length) {
    const arg = rest.shift()!;
    const { name, value } = readOption(arg, rest);
    if (name === '--shape') args.shape = shapeNamed(value());
    else if (name === '--dir') args.dir = value();
    else if (name === '--force') args.force = true;
    else throw new UsageError(name.startsWith('-') ? `init has no option '${name}'.` : `init takes no paths ('${name}'); give the folder with --dir.`);
  }
  return args;
}

function shapeNamed(value: string): LadderShape {
  if ((LADDER_SHAPES as readonly string[]).includes(value)) return value as LadderShape;
  const meant = closestName(value, LADDER_SHAPES);
  const known = `${LADDER_SHAPES.slice(0, -1).join(', ')} or ${LADDER_SHAPES[LADDER_SHAPES.length - 1]}`;
  throw new UsageError(`--shape must be ${known}, not '${value}'${meant ? `; did you mean '${meant}'?` : '.'}`);
}

/**
 * `role-docs init`: writes a starter ladder and the `.role-docs.json` naming it. An existing file is
 * replaced only with --force; otherwise nothing is written and the exit status is 1.
 */
export async function runInit(args: InitArgs, io: CliIo): Promise<number> {
  const dir = resolve(io.cwd, args.dir ?? '.');
  const shown = (name: string) => relative(io.cwd, join(dir, name)) || name;
  const files = [
    { name: STARTER_LADDER_FILE, text: starterLadderText(args.shape), says: `a starter ladder of the ${args.shape} shape (${SHAPE_SUMMARIES[args.shape]})` },
    { name: CONFIG_FILE_NAME, text: starterConfigText(STARTER_LADDER_FILE), says: `names ${STARTER_LADDER_FILE} as the ladder` },
  ];
  if (!args.force) {
    const existing = [];
    for (const file of files) if (await exists(join(dir, file.name))) existing.push(shown(file.name));
    if (existing.length) {
      io.stderr(`role-docs init: ${existing.join(' and ')} already ${existing.length > 1 ? 'exist' : 'exists'}, so nothing was written; run again with --force to replace ${existing.length > 1 ? 'them' : 'it'}.`);
      return 1;
    }
  }
  await fs.mkdir(dir, { recursive: true });
  const written: string[] = [];
  // The ladder first, so the configuration never names a file that is not there yet.
  for (const file of files) {
    try {
      await (args.force ? writeFileAtomic : writeNewFileAtomic)(join(dir, file.name), file.text);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const before = written.length ? `; only ${written.join(', ')} was written` : ', so nothing was written';
      io.stderr(`role-docs init: ${shown(file.name)} appeared while writing${before}; run again with --force to replace it.`);
      return 1;
    }
    written.push(shown(file.name));
    io.stdout(`Wrote ${shown(file.name)}: ${file.says}.`);
  }
  const where = args.dir === undefined ? '' : ` ${relative(io.cwd, dir) || '.'}`;
  io.stdout(
    [
      `Next: edit ${shown(STARTER_LADDER_FILE)} to match your levels, then run`,
      `  role-docs roles${where}    to see the roles it finds on each page`,
      `  role-docs check${where}    to check the pages`,
    ].join('\n'),
  );
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return fs.lstat(path).then(
    () => true,
    () => false,
  );
}

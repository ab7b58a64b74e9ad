import { readOption, UsageError } from './optionWords';

export { UsageError };

export type OutputFormat = 'text' | 'json' | 'sarif' | 'codequality';

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'codequality'];

export type ReportFormat = 'markdown' | 'html' | 'json';

const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'html', 'json'];

export interface CliArgs {
  command: 'check' | 'ladder' | 'roles' | 'role' | 'report' | 'help' | 'version';
  paths: string[];
  ladder?: string;
  /** The `.role-docs.json` for every page, instead of the nearest one above each. */
  config?: string;
  format: OutputFormat;
  /** `role`'s output: markdown (default) or json. */
  roleFormat?: 'markdown' | 'json';
  /** `role-docs report`'s format (markdown unless --format says otherwise). */
  reportFormat: ReportFormat;
  root?: string;
  slugProfile?: string;
  /** Exit 0 even when errors are found (for demos and reports that must not fail a job). */
  exitZero: boolean;
  /** Apply the safe fixes before reporting. */
  fix: boolean;
  /** With --fix: print a unified diff and write nothing. */
  dryRun: boolean;
  /** Write the report to this file instead of stdout. */
  output?: string;
  /** Check every page afresh, neither reading nor writing the findings cache. */
  noCache: boolean;
}

export const USAGE = `Usage:
  role-docs check [paths or globs...] [--config FILE] [--ladder FILE] [--format text|json|sarif|codequality]
                  [--output FILE] [--root DIR] [--slug-profile github|kramdown|hugo]
                  [--fix [--dry-run]] [--no-cache] [--exit-zero]
  role-docs ladder [--config FILE] [--ladder FILE]
  role-docs roles [paths or globs...] [--ladder FILE] [--format text|json] [--root DIR]
  role-docs init [--shape gitlab|level-codes|level-table] [--dir DIR] [--force]
  role-docs role FILE:LINE [--format markdown|json] [--config FILE] [--ladder FILE] [--root DIR]
  role-docs report [paths or globs...] [--config FILE] [--ladder FILE] [--format markdown|html|json]
                   [--output FILE] [--root DIR] [--no-cache]
  role-docs --help | --version

check     Checks every *.md below the given paths (default: .), skipping node_modules and .git.
ladder    Says which ladder is active and where it came from, then prints it as a table.
roles     Lists each page's roles as the ladder finds them: level, grade, sections, extends.
init      Writes a starter ladder.json of the shape given (default gitlab: the built-in ladder,
          extended) and a .role-docs.json naming it; replaces neither unless --force (exit 1).
role      The role whose heading is on LINE of FILE with everything it inherits through
          "Extends that of …" expanded, each line marked with the role and line it comes from.
report    The handbook report: families x levels, missing levels, grades that differ between pages,
          broken and circular extends chains, and each page's findings (as check gives them).
          markdown (default) suits a merge-request comment; html is one self-contained file.

--config FILE   Use this .role-docs.json for every page. Without it each page uses the nearest
                .role-docs.json in its folder or above; with none, the built-in GitLab ladder.
--ladder FILE   Use this ladder file instead of the one .role-docs.json names.
--format        text (default): path:line:col severity RDnnn/alias message; json: one array;
                sarif: SARIF 2.1.0 (GitHub code scanning); codequality: GitLab Code Quality.
                roles: text (one line per role) or json (an array of pages).
                role: markdown (default) or json (docs/effective-role.md gives its shape).
--output FILE   Write the report to FILE (replaced whole) instead of standard output.
--fix           Apply every safe fix, write the changed files, then report what remains.
--dry-run       With --fix: print the changes as a unified diff and write nothing.
--root DIR      The handbook root that site paths (/job-families/...) are resolved against.
--slug-profile  How the site makes heading ids (overrides .role-docs.json).
--no-cache      Do not use the findings cache (node_modules/.cache/role-docs, kept when a
                node_modules folder is above the working directory).
--exit-zero     Exit 0 even when errors are found.

Exit status: 0 no errors, 1 errors found, 2 usage error or a problem in .role-docs.json or a
ladder (then no page is checked); roles and report: 0, or 2 on a usage error or any problem in the configuration or ladder;
init: 0, 1 when a file it would write exists (nothing is written), 2 on a usage error;
role: 0, or 2 when LINE is no role heading (the file's role headings are listed) or on a usage error.`;

/** Parses the command line; throws UsageError with a message for the user. */
export function parseCliArgs(argv: string[]): CliArgs {
  const args: CliArgs = { command: 'check', paths: [], format: 'text', reportFormat: 'markdown', exitZero: false, fix: false, dryRun: false, noCache: false };
  const rest = [...argv];
  const first = rest[0];
  if (first === 'check' || first === 'ladder' || first === 'roles' || first === 'role' || first === 'report') {
    args.command = first;
    rest.shift();
  } else if (first === '--help' || first === '-h' || first === 'help') return { ...args, command: 'help' };
  else if (first === '--version' || first === '-v') return { ...args, command: 'version' };
  else if (first !== undefined && !first.startsWith('-')) throw new UsageError(`Unknown command '${first}'.`);
  while (rest.length) {
    const arg = rest.shift()!;
    const { name, value } = readOption(arg, rest);
    switch (name) {
      case '--ladder':
        args.ladder = value();
        break;
      case '--config':
        args.config = value();
        break;
      case '--root':
        args.root = value();
        break;
      case '--format': {
        const v = value();
        if (args.command === 'role') {
          if (v !== 'markdown' && v !== 'json') throw new UsageError(`role --format must be markdown or json, not '${v}'.`);
          args.roleFormat = v;
          break;
        }
        if (args.command === 'report') {
          if (!REPORT_FORMATS.includes(v as ReportFormat)) throw new UsageError(`report --format must be markdown, html or json, not '${v}'.`);
          args.reportFormat = v as ReportFormat;
          break;
        }
        if (!FORMATS.includes(v as OutputFormat)) throw new UsageError(`--format must be text, json, sarif or codequality, not '${v}'.`);
        args.format = v as OutputFormat;
        break;
      }
      case '--output':
        args.output = value();
        break;
      case '--fix':
        args.fix = true;
        break;
      case '--dry-run':
        args.dryRun = true;
        break;
      case '--slug-profile': {
        const v = value();
        if (v !== 'github' && v !== 'kramdown' && v !== 'hugo') throw new UsageError(`--slug-profile must be github, kramdown or hugo, not '${v}'.`);
        args.slugProfile = v;
        break;
      }
      case '--exit-zero':
        args.exitZero = true;
        break;
      case '--no-cache':
        args.noCache = true;
        break;
      case '--help':
      case '-h':
        return { ...args, command: 'help' };
      default:
        if (name.startsWith('-')) throw new UsageError(`Unknown option '${name}'.`);
        args.paths.push(arg);
    }
  }
  if (args.dryRun && !args.fix) throw new UsageError('--dry-run needs --fix.');
  if (args.command === 'role' && (args.fix || args.output)) throw new UsageError(`role takes no ${args.fix ? '--fix' : '--output'}.`);
  if (args.command === 'roles' && args.format !== 'text' && args.format !== 'json') throw new UsageError(`roles --format must be text or json, not '${args.format}'.`);
  if (args.command === 'report' && args.fix) throw new UsageError('report takes no --fix.');
  if (args.command === 'roles' && (args.fix || args.output)) throw new UsageError(`roles takes no ${args.fix ? '--fix' : '--output'}.`);
  return args;
}

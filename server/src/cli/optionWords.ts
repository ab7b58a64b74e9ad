/** A command line the CLI cannot run: the message says what to type instead. */
export class UsageError extends Error {}

/** One command-line word as an option: its name, and its value from `--name=value` or the next word. */
export function readOption(arg: string, rest: string[]): { name: string; value: () => string } {
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = (): string => {
    const v = inline ?? rest.shift();
    if (v === undefined || v === '') throw new UsageError(`${name} needs a value.`);
    return v;
  };
  return { name, value };
}

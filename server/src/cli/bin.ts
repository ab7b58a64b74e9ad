import { runCli } from './main';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text.startsWith('\r') ? text : text + '\n'),
  interactive: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});

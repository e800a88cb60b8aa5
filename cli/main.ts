/**
 * `npm run --silent bangfu -- <command> …`. Each command lives in cli/commands/<name>.ts and is loaded
 * only when called, so the rules commands start fast. Adding a command is one line below.
 * Exit codes: 0 success, 2 bad input or unknown command (usage on stderr), 1 anything else.
 */
type Command = { usage: string; run: (args: string[]) => Promise<number> };
const COMMANDS: Record<string, Command> = {
  deadline: { usage: 'deadline  < {"received":"YYYY-MM-DD","workingDays":5}', run: async () => (await import('./commands/deadline.js')).deadline() },
  eligibility: { usage: 'eligibility  < {applicationDate, category, birthDate, registeredLocally, residesLocally, hardshipSituation, exclusions, …}', run: async () => (await import('./commands/eligibility.js')).eligibility() },
  benefit: { usage: 'benefit <living-supplement|medical-aid|employment-subsidy|retiree-medical|temporary-aid>  < {…}', run: async (a) => (await import('./commands/benefit.js')).benefit(a) },
  token: { usage: 'token --sub <id> --role <role[,role…]> --county <code> [--township <code>] [--ttl 12h]', run: async (a) => (await import('./commands/token.js')).token(a) },
  audit: { usage: 'audit verify [--case <id> | --all] | audit checkpoint | audit public-key', run: async (a) => (await import('./commands/audit.js')).audit(a) },
  replay: { usage: 'replay --case <id> | --all-open', run: async (a) => (await import('./commands/replay.js')).replay(a) },
  reconcile: { usage: 'reconcile --case <id> | --all-open', run: async (a) => (await import('./commands/reconcile.js')).reconcile(a) },
  'person-keys': { usage: 'person-keys migrate [--dry-run]', run: async (a) => (await import('./commands/person-keys.js')).personKeys(a) },
};

const [name, ...args] = process.argv.slice(2);
const cmd = name ? COMMANDS[name] : undefined;
if (!cmd) {
  process.stderr.write(`${name ? `unknown command: ${name}\n` : ''}usage: npm run --silent bangfu -- <command>\n${Object.values(COMMANDS).map((c) => '  ' + c.usage).join('\n')}\n`);
  process.exitCode = 2;
} else {
  try {
    process.exitCode = await cmd.run(args);
  } catch (e) {
    process.stderr.write(`${name}: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}

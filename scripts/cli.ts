// The command line: the same engine and policy schema as the extension, for
// IT to try a policy file and for scripts to check posts in bulk.
//
//   postcheck check [--policy FILE] [--account council|personal]
//                   [--platform x|facebook|youtube] [--format text|json] [--date YYYY-MM-DD] [FILE|-]
//   postcheck check --jsonl FILE [--policy FILE]
//   postcheck policy --schema [--policy FILE]
//
// Exit codes (shared/spec/interfaces.md): 0 clean or only `info` findings,
// 1 a finding at `warn` or above, 2 bad input (unreadable file, invalid
// policy, bad option, bad JSON line).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { check, severityAtLeast } from '../rules/engine';
import { DEFAULT_POLICY, PolicyError, parsePolicyJson, policyInputSchema, resolvePolicy, type Policy } from '../rules/policy';
import type { AccountKind, Finding, Platform, Rule } from '../rules/types';
import { formatText, toJsonlFinding, withPosition } from './cli-format';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** All of standard input, as UTF-8 text. */
  readStdin(): Promise<string>;
  readFile(path: string): string;
}

const ACCOUNTS = ['council', 'personal'] as const;
const PLATFORMS = ['x', 'facebook', 'youtube'] as const;
const FORMATS = ['text', 'json'] as const;

export const USAGE = `Usage:
  postcheck check [options] [FILE|-]      check one post (stdin when FILE is - or absent)
  postcheck check --jsonl FILE [options]  check one post per JSON line {"id","text","account"?,"platform"?}
  postcheck policy --schema               print the JSON schema of a policy file
  postcheck policy --policy FILE          validate a policy file and print it resolved

Options:
  --policy FILE                     policy JSON (default: the built-in default policy)
  --account council|personal        account kind (default: the policy's "account")
  --platform x|facebook|youtube     the site the post goes to
  --format text|json                output for one post (default: text)
  --date YYYY-MM-DD                 the day the post goes out, for election periods (default: today)
  --jsonl FILE                      batch mode: one JSON object per input line, one per output line
  -h, --help                        show this help

Exit codes: 0 no finding at warn or above, 1 a finding at warn or above, 2 bad input.
`;

/** Bad input from the user: printed without a stack trace, exit code 2. */
class UsageError extends Error {}

export const processIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFileSync(path, 'utf8'),
};

export interface CliOptions {
  /** The rules to run (tests pass stand-ins); all registered rules when absent. */
  rules?: readonly Rule[];
}

export async function main(argv: string[], io: CliIO = processIO, options: CliOptions = {}): Promise<number> {
  try {
    return await run(argv, io, options);
  } catch (error) {
    if (error instanceof PolicyError) {
      io.stderr(`postcheck: the policy is not valid:\n${error.issues.map((i) => `  ${i}`).join('\n')}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`postcheck: ${error.message}\n`);
      return 2;
    }
    // parseArgs reports unknown options and missing values with a code.
    if (error instanceof Error && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`postcheck: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    io.stderr(`postcheck: ${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

async function run(argv: string[], io: CliIO, options: CliOptions): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    io.stdout(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'check') return runCheck(rest, io, options);
  if (command === 'policy') return runPolicy(rest, io);
  throw new UsageError(`unknown command "${command}"; expected "check" or "policy".\n\n${USAGE}`);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}").`);
  return value as T;
}

function parseDate(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
  if (!m || !date || date.getMonth() !== Number(m[2]) - 1 || date.getDate() !== Number(m[3])) {
    throw new UsageError(`--date must be a date written YYYY-MM-DD (got "${value}").`);
  }
  return date;
}

function readText(path: string | undefined, io: CliIO): Promise<string> | string {
  if (path === undefined || path === '-') return io.readStdin();
  try {
    return io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function loadPolicy(path: string | undefined, io: CliIO): Promise<Policy> {
  if (path === undefined) return DEFAULT_POLICY;
  if (path === '-') throw new UsageError('--policy must name a file, not standard input.');
  const json = await readText(path, io);
  try {
    return resolvePolicy(parsePolicyJson(json));
  } catch (error) {
    if (error instanceof PolicyError) throw new PolicyError(error.issues.map((i) => `${path}: ${i}`));
    throw error;
  }
}

async function runCheck(args: string[], io: CliIO, options: CliOptions): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      policy: { type: 'string' },
      account: { type: 'string' },
      platform: { type: 'string' },
      format: { type: 'string' },
      date: { type: 'string' },
      jsonl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  const account = oneOf('account', values.account, ACCOUNTS);
  const platform = oneOf('platform', values.platform, PLATFORMS);
  const format = oneOf('format', values.format, FORMATS) ?? 'text';
  const now = parseDate(values.date) ?? new Date();
  if (positionals.length > 1) throw new UsageError(`expected at most one FILE, got ${positionals.length}: ${positionals.join(' ')}`);

  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError(`--jsonl takes the input file itself; unexpected ${positionals[0]}`);
    if (values.format !== undefined) throw new UsageError('--format does not apply to --jsonl, which always writes JSON lines.');
    const policy = await loadPolicy(values.policy, io);
    return runJsonl(await readText(values.jsonl, io), values.jsonl, { account, platform, now }, policy, io, options);
  }

  const policy = await loadPolicy(values.policy, io);
  const file = positionals[0];
  const text = await readText(file, io);
  const findings = check(text, { account: account ?? policy.account, platform, now }, policy, options);
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ findings: findings.map((f) => withPosition(text, f)) }, null, 2)}\n`);
  } else {
    io.stdout(formatText(text, findings, file === undefined || file === '-' ? '<stdin>' : file));
  }
  return exitCode(findings);
}

function exitCode(findings: readonly Finding[]): number {
  return findings.some((f) => severityAtLeast(f.severity, 'warn')) ? 1 : 0;
}

interface Defaults {
  account?: AccountKind;
  platform?: Platform;
  now: Date;
}

const jsonlLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  account: z.enum(ACCOUNTS).optional(),
  platform: z.enum(PLATFORMS).optional(),
});

function runJsonl(input: string, name: string, defaults: Defaults, policy: Policy, io: CliIO, options: CliOptions): number {
  // Validate every line before printing any result, so bad input never leaves half an output behind.
  const posts: Array<z.infer<typeof jsonlLine>> = [];
  const lines = input.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) return;
    const where = `${name === '-' ? '<stdin>' : name} line ${index + 1}`;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (error) {
      throw new UsageError(`${where}: not valid JSON (${(error as Error).message}).`);
    }
    const parsed = jsonlLine.safeParse(data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(the line)'}: ${i.message}`);
      throw new UsageError(`${where}: ${issues.join('; ')}.`);
    }
    posts.push(parsed.data);
  });
  let worst = 0;
  for (const post of posts) {
    const findings = check(post.text, { account: post.account ?? defaults.account ?? policy.account, platform: post.platform ?? defaults.platform, now: defaults.now }, policy, options);
    worst = Math.max(worst, exitCode(findings));
    io.stdout(`${JSON.stringify({ id: post.id, findings: findings.map(toJsonlFinding) })}\n`);
  }
  return worst;
}

async function runPolicy(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: false,
    strict: true,
    options: { schema: { type: 'boolean' }, policy: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  void positionals;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.schema) {
    io.stdout(`${JSON.stringify(z.toJSONSchema(policyInputSchema, { io: 'input' }), null, 2)}\n`);
    return 0;
  }
  if (values.policy !== undefined) {
    const policy = await loadPolicy(values.policy, io);
    io.stdout(`${JSON.stringify(policy, null, 2)}\n`);
    return 0;
  }
  throw new UsageError(`policy needs --schema or --policy FILE.\n\n${USAGE}`);
}

// Run directly (`tsx scripts/cli.ts check post.txt`) as well as through bin/postcheck.js.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}

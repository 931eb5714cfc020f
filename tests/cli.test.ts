// The command line as shared/spec/interfaces.md describes it. Most cases call
// main() in-process with stand-in rules, so the mechanics (positions, exit
// codes, JSON lines, policy errors) are tested whatever the real rules find;
// a few run `npx postcheck` itself, as IT would after `npm ci`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../scripts/cli';
import { formatText, positionAt } from '../scripts/cli-format';
import { defineRule, type Category, type Finding, type Rule } from '../rules/types';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = resolve(ROOT, 'tests/fixtures');
const BRIGHTWATER = resolve(FIXTURES, 'brightwater-policy.json');
const FENMOUTH = resolve(FIXTURES, 'fenmouth-policy.json');
const BAD = resolve(FIXTURES, 'bad-policy.json');

/** Reports every occurrence of `word`, and the account kind it was checked for. */
function wordRule(id: string, category: Category, word: string): Rule {
  return defineRule({
    meta: {
      id,
      category,
      description: `Stand-in rule ${id} for CLI tests.`,
      policy: { clause: `The clause ${id} enforces.`, source: `Test policy, section ${id}` },
      messages: { found: 'Remove "{{match}}" ({{account}}).' },
    },
    check(doc, ctx) {
      const lower = doc.text.toLowerCase();
      for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
        ctx.report({ messageId: 'found', start: i, end: i + word.length, data: { account: ctx.account }, suggest: [{ label: 'Remove', edit: { kind: 'replace', start: i, end: i + word.length, text: '' } }] });
      }
    },
  });
}

const STUBS = [wordRule('stub-abuse', 'abuse', 'rotten'), wordRule('stub-political', 'political', 'vote'), wordRule('stub-commercial', 'commercial', 'bargain')];

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command with the stand-in rules, or with the registered rules when `rules` is 'real'. */
async function cli(argv: string[], stdin = '', rules: readonly Rule[] | 'real' = STUBS): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => stdin,
    readFile: (path) => readFileSync(path, 'utf8'),
  };
  const code = await main(argv, io, rules === 'real' ? {} : { rules });
  return { code, stdout, stderr };
}

describe('check, text output', () => {
  it('prints nothing alarming and exits 0 for a clean post', async () => {
    const r = await cli(['check', '--policy', BRIGHTWATER, '-'], 'The library opens at nine.');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('<stdin>: no findings.\n');
    expect(r.stderr).toBe('');
  });

  it('prints line:column, severity, category, message, rule and policy clause; exits 1', async () => {
    const text = 'First line is fine.\n🎉🎉 A rotten idea.';
    const r = await cli(['check', '--policy', BRIGHTWATER, '--account', 'council'], text);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('<stdin>');
    // Column counts characters: each emoji is one, though two UTF-16 units.
    expect(lines[1]).toMatch(/^ {2}2:6 {2}warn {2}abuse {2}Remove "rotten" \(council\)\. {2}\(stub-abuse\)$/);
    expect(lines[2]).toMatch(/^\s+Policy: .+: ".+"$/);
    expect(lines[3]).toMatch(/^\s+Suggestions: Remove$/);
    expect(r.stdout).toMatch(/\n1 finding \(0 block, 1 warn, 0 info\)\n$/);
  });

  it('cites the policy clause of the policy file, else the default', async () => {
    const r = await cli(['check', '--policy', BRIGHTWATER], 'A rotten idea.');
    expect(r.stdout).toMatch(/Policy: Wouldham Parish, 2\.1 Responsibilities of Members and Officers: "Don’t use insulting/);
  });

  it('names the file it read', async () => {
    const r = await cli(['check', '--policy', BRIGHTWATER, resolve(FIXTURES, 'posts.jsonl')]);
    expect(r.stdout.split('\n')[0]).toMatch(/posts\.jsonl/);
  });

  it('exits 0 when the only findings are info', async () => {
    // Politics is info on a personal account by default.
    const r = await cli(['check', '--account', 'personal'], 'Vote for the new park name.');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1:1 {2}info {2}political/);
    expect(r.stdout).toMatch(/1 finding \(0 block, 0 warn, 1 info\)/);
  });

  it('takes the account kind from the policy when --account is absent', async () => {
    const r = await cli(['check', '--policy', FENMOUTH], 'A rotten idea.');
    expect(r.stdout).toMatch(/\(personal\)/);
    const council = await cli(['check', '--policy', FENMOUTH, '--account', 'council'], 'A rotten idea.');
    expect(council.stdout).toMatch(/\(council\)/);
  });

  it('applies the election period on the --date given', async () => {
    const during = await cli(['check', '--policy', FENMOUTH, '--account', 'council', '--date', '2027-04-20'], 'Vote on Thursday.');
    expect(during.stdout).toMatch(/block {2}political/);
    const personal = await cli(['check', '--policy', FENMOUTH, '--date', '2027-04-20'], 'Vote on Thursday.');
    expect(personal.stdout).toMatch(/info {2}political/);
  });

  it('counts lines across \\r\\n and columns from the start of the line', async () => {
    const r = await cli(['check'], 'one\r\ntwo\r\n  a bargain');
    expect(r.stdout).toMatch(/ 3:5 {2}warn {2}commercial/);
  });

  it('orders findings by position and sums them by severity', async () => {
    const policy = resolve(FIXTURES, 'fenmouth-policy.json');
    const r = await cli(['check', '--policy', policy, '--account', 'council', '--date', '2027-04-20'], 'A rotten bargain.\nVote!');
    expect(r.code).toBe(1);
    const where = [...r.stdout.matchAll(/^ {2}(\d+:\d+)/gm)].map((m) => m[1]);
    expect(where).toEqual(['1:3', '1:10', '2:1']);
    expect(r.stdout).toMatch(/3 findings \(1 block, 2 warn, 0 info\)/);
  });
});

describe('check --format json', () => {
  it('prints {findings} with the finding fields and positions', async () => {
    const r = await cli(['check', '--format', 'json', '--policy', BRIGHTWATER], 'Hi.\nA rotten idea.');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: Array<Finding & { line: number; column: number }> };
    expect(out.findings).toHaveLength(1);
    const [f] = out.findings;
    expect(f).toMatchObject({ rule: 'stub-abuse', category: 'abuse', severity: 'warn', start: 6, end: 12, match: 'rotten', line: 2, column: 3 });
    expect(f.message).toBe('Remove "rotten" (council).');
    expect(f.policy.source.length).toBeGreaterThan(0);
    expect(f.suggestions).toEqual([{ label: 'Remove', edit: { kind: 'replace', start: 6, end: 12, text: '' } }]);
  });

  it('prints an empty list and exits 0 for a clean post', async () => {
    const r = await cli(['check', '--format', 'json'], 'Nothing to see.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
  });
});

describe('check --jsonl', () => {
  const jsonl = (lines: unknown[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');

  // The lines go through stdin ('-') so each test states its own input.
  const batch = (input: string, extra: string[] = []) => cli(['check', '--jsonl', '-', ...extra], input);

  it('writes one line per post, in input order, with the listed fields', async () => {
    const r = await batch(
      jsonl([
        { id: 'b', text: 'All fine here.' },
        { id: 'a', text: 'A rotten bargain.', account: 'council', platform: 'x' },
        { id: 7, text: 'Vote!', account: 'personal' },
      ]),
    );
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['b', 'a', 7]);
    expect(out[0].findings).toEqual([]);
    expect(out[1].findings.map((f: Finding) => f.match)).toEqual(['rotten', 'bargain']);
    for (const f of out[1].findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['rule', 'category', 'severity', 'start', 'end', 'match', 'message']));
    }
    expect(out[2].findings[0]).toMatchObject({ rule: 'stub-political', category: 'political', severity: 'info', start: 0, end: 4, match: 'Vote' });
  });

  it('uses each line’s account, else --account, else the policy’s', async () => {
    const input = jsonl([
      { id: 1, text: 'rotten' },
      { id: 2, text: 'rotten', account: 'council' },
    ]);
    const byPolicy = await cli(['check', '--jsonl', '-', '--policy', FENMOUTH], input);
    expect(byPolicy.stdout.split('\n').slice(0, 2).map((l) => JSON.parse(l).findings[0].message)).toEqual([
      'Remove "rotten" (personal).',
      'Remove "rotten" (council).',
    ]);
    const byOption = await cli(['check', '--jsonl', '-', '--policy', FENMOUTH, '--account', 'council'], input);
    expect(JSON.parse(byOption.stdout.split('\n')[0]).findings[0].message).toBe('Remove "rotten" (council).');
  });

  it('skips blank lines and accepts \\r\\n', async () => {
    const r = await batch('{"id":"x","text":"fine"}\r\n\r\n   \n{"id":"y","text":"also fine"}\r\n');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['x', 'y']);
  });

  it('reads a file', async () => {
    const r = await cli(['check', '--jsonl', resolve(FIXTURES, 'posts.jsonl'), '--policy', BRIGHTWATER]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 2, 'c']);
  });

  it('exits 2 naming the line that is not JSON, and prints no results', async () => {
    const r = await batch('{"id":"x","text":"fine"}\n\n{"id": "y", "text": }\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/line 3: not valid JSON/);
  });

  it('exits 2 naming the line and field that is wrong', async () => {
    const missing = await batch('{"id":"x","text":"fine"}\n{"id":"y"}');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/line 2: .*text/);
    const account = await batch('{"id":"x","text":"fine","account":"staff"}');
    expect(account.code).toBe(2);
    expect(account.stderr).toMatch(/line 1: .*account/);
    const platform = await batch('{"id":"x","text":"fine","platform":"tiktok"}');
    expect(platform.stderr).toMatch(/line 1: .*platform/);
    const noId = await batch('{"text":"fine"}');
    expect(noId.stderr).toMatch(/line 1: .*id/);
    const notObject = await batch('["id","text"]');
    expect(notObject.code).toBe(2);
  });

  it('exits 0 for an empty input', async () => {
    const r = await batch('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('bad input exits 2', () => {
  it('a policy with errors, naming each field', async () => {
    const r = await cli(['check', '--policy', BAD], 'fine');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/policy is not valid/);
    expect(r.stderr).toMatch(/organisaton: unknown field/);
    expect(r.stderr).toMatch(/organisation\.domains\[0\]: must not be empty/);
    expect(r.stderr).toMatch(/account: /);
    expect(r.stderr).toMatch(/electionPeriods\[0\]\.end: start must not be after end/);
  });

  it('a policy that is not JSON', async () => {
    const r = await cli(['check', '--policy', resolve(FIXTURES, 'posts.jsonl')], 'fine');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not valid JSON/);
  });

  it('a policy or post file that cannot be read, naming it', async () => {
    const policy = await cli(['check', '--policy', '/nonexistent/policy.json'], 'fine');
    expect(policy.code).toBe(2);
    expect(policy.stderr).toMatch(/\/nonexistent\/policy\.json/);
    const post = await cli(['check', '/nonexistent/post.txt']);
    expect(post.code).toBe(2);
    expect(post.stderr).toMatch(/cannot read \/nonexistent\/post\.txt/);
    const batchFile = await cli(['check', '--jsonl', '/nonexistent/posts.jsonl']);
    expect(batchFile.code).toBe(2);
  });

  it('an option value that is not allowed, naming the option', async () => {
    for (const [args, option] of [
      [['--account', 'staff'], '--account'],
      [['--platform', 'tiktok'], '--platform'],
      [['--format', 'xml'], '--format'],
      [['--date', '2027-02-30'], '--date'],
      [['--date', 'tomorrow'], '--date'],
    ] as const) {
      const r = await cli(['check', ...args], 'fine');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(option);
    }
  });

  it('an unknown option, a missing value, extra files, an unknown command', async () => {
    expect((await cli(['check', '--colour'], 'fine')).code).toBe(2);
    expect((await cli(['check', '--policy'], 'fine')).code).toBe(2);
    expect((await cli(['check', 'a.txt', 'b.txt'], 'fine')).code).toBe(2);
    expect((await cli(['lint'], 'fine')).code).toBe(2);
    expect((await cli([], 'fine')).code).toBe(2);
    expect((await cli(['check', '--jsonl', '-', '--format', 'text'], '')).code).toBe(2);
  });
});

describe('help and schema', () => {
  it('--help prints the usage and exits 0', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['check', '--help']]) {
      const r = await cli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/postcheck check \[options\] \[FILE\|-\]/);
      expect(r.stdout).toMatch(/--jsonl FILE/);
    }
  });

  it('policy --schema prints the JSON schema of a policy file', async () => {
    const r = await cli(['policy', '--schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.organisation.properties.domains.type).toBe('array');
    expect(schema.additionalProperties).toBe(false);
  });

  it('policy --policy FILE validates and prints the resolved policy', async () => {
    const ok = await cli(['policy', '--policy', FENMOUTH]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).organisation.name).toBe('Fenmouth District Council');
    const bad = await cli(['policy', '--policy', BAD]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/organisaton/);
  });
});

describe('positions', () => {
  it('are 1-based, with columns in characters of the line', () => {
    const text = 'ab\n😀x\r\ny\rz';
    expect(positionAt(text, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(text, 2)).toEqual({ line: 1, column: 3 });
    expect(positionAt(text, 3)).toEqual({ line: 2, column: 1 });
    expect(positionAt(text, 5)).toEqual({ line: 2, column: 2 }); // after the emoji's two code units
    expect(positionAt(text, 8)).toEqual({ line: 3, column: 1 });
    expect(positionAt(text, 10)).toEqual({ line: 4, column: 1 });
  });

  it('formatText with no findings says so', () => {
    expect(formatText('x', [], 'post.txt')).toBe('post.txt: no findings.\n');
  });
});

describe('with the real rules', () => {
  it('a plain civic post is clean (exit 0)', async () => {
    const r = await cli(['check', '--policy', BRIGHTWATER, '--account', 'council'], 'The library opens at 9am on Saturday. Everyone welcome.', 'real');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('a private mobile number gives a personal-data finding (exit 1)', async () => {
    const text = 'Any problems with the bins, text me on 07700 900461 after six.';
    const r = await cli(['check', '--policy', BRIGHTWATER, '--account', 'personal', '--format', 'json'], text, 'real');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    const phone = findings.find((f) => f.category === 'personal-data');
    expect(phone?.match).toBe('07700 900461');
  });

  it('the council’s own number is not flagged', async () => {
    const r = await cli(['check', '--policy', BRIGHTWATER, '--account', 'council', '--format', 'json'], 'Call us on 01632 960000 for help with council tax.', 'real');
    const { findings } = JSON.parse(r.stdout) as { findings: Finding[] };
    expect(findings.filter((f) => f.category === 'personal-data')).toEqual([]);
  });
});

describe('npx postcheck (the installed command)', () => {
  const npx = (args: string[], input?: string) =>
    spawnSync('npx', ['--no-install', 'postcheck', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

  it('checks a clean post from stdin and exits 0', () => {
    const r = npx(['check', '--policy', BRIGHTWATER, '-'], 'The library opens at 9am on Saturday.');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('<stdin>: no findings.\n');
  }, 60_000);

  it('refuses a bad policy with exit 2, naming the field', () => {
    const r = npx(['check', '--policy', BAD, '-'], 'Fine.');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/organisation\.domains\[0\]/);
  }, 60_000);

  it('answers --jsonl with one line per post', () => {
    const r = npx(['check', '--jsonl', resolve(FIXTURES, 'posts.jsonl'), '--policy', BRIGHTWATER]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 2, 'c']);
  }, 60_000);

  it('flags a private phone number with exit 1 and its position', () => {
    const r = npx(['check', '--account', 'personal', '--policy', BRIGHTWATER], 'Ring me on 07700 900461 tonight.');
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/1:12 +\w+ +personal-data/);
  }, 60_000);
});

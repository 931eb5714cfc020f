// The options page: the user's own settings (a PolicyInput layered over the
// chosen preset), with the fields IT sets through managed policy shown locked.
// Empty fields inherit: their placeholder shows the value in force.
import type { ComponentProps } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, SEVERITIES, type AccountKind, type Category, type Platform, type Severity } from '../../rules/types';
import { parsePolicyJson, PolicyError, type ElectionPeriod, type PolicyInput } from '../../rules/policy';
import { PRESETS, PRESET_IDS, type PresetId } from '../../rules/presets';
import {
  loadPolicyState,
  saveUserPolicy,
  SITE_ACCOUNTS_KEY,
  watchPolicy,
  type PolicyState,
  type SiteAccounts,
} from '../../utils/policy-store';
import { browser } from 'wxt/browser';
import { Field, FieldErrors, ListInput, LockBadge, Section, SelectInput, TextInput, type Choice } from '../../components/options/controls';
import { PolicyProblems } from '../../components/options/policy-notice';

const CATEGORY_LABELS: Record<Category, string> = {
  political: 'Political content',
  'personal-data': 'Personal data',
  defamation: 'Defamation',
  disclaimer: 'Missing disclaimer',
  abuse: 'Abusive language',
  commercial: 'Commercial promotion',
  confidential: 'Confidential information',
  safeguarding: 'Safeguarding',
};
const SEVERITY_LABELS: Record<Severity, string> = { off: 'Off', info: 'Info', warn: 'Warn', block: 'Block' };
const SITES: Array<{ id: Platform; name: string }> = [
  { id: 'x', name: 'X' },
  { id: 'facebook', name: 'Facebook' },
  { id: 'youtube', name: 'YouTube' },
];
const ACCOUNT_CHOICES: Choice<AccountKind>[] = [
  { value: 'council', label: 'Council (official) account' },
  { value: 'personal', label: 'Personal account' },
];
const ENFORCEMENT: Array<{ value: 'advise' | 'confirm' | 'block'; label: string; hint: string }> = [
  { value: 'advise', label: 'Advise', hint: 'Show findings while writing; never stop a post.' },
  { value: 'confirm', label: 'Confirm', hint: 'When posting with findings, ask "Post anyway?".' },
  { value: 'block', label: 'Block', hint: 'Findings at severity Block stop the post, with no override.' },
];

/** Issues (as `path: message`) whose path is `prefix` or lies under it. */
export function issuesUnder(issues: string[], prefix: string): string[] {
  return issues.filter((issue) => {
    const path = issue.slice(0, issue.indexOf(': '));
    return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
  });
}

type Draft = PolicyInput;

export function OptionsApp() {
  const [state, setState] = useState<PolicyState | null>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [sites, setSites] = useState<SiteAccounts>({});
  const [issues, setIssues] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const dirty = useRef(false);

  const reload = async (keepDraft: boolean) => {
    const next = await loadPolicyState();
    setState(next);
    if (!keepDraft) {
      setDraft(next.user);
      setSites(next.siteAccounts);
    }
  };
  useEffect(() => {
    void reload(false);
    // Managed policy changes apply at once; an unsaved draft is kept.
    return watchPolicy(() => void reload(dirty.current));
  }, []);

  if (!state) return <p class="loading">Loading settings…</p>;
  const locked = new Set(state.managedFields);
  const { policy } = state;
  const isLocked = (field: keyof PolicyInput) => locked.has(field);
  const errs = (path: string) => issuesUnder(issues, path);

  const update = (change: (d: Draft) => Draft) => {
    dirty.current = true;
    setStatus('');
    setDraft((d) => change({ ...d }));
  };
  const setField = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    update((d) => {
      if (value === undefined || (typeof value === 'object' && value && !Array.isArray(value) && !Object.values(value).some((v) => v !== undefined)))
        delete d[key];
      else d[key] = value;
      return d;
    });
  const setSub = <K extends 'organisation' | 'disclaimer' | 'councilAccounts'>(key: K, sub: string, value: unknown) =>
    setField(key, { ...(draft[key] ?? {}), [sub]: value } as Draft[K]);

  // A locked field shows the value in force; an unlocked one what the user set, with the value in force as placeholder.
  const shown = <T,>(field: keyof PolicyInput, own: T | undefined, effective: T): T | undefined => (isLocked(field) ? effective : own);

  const save = async () => {
    try {
      await saveUserPolicy(draft);
      await browser.storage.local.set({ [SITE_ACCOUNTS_KEY]: sites });
      dirty.current = false;
      setIssues([]);
      setStatus('Saved.');
      await reload(false);
    } catch (error) {
      setIssues(error instanceof PolicyError ? error.issues : [String(error)]);
      setStatus('Not saved: correct the fields marked below.');
    }
  };

  return (
    <main>
      <header class="page-header">
        <h1>Postcheck settings</h1>
        <p>
          Checking posts against <strong data-testid="organisation-in-force">{policy.organisation.name}</strong>'s social media policy
          {state.managed ? ' (managed by your organisation)' : ''}.
        </p>
      </header>
      <PolicyProblems state={state} />

      <Section id="preset" title="Policy" intro="Start from one of the built-in policies; the settings below override it.">
        <SelectInput<PresetId>
          label="Built-in policy"
          field="preset"
          value={shown('preset', draft.preset, policy.preset)}
          unsetLabel={`${PRESETS.default.name} (default)`}
          choices={PRESET_IDS.filter((id) => id !== 'default').map((id) => ({ value: id, label: PRESETS[id].name }))}
          hint={PRESETS[(shown('preset', draft.preset, policy.preset) ?? 'default') as PresetId].description}
          locked={isLocked('preset')}
          errors={errs('preset')}
          onChange={(v) => setField('preset', v)}
        />
      </Section>

      <Section id="organisation" title="Organisation" intro="Your employer's names and official contacts are never flagged as personal data.">
        <TextInput
          label="Organisation name"
          field="organisation"
          value={shown('organisation', draft.organisation?.name, policy.organisation.name)}
          placeholder={policy.organisation.name}
          locked={isLocked('organisation')}
          errors={errs('organisation.name')}
          onInput={(v) => setSub('organisation', 'name', v)}
        />
        <ListInputs
          rows={
            [
              ['aliases', 'Other names', 'How staff also refer to it.'],
              ['domains', 'Web and email domains', 'For example council.gov.uk.'],
              ['officialPhones', 'Official phone numbers', ''],
              ['officialAddresses', 'Official addresses', ''],
              ['officialHandles', 'Official @handles', ''],
            ] as const
          }
          input={(key) => ({
            field: 'organisation',
            value: shown('organisation', draft.organisation?.[key], policy.organisation[key]),
            placeholder: policy.organisation[key],
            locked: isLocked('organisation'),
            errors: errs(`organisation.${key}`),
            onInput: (v) => setSub('organisation', key, v),
          })}
        />
      </Section>

      <Section id="disclaimer" title="Disclaimer" intro="What staff add to personal posts that mention their work.">
        <TextInput
          label="Disclaimer text"
          field="disclaimer"
          multiline
          value={shown('disclaimer', draft.disclaimer?.text, policy.disclaimer.text)}
          placeholder={policy.disclaimer.text}
          locked={isLocked('disclaimer')}
          errors={errs('disclaimer.text')}
          onInput={(v) => setSub('disclaimer', 'text', v)}
        />
        <ListInput
          label="Other accepted wordings"
          field="disclaimer"
          value={shown('disclaimer', draft.disclaimer?.acceptedPhrases, policy.disclaimer.acceptedPhrases)}
          locked={isLocked('disclaimer')}
          errors={errs('disclaimer.acceptedPhrases')}
          onInput={(v) => setSub('disclaimer', 'acceptedPhrases', v)}
        />
      </Section>

      <Section id="accounts" title="Accounts" intro="Council accounts speak for the organisation; personal accounts are the user's own.">
        <SelectInput<AccountKind>
          label="Account kind by default"
          field="account"
          value={shown('account', draft.account, policy.account)}
          unsetLabel={`Default (${policy.account === 'council' ? 'council' : 'personal'})`}
          choices={ACCOUNT_CHOICES}
          locked={isLocked('account')}
          errors={errs('account')}
          onChange={(v) => setField('account', v)}
        />
        <SelectInput<'yes' | 'no'>
          label="Switching the account kind per site"
          field="accountSwitching"
          value={(() => {
            const v = shown('accountSwitching', draft.accountSwitching, policy.accountSwitching);
            return v === undefined ? undefined : v ? 'yes' : 'no';
          })()}
          unsetLabel={`Default (${policy.accountSwitching ? 'allowed' : 'not allowed'})`}
          choices={[
            { value: 'yes', label: 'Allowed' },
            { value: 'no', label: 'Not allowed' },
          ]}
          locked={isLocked('accountSwitching')}
          errors={errs('accountSwitching')}
          onChange={(v) => setField('accountSwitching', v === undefined ? undefined : v === 'yes')}
        />
        <fieldset class="sites" data-field="siteAccounts">
          <legend>Account kind per site</legend>
          {!policy.accountSwitching && <p class="hint">Your policy does not allow switching: every site uses the default account kind.</p>}
          {SITES.map((site) => (
            <SelectInput<AccountKind>
              key={site.id}
              label={site.name}
              value={policy.accountSwitching ? sites[site.id] : undefined}
              unsetLabel={`Default (${policy.account})`}
              choices={ACCOUNT_CHOICES}
              locked={!policy.accountSwitching && isLocked('accountSwitching')}
              onChange={(v) => {
                dirty.current = true;
                setStatus('');
                setSites((s) => {
                  const next = { ...s };
                  if (v) next[site.id] = v;
                  else delete next[site.id];
                  return next;
                });
              }}
            />
          ))}
        </fieldset>
        <fieldset class="sites" data-field="councilAccounts">
          <legend>
            The council's own accounts {isLocked('councilAccounts') && <LockBadge />}
          </legend>
          <p class="hint">When one of these handles is signed in, Postcheck treats the post as from a council account.</p>
          {SITES.map((site) => (
            <ListInput
              key={site.id}
              label={`${site.name} handles`}
              field="councilAccounts"
              value={shown('councilAccounts', draft.councilAccounts?.[site.id], policy.councilAccounts[site.id])}
              locked={isLocked('councilAccounts')}
              errors={errs(`councilAccounts.${site.id}`)}
              onInput={(v) => setSub('councilAccounts', site.id, v)}
            />
          ))}
        </fieldset>
      </Section>

      <Section id="enforcement" title="Enforcement" intro="What happens when a post with findings is sent.">
        <fieldset class="radios" data-field="enforcement" data-locked={isLocked('enforcement') ? 'true' : undefined}>
          <legend>
            Enforcement mode {isLocked('enforcement') && <LockBadge />}
          </legend>
          {ENFORCEMENT.map((mode) => (
            <label key={mode.value} class="radio">
              <input
                type="radio"
                name="enforcement"
                value={mode.value}
                checked={(shown('enforcement', draft.enforcement, policy.enforcement) ?? policy.enforcement) === mode.value}
                disabled={isLocked('enforcement')}
                onChange={() => setField('enforcement', mode.value)}
              />
              <span>
                <strong>{mode.label}</strong> {mode.hint}
              </span>
            </label>
          ))}
          <FieldErrors errors={errs('enforcement')} />
        </fieldset>
      </Section>

      <Section id="severity" title="Severity per category" intro="How strongly each kind of finding is shown, per account kind.">
        <SeverityTable state={state} draft={draft} locked={isLocked('categories')} issues={issues} onChange={(v) => setField('categoriesByAccount', v)} />
      </Section>

      <Section id="elections" title="Election periods" intro="In a pre-election period political content on council accounts is blocked and named councillors and candidates are flagged.">
        <ElectionPeriods
          periods={shown('electionPeriods', draft.electionPeriods, policy.electionPeriods) ?? []}
          locked={isLocked('electionPeriods')}
          errors={errs('electionPeriods')}
          onChange={(v) => setField('electionPeriods', v.length ? v : undefined)}
        />
      </Section>

      <Section id="terms" title="Names and terms">
        <ListInputs
          rows={
            [
              ['councillors', 'Councillors', 'Sitting councillors, flagged on council accounts in an election period.'],
              ['candidates', 'Candidates', 'Election candidates.'],
              ['parties', 'Local parties and groups', 'Beyond the national parties, which Postcheck knows.'],
              ['partners', 'Partner organisations', ''],
              ['suppliers', 'Suppliers and contractors', ''],
              ['confidentialTerms', 'Confidential code names', 'Project names that must not appear in posts.'],
              ['allowList', 'Allow-list', 'Phrases never flagged, in any category.'],
            ] as const
          }
          input={(key) => ({
            field: key,
            value: shown(key, draft[key], policy[key]),
            placeholder: policy[key],
            locked: isLocked(key),
            errors: errs(key),
            onInput: (v) => setField(key, v),
          })}
        />
      </Section>

      <div class="save-bar">
        <button type="button" class="primary" onClick={save}>
          Save settings
        </button>
        <span role="status" class="status">
          {status}
        </span>
        <FieldErrors errors={issues} />
      </div>

      <ImportExport
        state={state}
        draft={draft}
        onImported={async (input) => {
          await saveUserPolicy(input);
          dirty.current = false;
          setIssues([]);
          await reload(false);
        }}
      />
    </main>
  );
}

/** A list field per row (key, label, hint, empty for none); `input` gives the rest of that field's props. */
function ListInputs<K extends string>(props: {
  rows: ReadonlyArray<readonly [key: K, label: string, hint: string]>;
  input: (key: K) => Omit<ComponentProps<typeof ListInput>, 'label' | 'hint'>;
}) {
  return (
    <>
      {props.rows.map(([key, label, hint]) => (
        <ListInput key={key} label={label} hint={hint || undefined} {...props.input(key)} />
      ))}
    </>
  );
}

function SeverityTable(props: {
  state: PolicyState;
  draft: Draft;
  locked: boolean;
  issues: string[];
  onChange: (value: Draft['categoriesByAccount']) => void;
}) {
  const { state, draft, locked, issues, onChange } = props;
  const own = (kind: AccountKind, category: Category) => draft.categoriesByAccount?.[kind]?.[category] ?? draft.categories?.[category];
  const set = (kind: AccountKind, category: Category, value: Severity | undefined) => {
    const byAccount = { ...(draft.categoriesByAccount ?? {}) };
    byAccount[kind] = { ...(byAccount[kind] ?? {}), [category]: value };
    onChange(byAccount);
  };
  return (
    <div data-field="categories" data-locked={locked ? 'true' : undefined}>
      {locked && <LockBadge />}
      <table class="severities">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Council accounts</th>
            <th scope="col">Personal accounts</th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((category) => (
            <tr key={category}>
              <th scope="row">{CATEGORY_LABELS[category]}</th>
              {(['council', 'personal'] as const).map((kind) => (
                <td key={kind}>
                  <select
                    aria-label={`${CATEGORY_LABELS[category]} on ${kind} accounts`}
                    value={locked ? state.policy.severities[kind][category] : (own(kind, category) ?? '')}
                    disabled={locked}
                    onChange={(e) => set(kind, category, (e.currentTarget.value || undefined) as Severity | undefined)}
                  >
                    {!locked && <option value="">Default ({SEVERITY_LABELS[state.policy.severities[kind][category]]})</option>}
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {SEVERITY_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <FieldErrors errors={[...issuesUnder(issues, 'categories'), ...issuesUnder(issues, 'categoriesByAccount')]} />
    </div>
  );
}

function ElectionPeriods(props: { periods: ElectionPeriod[]; locked: boolean; errors: string[]; onChange: (v: ElectionPeriod[]) => void }) {
  const { periods, locked, errors, onChange } = props;
  const edit = (index: number, key: keyof ElectionPeriod, value: string) =>
    onChange(periods.map((p, i) => (i === index ? { ...p, [key]: value } : p)));
  return (
    <div data-field="electionPeriods" data-locked={locked ? 'true' : undefined}>
      {locked && <LockBadge />}
      {periods.length === 0 && <p class="hint">No election periods.</p>}
      {periods.map((period, index) => (
        <fieldset class="period" key={index}>
          <legend>Election period {index + 1}</legend>
          <Field label="Name" errors={issuesUnder(errors, `electionPeriods[${index}].name`)} locked={false}>
            {(id) => <input id={id} type="text" value={period.name} disabled={locked} onInput={(e) => edit(index, 'name', e.currentTarget.value)} />}
          </Field>
          <Field label="Starts" errors={issuesUnder(errors, `electionPeriods[${index}].start`)}>
            {(id) => <input id={id} type="date" value={period.start} disabled={locked} onInput={(e) => edit(index, 'start', e.currentTarget.value)} />}
          </Field>
          <Field label="Ends (polling day)" errors={issuesUnder(errors, `electionPeriods[${index}].end`)}>
            {(id) => <input id={id} type="date" value={period.end} disabled={locked} onInput={(e) => edit(index, 'end', e.currentTarget.value)} />}
          </Field>
          {!locked && (
            <button type="button" onClick={() => onChange(periods.filter((_, i) => i !== index))}>
              Remove period {index + 1}
            </button>
          )}
        </fieldset>
      ))}
      {!locked && (
        <button type="button" onClick={() => onChange([...periods, { name: '', start: '', end: '' }])}>
          Add election period
        </button>
      )}
    </div>
  );
}

function ImportExport(props: { state: PolicyState; draft: Draft; onImported: (input: PolicyInput) => Promise<void> }) {
  const { state, onImported } = props;
  const [text, setText] = useState('');
  const [issues, setIssues] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  // What the export holds: the policy as configured here, IT's fields included, so it reproduces what is in force.
  const exported = useMemo(() => {
    const merged: Record<string, unknown> = { ...state.user };
    for (const field of state.managedFields) delete merged[field];
    Object.assign(merged, state.managed ?? {});
    return `${JSON.stringify(merged, null, 2)}\n`;
  }, [state]);

  const importText = async (json: string) => {
    setMessage('');
    try {
      const input = parsePolicyJson(json);
      await onImported(input);
      setIssues([]);
      const ignored = Object.keys(input).filter((k) => state.managedFields.includes(k));
      setMessage(
        ignored.length
          ? `Imported and saved. Set by your organisation, so not changed: ${ignored.join(', ')}.`
          : 'Imported and saved.',
      );
    } catch (error) {
      setIssues(error instanceof PolicyError ? error.issues : [String(error)]);
    }
  };

  const download = () => {
    setText(exported);
    const url = URL.createObjectURL(new Blob([exported], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'postcheck-policy.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage('Exported as postcheck-policy.json.');
  };

  return (
    <Section id="import" title="Import and export" intro="The policy JSON IT writes into managed policy, or a file shared between colleagues.">
      <Field label="Policy JSON" errors={issues} field="import">
        {(id, describedBy) => (
          <textarea
            id={id}
            class="json"
            rows={10}
            spellcheck={false}
            value={text}
            aria-describedby={describedBy || undefined}
            aria-invalid={issues.length ? true : undefined}
            placeholder='{ "organisation": { "name": "…" } }'
            onInput={(e) => setText(e.currentTarget.value)}
          />
        )}
      </Field>
      <div class="buttons">
        <button type="button" onClick={() => importText(text)} disabled={!text.trim()}>
          Import policy JSON
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import from file…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-label="Policy file"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            const content = await file.text();
            setText(content);
            await importText(content);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" onClick={download}>
          Export policy JSON
        </button>
        <span role="status" class="status">
          {message}
        </span>
      </div>
    </Section>
  );
}

// Form controls for the options page. Each field shows its label, what it
// does, the validation errors that name it, and, when managed policy sets it,
// a lock with "Set by your organisation" (the control is then read-only).
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useState } from 'preact/hooks';

export const LOCKED_TEXT = 'Set by your organisation';

export interface FieldProps {
  label: string;
  hint?: string;
  locked?: boolean;
  errors?: string[];
  /** The top-level policy field, for tests and for jumping from an error summary. */
  field?: string;
  children: (id: string, describedBy: string) => ComponentChildren;
}

export function Field({ label, hint, locked, errors = [], field, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-errors`;
  const describedBy = [hint ? hintId : '', errors.length ? errorId : '', locked ? `${id}-lock` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${locked ? ' locked' : ''}${errors.length ? ' invalid' : ''}`} data-field={field} data-locked={locked ? 'true' : undefined}>
      <label for={id}>
        {label}
        {locked && <LockBadge id={`${id}-lock`} />}
      </label>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children(id, describedBy)}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function LockBadge({ id }: { id?: string }) {
  return (
    <span class="lock" id={id} title="Your organisation's IT sets this through managed policy; it cannot be changed here.">
      <svg class="lock-icon" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
        <path fill="currentColor" d="M4 7V5a4 4 0 1 1 8 0v2h1a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" />
      </svg>{' '}
      {LOCKED_TEXT}
    </span>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <ul class="errors" id={id} role="alert">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

export function TextInput(props: {
  label: string;
  hint?: string;
  value: string | undefined;
  placeholder?: string;
  locked?: boolean;
  errors?: string[];
  field?: string;
  multiline?: boolean;
  onInput: (value: string | undefined) => void;
}) {
  const { multiline, value, placeholder, locked, onInput } = props;
  return (
    <Field {...props}>
      {(id, describedBy) => {
        const attributes = {
          id,
          value: value ?? '',
          placeholder,
          disabled: locked,
          'aria-describedby': describedBy || undefined,
          'aria-invalid': props.errors?.length ? true : undefined,
          onInput: (e: { currentTarget: { value: string } }) => onInput(e.currentTarget.value === '' ? undefined : e.currentTarget.value),
        };
        return multiline ? <textarea rows={3} {...attributes} /> : <input type="text" {...attributes} />;
      }}
    </Field>
  );
}

/** Splits a textarea into list items, one per line; an empty list is "not set". */
export function linesToList(text: string): string[] | undefined {
  const items = text.split('\n').map((line) => line.trim());
  return items.some(Boolean) ? items.filter(Boolean) : undefined;
}

export function ListInput(props: {
  label: string;
  hint?: string;
  value: string[] | undefined;
  placeholder?: string[];
  locked?: boolean;
  errors?: string[];
  field?: string;
  onInput: (value: string[] | undefined) => void;
}) {
  const { value, placeholder, locked, onInput } = props;
  // The text as typed (blank lines included); re-read from `value` when it changes elsewhere (an import).
  const [text, setText] = useState((value ?? []).join('\n'));
  useEffect(() => {
    if (JSON.stringify(linesToList(text)) !== JSON.stringify(value)) setText((value ?? []).join('\n'));
  }, [value]);
  return (
    <Field {...props} hint={`${props.hint ? `${props.hint} ` : ''}One per line.`}>
      {(id, describedBy) => (
        <textarea
          id={id}
          rows={Math.min(8, Math.max(3, (value?.length ?? 0) + 1))}
          value={text}
          placeholder={placeholder?.join('\n')}
          disabled={locked}
          aria-describedby={describedBy || undefined}
          aria-invalid={props.errors?.length ? true : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            onInput(linesToList(e.currentTarget.value));
          }}
        />
      )}
    </Field>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function SelectInput<T extends string>(props: {
  label: string;
  hint?: string;
  value: T | undefined;
  choices: Choice<T>[];
  /** The label of the empty choice ("Default (confirm)"); without it a value is required. */
  unsetLabel?: string;
  locked?: boolean;
  errors?: string[];
  field?: string;
  onChange: (value: T | undefined) => void;
}) {
  const { value, choices, unsetLabel, locked, onChange } = props;
  return (
    <Field {...props}>
      {(id, describedBy) => (
        <select
          id={id}
          value={value ?? ''}
          disabled={locked}
          aria-describedby={describedBy || undefined}
          onChange={(e) => onChange((e.currentTarget.value || undefined) as T | undefined)}
        >
          {unsetLabel !== undefined && <option value="">{unsetLabel}</option>}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Section({ title, id, children, intro }: { title: string; id: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}

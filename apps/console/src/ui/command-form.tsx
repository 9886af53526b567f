import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorMessage, Fieldset, Form, FormGroup, Label, Select, Textarea, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';

import { ApiProblem } from '../api/client';
import { ConfirmDialog } from './confirm';
import { ProblemAlert } from './problem';

/** A form's values by field name: text as typed, a checkbox as 'true' or '', a set of choices as the values chosen joined by newlines. */
export type FieldValues = Record<string, string>;

/** The trimmed text of a field. */
export function text(values: FieldValues, name: string): string {
  return (values[name] ?? '').trim();
}

/** The values chosen in a `choices` field. */
export function chosen(values: FieldValues, name: string): string[] {
  return (values[name] ?? '').split('\n').filter(Boolean);
}

/** One input of a command's form. Its `name` is the request body's field, so the API's errors land beside it. */
export interface Field {
  readonly name: string;
  readonly label: string;
  readonly kind: 'text' | 'email' | 'url' | 'date' | 'number' | 'textarea' | 'select' | 'checkbox' | 'choices';
  readonly required?: boolean;
  readonly hint?: string;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly initial?: string;
}

export interface Confirmation {
  readonly heading: string;
  readonly body: ReactNode;
  readonly confirmLabel: string;
}

function FieldInput({
  field,
  id,
  value,
  error,
  describedBy,
  onChange,
}: {
  field: Field;
  id: string;
  value: string;
  error: boolean;
  describedBy?: string;
  onChange: (value: string) => void;
}) {
  const common = { id, name: field.name, 'aria-describedby': describedBy, required: field.required };
  switch (field.kind) {
    case 'textarea':
      return <Textarea {...common} value={value} error={error} onChange={(event) => onChange(event.target.value)} />;
    case 'select':
      return (
        <Select {...common} value={value} validationStatus={error ? 'error' : undefined} onChange={(event) => onChange(event.target.value)}>
          <option value="">- Select -</option>
          {(field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      );
    case 'date':
    case 'number':
      return (
        <input
          {...common}
          className={`usa-input${error ? ' usa-input--error' : ''}`}
          type={field.kind}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      );
    case 'checkbox':
    case 'choices':
      return null;
    default:
      return (
        <TextInput
          {...common}
          type={field.kind}
          value={value}
          validationStatus={error ? 'error' : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      );
  }
}

/**
 * A command's form: labelled fields, the API's field errors beside their fields and any other refusal
 * (a 409's reason) as an alert above, one Idempotency-Key per attempt, an optional confirmation dialog
 * for what cannot be undone, and an optional preview of what the values will mean before saving.
 */
export function CommandForm<Result>({
  legend,
  fields,
  submitLabel,
  send,
  confirm,
  preview,
  onDone,
  invalidates,
}: {
  readonly legend?: string;
  readonly fields: readonly Field[];
  readonly submitLabel: string;
  readonly send: (values: FieldValues, idempotencyKey: string) => Promise<Result>;
  readonly confirm?: Confirmation;
  readonly preview?: (values: FieldValues) => ReactNode;
  readonly onDone?: (result: Result) => Promise<void> | void;
  readonly invalidates: readonly (readonly unknown[])[];
}) {
  const queries = useQueryClient();
  const formId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const initial = () => Object.fromEntries(fields.map((field) => [field.name, field.initial ?? '']));
  const [values, setValues] = useState<FieldValues>(initial);
  const [attempt, setAttempt] = useState(() => crypto.randomUUID());
  // The labels of the choices seen so far: a choice ticked stays listed (and ticked) when its field's options change, as after a new search.
  const [seen] = useState(() => new Map<string, string>());
  const command = useMutation({
    mutationFn: () => send(values, attempt),
    onSuccess: async (result) => {
      // Done: a fresh form, and a fresh key for whatever is sent next.
      setAttempt(crypto.randomUUID());
      setValues(initial());
      await Promise.all(invalidates.map((queryKey) => queries.invalidateQueries({ queryKey })));
      await onDone?.(result);
    },
  });
  const problem = command.error instanceof ApiProblem ? command.error : undefined;
  const named = new Set(fields.map((field) => field.name));
  const unplaced = command.error && !(problem && problem.errors.length > 0 && problem.errors.every((error) => named.has(error.field)));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm) {
      dialog.current?.showModal();
    } else {
      command.mutate();
    }
  };

  const body = fields.map((field) => {
    const id = `${formId}-${field.name}`;
    const error = problem?.fieldError(field.name);
    const describedBy = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    const set = (value: string) => setValues((current) => ({ ...current, [field.name]: value }));
    if (field.kind === 'choices') {
      const selected = new Set(chosen(values, field.name));
      const options = field.options ?? [];
      for (const option of options) seen.set(option.value, option.label);
      const listed = new Set(options.map((option) => option.value));
      const kept = [...selected].filter((value) => !listed.has(value)).map((value) => ({ value, label: seen.get(value) ?? value }));
      const toggle = (value: string, on: boolean) => {
        const next = new Set(selected);
        if (on) next.add(value);
        else next.delete(value);
        set([...next].join('\n'));
      };
      return (
        <FormGroup key={field.name} error={Boolean(error)}>
          <Fieldset legend={field.label}>
            {field.hint && (
              <span className="usa-hint" id={`${id}-hint`}>
                {field.hint}
              </span>
            )}
            {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
            {[...kept, ...options].map((option, index) => (
              <div className="usa-checkbox" key={option.value}>
                <input
                  className="usa-checkbox__input"
                  id={`${id}-${index}`}
                  type="checkbox"
                  checked={selected.has(option.value)}
                  aria-describedby={describedBy}
                  onChange={(event) => toggle(option.value, event.target.checked)}
                />
                <label className="usa-checkbox__label" htmlFor={`${id}-${index}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </Fieldset>
        </FormGroup>
      );
    }
    if (field.kind === 'checkbox') {
      return (
        <FormGroup key={field.name} error={Boolean(error)}>
          {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
          <div className="usa-checkbox">
            <input
              className="usa-checkbox__input"
              id={id}
              type="checkbox"
              name={field.name}
              checked={values[field.name] === 'true'}
              aria-describedby={describedBy}
              onChange={(event) => set(event.target.checked ? 'true' : '')}
            />
            <label className="usa-checkbox__label" htmlFor={id}>
              {field.label}
            </label>
          </div>
        </FormGroup>
      );
    }
    return (
      <FormGroup key={field.name} error={Boolean(error)}>
        <Label htmlFor={id} error={Boolean(error)} requiredMarker={field.required}>
          {field.label}
        </Label>
        {field.hint && (
          <span className="usa-hint" id={`${id}-hint`}>
            {field.hint}
          </span>
        )}
        {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
        <FieldInput field={field} id={id} value={values[field.name] ?? ''} error={Boolean(error)} describedBy={describedBy} onChange={set} />
      </FormGroup>
    );
  });

  return (
    <>
      {unplaced && <ProblemAlert error={command.error} />}
      <Form onSubmit={onSubmit} large noValidate>
        {legend ? <Fieldset legend={legend}>{body}</Fieldset> : body}
        {preview?.(values)}
        <Button type="submit" disabled={command.isPending}>
          {submitLabel}
        </Button>
      </Form>
      {confirm && (
        <ConfirmDialog ref={dialog} heading={confirm.heading} confirmLabel={confirm.confirmLabel} onConfirm={() => command.mutate()}>
          {confirm.body}
        </ConfirmDialog>
      )}
    </>
  );
}

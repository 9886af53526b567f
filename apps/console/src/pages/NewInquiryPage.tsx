import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ErrorMessage, Form, FormGroup, Label, Textarea, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';

import { answer, api, ApiProblem, type Schemas } from '../api/client';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';

type Inquiry = Schemas['CreateEngagementDto'];

const FIELDS: readonly { name: keyof Inquiry; label: string; hint?: string; kind: 'text' | 'email' | 'date' | 'textarea'; required: boolean }[] = [
  { name: 'modelName', label: 'Model name', kind: 'text', required: true },
  { name: 'modelVersion', label: 'Model version', kind: 'text', required: true },
  {
    name: 'capabilitySummary',
    label: 'Capability summary',
    hint: 'Confidential: encrypted at rest and shown only to those with a need to know.',
    kind: 'textarea',
    required: true,
  },
  { name: 'contactEmail', label: 'Security contact email', kind: 'email', required: true },
  {
    name: 'plannedReleaseDate',
    label: 'Planned release date',
    hint: 'Optional, and informational only: nothing here gates a release.',
    kind: 'date',
    required: false,
  },
];

/** A developer asks whether its model is a covered frontier model. */
export function NewInquiryPage() {
  const navigate = useNavigate();
  const queries = useQueryClient();
  // One key per inquiry form: a double submit or a retry after a lost answer files one inquiry.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const submit = useMutation({
    mutationFn: (body: Inquiry) => answer(api.POST('/v1/engagements', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: async (created) => {
      await queries.invalidateQueries({ queryKey: ['engagements'] });
      await navigate(`/engagements/${created.id}`);
    },
  });
  const problem = submit.error instanceof ApiProblem ? submit.error : undefined;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: keyof Inquiry) => {
      const entry = form.get(name);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    submit.mutate({
      modelName: value('modelName'),
      modelVersion: value('modelVersion'),
      capabilitySummary: value('capabilitySummary'),
      contactEmail: value('contactEmail'),
      ...(value('plannedReleaseDate') ? { plannedReleaseDate: value('plannedReleaseDate') } : {}),
    });
  };

  return (
    <Page title="New inquiry" confidential>
      <p className="usa-intro">Ask whether your model is a covered frontier model. Taking part is voluntary; you may withdraw at any time.</p>
      {problem && problem.errors.length === 0 && <ProblemAlert error={problem} />}
      <Form onSubmit={onSubmit} large noValidate>
        {FIELDS.map((field) => {
          const error = problem?.fieldError(field.name);
          const id = `inquiry-${field.name}`;
          const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
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
              {field.kind === 'textarea' ? (
                <Textarea id={id} name={field.name} required={field.required} error={Boolean(error)} aria-describedby={described} />
              ) : field.kind === 'date' ? (
                <input className={`usa-input${error ? ' usa-input--error' : ''}`} id={id} name={field.name} type="date" aria-describedby={described} />
              ) : (
                <TextInput
                  id={id}
                  name={field.name}
                  type={field.kind === 'email' ? 'email' : 'text'}
                  required={field.required}
                  validationStatus={error ? 'error' : undefined}
                  aria-describedby={described}
                />
              )}
            </FormGroup>
          );
        })}
        <Button type="submit" disabled={submit.isPending}>
          Submit inquiry
        </Button>
      </Form>
    </Page>
  );
}

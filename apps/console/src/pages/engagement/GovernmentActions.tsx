import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, AlertHeading, Fieldset, Label, TextInput } from '@trussworks/react-uswds';
import { useId, useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { useMe } from '../../api/session';
import { CommandForm, type Field, type FieldValues, text } from '../../ui/command-form';
import { GatewayToken } from '../../ui/token';
import { offered } from './stages';

type Engagement = Schemas['EngagementDetailDto'];

const OUTCOMES = [
  { value: 'COVERED', label: 'Covered frontier model' },
  { value: 'NOT_COVERED', label: 'Not covered' },
];

/** A recommendation or a determination: an outcome and its unclassified rationale. */
const decisionFields = (outcomeLabel: string): Field[] => [
  { name: 'outcome', label: outcomeLabel, kind: 'select', required: true, options: OUTCOMES },
  { name: 'rationale', label: 'Unclassified rationale', kind: 'textarea', required: true },
];

const decision = (values: FieldValues) => ({ outcome: text(values, 'outcome') as Schemas['DesignationOutcome'], rationale: text(values, 'rationale') });
const refreshes = (engagement: Engagement) => [['engagement', engagement.id], ['engagements']];

/** A program administrator assigns reviewers, found by name in the people directory and ticked; what is ticked stays ticked across searches. */
export function AssignReviewers({ engagement }: { readonly engagement: Engagement }) {
  const id = useId();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const term = search.trim();
  const people = useQuery({
    queryKey: ['people', 'reviewer', term],
    queryFn: () => answer(api.GET('/v1/people', { params: { query: { role: 'reviewer', limit: 100, ...(term ? { q: term } : {}) } } })),
    placeholderData: keepPreviousData,
  });
  const assigned = new Set(engagement.reviewers.map((reviewer) => reviewer.sub));
  const matches = (people.data?.items ?? []).filter((person) => person.status === 'ACTIVE' && !assigned.has(person.sub));
  const toggle = (sub: string, label: string, on: boolean) =>
    setPicked((current) => {
      const next = new Map(current);
      if (on) next.set(sub, label);
      else next.delete(sub);
      return next;
    });
  if (!offered('assignReviewers', engagement.stage)) {
    return null;
  }
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Reviewers to assign</h2>
      <Label htmlFor={`${id}-search`}>Search the directory</Label>
      <span className="usa-hint" id={`${id}-search-hint`}>
        Part of a name, user id or email; the first 100 active reviewers who match are shown.
      </span>
      <TextInput
        id={`${id}-search`}
        name="search"
        type="search"
        value={search}
        aria-describedby={`${id}-search-hint`}
        onChange={(event) => setSearch(event.target.value)}
      />
      <Fieldset legend="Reviewers">
        {matches.length === 0 && <p>{people.isPending ? 'Searching the directory…' : 'No active reviewer to assign matches.'}</p>}
        {matches.map((person, index) => {
          const label = `${person.name} (${person.org})`;
          return (
            <div className="usa-checkbox" key={person.sub}>
              <input
                className="usa-checkbox__input"
                id={`${id}-${index}`}
                type="checkbox"
                checked={picked.has(person.sub)}
                onChange={(event) => toggle(person.sub, label, event.target.checked)}
              />
              <label className="usa-checkbox__label" htmlFor={`${id}-${index}`}>
                {label}
              </label>
            </div>
          );
        })}
      </Fieldset>
      <p aria-live="polite">{picked.size === 0 ? 'Nobody chosen yet.' : `Chosen: ${[...picked.values()].join(', ')}.`}</p>
      <CommandForm
        fields={[]}
        submitLabel="Assign reviewers"
        invalidates={refreshes(engagement)}
        onDone={() => setPicked(new Map())}
        send={(_values, key) =>
          answer(
            api.POST('/v1/engagements/{id}/reviewers', {
              params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
              body: { reviewerIds: [...picked.keys()] },
            }),
          )
        }
      />
    </section>
  );
}

function Attest({ engagement, capacity }: { readonly engagement: Engagement; readonly capacity: 'a reviewer' | 'a designation authority' }) {
  return (
    <CommandForm
      legend={`Conflict-of-interest attestation, as ${capacity}`}
      fields={[
        { name: 'noConflictOfInterest', label: 'I have no conflict of interest with this developer', kind: 'checkbox', required: true },
        { name: 'statement', label: 'Statement (optional)', kind: 'textarea' },
      ]}
      submitLabel="Attest"
      invalidates={refreshes(engagement)}
      send={(values, key) =>
        answer(
          api.POST('/v1/engagements/{id}/attestations', {
            params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
            // The API refuses anything but true, and says so beside the box.
            body: {
              noConflictOfInterest: (values['noConflictOfInterest'] === 'true') as true,
              ...(text(values, 'statement') ? { statement: text(values, 'statement') } : {}),
            },
          }),
        )
      }
    />
  );
}

/** An assigned reviewer: attestation, then benchmark references and the recommendation. */
export function ReviewerActions({ engagement }: { readonly engagement: Engagement }) {
  const me = useMe();
  const mine = engagement.reviewers.find((reviewer) => reviewer.sub === me.sub);
  if (!mine) {
    return null;
  }
  if (!mine.attested) {
    return offered('attest', engagement.stage) ? (
      <section aria-labelledby="reviewer-heading">
        <h2 id="reviewer-heading">Before you review</h2>
        <Attest engagement={engagement} capacity="a reviewer" />
      </section>
    ) : null;
  }
  if (engagement.stage === 'PRE_RELEASE_ACCESS') {
    return (
      <section aria-labelledby="reviewer-heading">
        <h2 id="reviewer-heading">Pre-release access</h2>
        <p>The window is open: the developer&apos;s model gateway takes a token issued here, until the window closes.</p>
        <GatewayToken
          issue={(key) => answer(api.POST('/v1/engagements/{id}/access-tokens', { params: { path: { id: engagement.id }, header: idempotencyHeader(key) } }))}
        />
      </section>
    );
  }
  if (!offered('recommend', engagement.stage)) {
    return null;
  }
  return (
    <section aria-labelledby="reviewer-heading">
      <h2 id="reviewer-heading">Your review</h2>
      <CommandForm
        legend="Benchmark reference"
        fields={[
          {
            name: 'reference',
            label: 'Control number',
            kind: 'text',
            required: true,
            hint: 'The classified result’s control number; never the result itself.',
          },
          { name: 'digest', label: 'Result digest', kind: 'text', required: true, hint: 'sha256:… of the classified result.' },
          { name: 'summary', label: 'Unclassified summary', kind: 'textarea', required: true },
        ]}
        submitLabel="Record benchmark reference"
        invalidates={refreshes(engagement)}
        send={(values, key) =>
          answer(
            api.POST('/v1/engagements/{id}/benchmark-results', {
              params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
              body: { reference: text(values, 'reference'), digest: text(values, 'digest'), summary: text(values, 'summary') },
            }),
          )
        }
      />
      <CommandForm
        legend="Recommendation"
        fields={decisionFields('Recommended outcome')}
        submitLabel="Submit recommendation"
        invalidates={refreshes(engagement)}
        send={(values, key) =>
          answer(
            api.POST('/v1/engagements/{id}/recommendation', {
              params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
              body: decision(values),
            }),
          )
        }
      />
    </section>
  );
}

/** Why this authority may not decide, when the two-person rule says so; undefined when they may. */
function twoPersonRefusal(engagement: Engagement, sub: string): string | undefined {
  if (engagement.stage === 'RECONSIDERATION' && engagement.reconsideration?.originalDetermination.by === sub) {
    return 'You made the determination being reconsidered. A different designation authority decides it.';
  }
  if (engagement.recommendation?.by === sub) {
    return 'You made the recommendation. Under the two-person rule, another designation authority decides.';
  }
  if (engagement.reviewers.some((reviewer) => reviewer.sub === sub)) {
    return 'You are one of this engagement’s reviewers. Under the two-person rule, a designation authority who did not review it decides.';
  }
  return undefined;
}

/** An attested authority consults another government organization before deciding, by the end of a day (UTC). */
function Consult({ engagement }: { readonly engagement: Engagement }) {
  return (
    <CommandForm
      legend="Consult another organization"
      fields={[
        { name: 'organization', label: 'Organization', hint: 'Its id in the registry: a government organization.', kind: 'text', required: true },
        {
          name: 'question',
          label: 'Question',
          hint: 'Confidential: its designation authorities read it; encrypted at rest.',
          kind: 'textarea',
          required: true,
        },
        {
          name: 'answerBy',
          label: 'Answer due by (UTC date)',
          hint: 'The determination waits for the answer until the end of this day (UTC), and no longer.',
          kind: 'date',
          required: true,
        },
      ]}
      submitLabel="Send consultation"
      invalidates={refreshes(engagement)}
      send={(values, key) =>
        answer(
          api.POST('/v1/engagements/{id}/consultations', {
            params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
            body: {
              organization: text(values, 'organization'),
              question: text(values, 'question'),
              answerBy: values['answerBy'] ? `${values['answerBy']}T23:59:59Z` : '',
            },
          }),
        )
      }
    />
  );
}

/** A designation authority: attestation as an authority, then consultations and the determination, confirmed. */
export function AuthorityActions({ engagement }: { readonly engagement: Engagement }) {
  const me = useMe();
  if (!offered('determine', engagement.stage)) {
    return null;
  }
  const refusal = twoPersonRefusal(engagement, me.sub);
  const attested = (engagement.attestations ?? []).some((attestation) => attestation.sub === me.sub && attestation.capacity === 'AUTHORITY');
  const waiting = (engagement.consultations ?? []).filter((consultation) => consultation.status === 'PENDING');
  return (
    <section aria-labelledby="authority-heading">
      <h2 id="authority-heading">Determination</h2>
      {engagement.recommendation && (
        <p>
          Recommended: <strong>{OUTCOMES.find((outcome) => outcome.value === engagement.recommendation?.outcome)?.label}</strong>.{' '}
          {engagement.recommendation.rationale}
        </p>
      )}
      {refusal ? (
        <Alert type="warning" role="status">
          <AlertHeading level="h3">You cannot decide this one</AlertHeading>
          <p className="usa-alert__text">{refusal}</p>
        </Alert>
      ) : !attested ? (
        <Attest engagement={engagement} capacity="a designation authority" />
      ) : (
        <>
          <Consult engagement={engagement} />
          {waiting.length > 0 ? (
            <Alert type="info" role="status">
              <AlertHeading level="h3">Waiting for consultations</AlertHeading>
              <p className="usa-alert__text">
                {waiting.map((consultation) => consultation.organization).join(', ')} {waiting.length === 1 ? 'has' : 'have'} yet to answer. You can decide once
                each consultation is answered or its deadline has passed.
              </p>
            </Alert>
          ) : (
            <CommandForm
              fields={decisionFields('Determination outcome')}
              submitLabel="Submit determination"
              confirm={{
                heading: 'Make the determination?',
                confirmLabel: 'Yes, determine',
                body: (
                  <p>
                    The determination is final and the developer is told at once. Covered lets the developer open a pre-release window; not covered closes the
                    engagement.
                  </p>
                ),
              }}
              invalidates={refreshes(engagement)}
              send={(values, key) =>
                answer(
                  api.POST('/v1/engagements/{id}/determination', {
                    params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
                    body: decision(values),
                  }),
                )
              }
            />
          )}
        </>
      )}
    </section>
  );
}

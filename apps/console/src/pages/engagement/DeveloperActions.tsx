import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ButtonGroup } from '@trussworks/react-uswds';
import { useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { CommandForm, text } from '../../ui/command-form';
import { ConfirmButton } from '../../ui/confirm';
import { ProblemAlert } from '../../ui/problem';
import { Time } from '../../ui/time';
import { offered } from './stages';

type Engagement = Schemas['EngagementDetailDto'];

/** The developer's commands with nothing to fill in, each confirmed first: what it does is said in the dialog. */
export function useDeveloperCommand(engagement: Engagement, name: string, call: (path: { id: string }, key: string) => Promise<unknown>) {
  const queries = useQueryClient();
  const [key] = useState(() => `${name}-${crypto.randomUUID()}`);
  return useMutation({
    mutationFn: () => call({ id: engagement.id }, key),
    onSuccess: () =>
      Promise.all([queries.invalidateQueries({ queryKey: ['engagement', engagement.id] }), queries.invalidateQueries({ queryKey: ['engagements'] })]),
  });
}

/** How long after a determination the developer may ask for it to be reconsidered (libs/domain RECONSIDERATION_PERIOD_MS). */
const RECONSIDERATION_PERIOD_MS = 30 * 86_400_000;

/**
 * The developer asks, once and within 30 days of the determination, for it to be decided again by a different
 * authority: from a not-covered determination, or a designation not yet acted on.
 */
export function AskReconsideration({ engagement }: { readonly engagement: Engagement }) {
  // When the page was opened: the period is long, and the API refuses a request after it anyway.
  const [openedAt] = useState(() => Date.now());
  const determination = engagement.determination;
  if (!determination || engagement.reconsideration || !offered('reconsider', engagement.stage)) {
    return null;
  }
  const until = Date.parse(determination.at) + RECONSIDERATION_PERIOD_MS;
  if (openedAt > until) {
    return null;
  }
  return (
    <section aria-labelledby="reconsideration-heading">
      <h2 id="reconsideration-heading">Reconsideration</h2>
      <p>
        You may ask once, until <Time at={new Date(until).toISOString()} />, for the determination to be decided again by a different designation authority.
        {engagement.stage === 'DESIGNATED' && ' Ask before opening a window or nominating partners.'}
      </p>
      <CommandForm
        fields={[
          { name: 'rationale', label: 'Why you ask', hint: 'Confidential: the government reads it; encrypted at rest.', kind: 'textarea', required: true },
        ]}
        submitLabel="Ask for reconsideration"
        confirm={{
          heading: 'Ask for reconsideration?',
          confirmLabel: 'Yes, ask',
          body: <p>The determination is decided again, once, by a different authority. You cannot ask a second time.</p>,
        }}
        invalidates={[['engagement', engagement.id], ['engagements']]}
        send={(values, key) =>
          answer(
            api.POST('/v1/engagements/{id}/reconsideration', {
              params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
              body: { rationale: text(values, 'rationale') },
            }),
          )
        }
      />
    </section>
  );
}

export function DeveloperActions({ engagement }: { readonly engagement: Engagement }) {
  const stage = engagement.stage;
  const decline = useDeveloperCommand(engagement, 'decline', (path, key) =>
    answer(api.POST('/v1/engagements/{id}/decline-access', { params: { path, header: idempotencyHeader(key) } })),
  );
  const endWindow = useDeveloperCommand(engagement, 'end-window', (path, key) =>
    answer(api.POST('/v1/engagements/{id}/access-window/end', { params: { path, header: idempotencyHeader(key) } })),
  );
  const release = useDeveloperCommand(engagement, 'release', (path, key) =>
    answer(api.POST('/v1/engagements/{id}/release', { params: { path, header: idempotencyHeader(key) }, body: {} })),
  );
  const close = useDeveloperCommand(engagement, 'close', (path, key) =>
    answer(api.POST('/v1/engagements/{id}/close', { params: { path, header: idempotencyHeader(key) } })),
  );
  const withdraw = useDeveloperCommand(engagement, 'withdraw', (path, key) =>
    answer(api.POST('/v1/engagements/{id}/withdraw', { params: { path, header: idempotencyHeader(key) }, body: {} })),
  );
  const commands = [decline, endWindow, release, close, withdraw];
  if (!offered('withdraw', stage)) {
    return null;
  }
  return (
    <section aria-labelledby="developer-actions-heading">
      <h2 id="developer-actions-heading">Your actions</h2>
      {commands.map((command, index) => (
        <ProblemAlert key={index} error={command.error} />
      ))}
      {offered('openWindow', stage) && (
        <>
          <p>
            The government recommends pre-release access. You may give its reviewers up to 30 days, through your model gateway, or decline. Either way, trusted
            partners can be chosen next.
          </p>
          <CommandForm
            legend="Pre-release window"
            fields={[
              { name: 'days', label: 'Window days', kind: 'number', required: true, initial: '30', hint: 'From 1 to 30. The window is never extended.' },
              { name: 'accessEndpoint', label: 'Gateway endpoint', kind: 'url', required: true, hint: 'The HTTPS URL of your model gateway.' },
              { name: 'artifactDigest', label: 'Artifact digest', kind: 'text', required: true, hint: 'sha256:… of the model build under review.' },
            ]}
            submitLabel="Open pre-release window"
            invalidates={[['engagement', engagement.id], ['engagements']]}
            send={(values, key) =>
              answer(
                api.POST('/v1/engagements/{id}/access-window', {
                  params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
                  body: { days: Number(text(values, 'days')), accessEndpoint: text(values, 'accessEndpoint'), artifactDigest: text(values, 'artifactDigest') },
                }),
              )
            }
          />
        </>
      )}
      <ButtonGroup className="margin-top-2">
        {offered('declineAccess', stage) && (
          <ConfirmButton label="Decline" confirmLabel="Yes, decline access" heading="Decline pre-release access?" onConfirm={() => decline.mutate()}>
            <p>No pre-release window will be opened for this model. Trusted partners can still be chosen.</p>
          </ConfirmButton>
        )}
        {offered('endWindow', stage) && (
          <ConfirmButton
            label="End window early"
            confirmLabel="Yes, end the window"
            heading="End the pre-release window now?"
            onConfirm={() => endWindow.mutate()}
          >
            <p>The window ends now and cannot be reopened. Every reviewer token stops working now.</p>
          </ConfirmButton>
        )}
        {offered('release', stage) && (
          <ConfirmButton label="Record release" confirmLabel="Yes, record the release" heading="Record the public release?" onConfirm={() => release.mutate()}>
            <p>Records that the model was released publicly now. Nothing in this process gates your release.</p>
          </ConfirmButton>
        )}
        {offered('close', stage) && (
          <ConfirmButton label="Close engagement" confirmLabel="Yes, close it" heading="Close the engagement?" onConfirm={() => close.mutate()}>
            <p>The engagement ends now. Every reviewer and partner token stops working now.</p>
          </ConfirmButton>
        )}
        <ConfirmButton label="Withdraw" confirmLabel="Yes, withdraw" heading="Withdraw from the voluntary process?" onConfirm={() => withdraw.mutate()}>
          <p>The engagement ends now and cannot be reopened. Every reviewer and partner token stops working now.</p>
        </ConfirmButton>
      </ButtonGroup>
    </section>
  );
}

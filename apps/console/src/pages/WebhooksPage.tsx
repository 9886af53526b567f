import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AlertHeading, Button, ButtonGroup, Table } from '@trussworks/react-uswds';
import { useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../api/client';
import { chosen, CommandForm, text } from '../ui/command-form';
import { ConfirmButton } from '../ui/confirm';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Time } from '../ui/time';

type Webhook = Schemas['WebhookDto'];
type WithSecret = Schemas['WebhookWithSecretDto'];

const STATUS_LABELS: Record<Schemas['WebhookStatus'], string> = { ACTIVE: 'On', DISABLED: 'Turned off', DELETED: 'Deleted' };
const DELIVERY_LABELS: Record<Schemas['WebhookDeliveryDto']['status'], string> = { PENDING: 'Being tried', DELIVERED: 'Delivered', FAILED: 'Failed' };

/** A signing secret, shown once: only its sealed copy is kept. */
function SecretShownOnce({ webhook }: { readonly webhook: WithSecret }) {
  return (
    <Alert type="success" role="status">
      <AlertHeading level="h2">Signing secret for {webhook.url}: copy it now, it is not shown again</AlertHeading>
      <dl className="console-facts">
        <dt>Secret</dt>
        <dd>
          <code className="console-token">{webhook.secret}</code>
        </dd>
        {webhook.previousSecretUntil && (
          <>
            <dt>The old secret still signs until</dt>
            <dd>
              <Time at={webhook.previousSecretUntil} />
            </dd>
          </>
        )}
      </dl>
      <p>Verify each delivery&apos;s webhook-signature with it (Standard Webhooks), and drop repeats by webhook-id.</p>
    </Alert>
  );
}

/** One endpoint's delivery log, newest first, each delivery resendable. */
function DeliveryLog({ webhook }: { readonly webhook: Webhook }) {
  const queries = useQueryClient();
  const key = ['webhook-deliveries', webhook.id];
  const log = useQuery({ queryKey: key, queryFn: () => answer(api.GET('/v1/webhooks/{id}/deliveries', { params: { path: { id: webhook.id } } })) });
  const resend = useMutation({
    mutationFn: (deliveryId: string) =>
      answer(
        api.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/resend', {
          params: { path: { id: webhook.id, deliveryId }, header: idempotencyHeader(crypto.randomUUID()) },
        }),
      ),
    onSuccess: () => queries.invalidateQueries({ queryKey: key }),
  });
  const items = log.data?.items ?? [];
  return (
    <section aria-labelledby="delivery-log-heading">
      <h2 id="delivery-log-heading">Deliveries to {webhook.url}</h2>
      <ProblemAlert error={log.error ?? resend.error} />
      {items.length === 0 ? (
        <p>{log.isPending ? 'Loading…' : 'Nothing sent to it yet.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Notice</th>
              <th scope="col">Status</th>
              <th scope="col">Tries</th>
              <th scope="col">Last answer</th>
              <th scope="col">Resend</th>
            </tr>
          </thead>
          <tbody>
            {items.map((delivery) => (
              <tr key={delivery.id}>
                <th scope="row">
                  {delivery.kind} <code className="text-normal">{delivery.id}</code>
                </th>
                <td>{DELIVERY_LABELS[delivery.status]}</td>
                <td>{delivery.attempts}</td>
                <td>
                  {delivery.lastStatusCode ?? delivery.lastError ?? '—'}
                  {delivery.lastAttemptAt && (
                    <>
                      , <Time at={delivery.lastAttemptAt} />
                    </>
                  )}
                </td>
                <td>
                  <Button
                    type="button"
                    unstyled
                    disabled={webhook.status !== 'ACTIVE'}
                    onClick={() => resend.mutate(delivery.id)}
                    aria-label={`Resend ${delivery.id}`}
                  >
                    Resend
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

/** A command on one endpoint; a new secret it answers with is shown once. */
function useEndpointCommand(path: '/v1/webhooks/{id}/rotate-secret' | '/v1/webhooks/{id}/enable', show: (webhook: WithSecret) => void) {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => answer(api.POST(path, { params: { path: { id }, header: idempotencyHeader(crypto.randomUUID()) } })),
    onSuccess: async (webhook: Webhook | WithSecret) => {
      if ('secret' in webhook) show(webhook);
      await queries.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
}

/** An organization's webhook endpoints: register one for the kinds wanted, rotate its secret, turn it on again, delete it, read its log. */
export function WebhooksPage() {
  const queries = useQueryClient();
  const [shown, setShown] = useState<WithSecret | undefined>(undefined);
  const [logOf, setLogOf] = useState<string | undefined>(undefined);
  const webhooks = useQuery({ queryKey: ['webhooks'], queryFn: () => answer(api.GET('/v1/webhooks')) });
  const kinds = useQuery({ queryKey: ['notice-preferences'], queryFn: () => answer(api.GET('/v1/notifications/preferences')) });
  const refresh = () => queries.invalidateQueries({ queryKey: ['webhooks'] });
  const rotate = useEndpointCommand('/v1/webhooks/{id}/rotate-secret', setShown);
  const enable = useEndpointCommand('/v1/webhooks/{id}/enable', setShown);
  const remove = useMutation({
    mutationFn: (id: string) => answer(api.DELETE('/v1/webhooks/{id}', { params: { path: { id }, header: idempotencyHeader(crypto.randomUUID()) } })),
    onSuccess: refresh,
  });
  const items = webhooks.data?.items ?? [];
  const logged = items.find((webhook) => webhook.id === logOf);
  return (
    <Page title="Webhooks">
      <p>
        Your organization&apos;s systems hear of what your people hear of, as signed HTTPS requests that carry ids and the kind, never confidential text. A
        delivery that fails is tried again for days; an endpoint that keeps failing is turned off, and you are told.
      </p>
      {shown && <SecretShownOnce webhook={shown} />}
      <ProblemAlert error={webhooks.error ?? rotate.error ?? enable.error ?? remove.error} />
      {items.length === 0 ? (
        <p>{webhooks.isPending ? 'Loading…' : 'No webhook registered yet.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Endpoint</th>
              <th scope="col">Kinds</th>
              <th scope="col">Status</th>
              <th scope="col">Last delivered</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {items.map((webhook) => (
              <tr key={webhook.id}>
                <th scope="row">
                  <code className="text-normal">{webhook.url}</code>
                </th>
                <td>{webhook.kinds.includes('*') ? 'Every kind' : webhook.kinds.join(', ')}</td>
                <td>
                  {STATUS_LABELS[webhook.status]}
                  {webhook.disabledReason && <>: {webhook.disabledReason}</>}
                  {webhook.status === 'ACTIVE' && webhook.failingSince && (
                    <>
                      , failing since <Time at={webhook.failingSince} />
                    </>
                  )}
                </td>
                <td>{webhook.lastSuccessAt ? <Time at={webhook.lastSuccessAt} /> : '—'}</td>
                <td>
                  <ButtonGroup>
                    <Button type="button" unstyled onClick={() => setLogOf(webhook.id)} aria-label={`Delivery log of ${webhook.url}`}>
                      Delivery log
                    </Button>
                    {webhook.status === 'DISABLED' && (
                      <Button type="button" unstyled onClick={() => enable.mutate(webhook.id)} aria-label={`Turn on ${webhook.url}`}>
                        Turn on
                      </Button>
                    )}
                    <ConfirmButton
                      label="Rotate secret"
                      confirmLabel="Yes, rotate"
                      heading={`Rotate the secret of ${webhook.url}?`}
                      onConfirm={() => rotate.mutate(webhook.id)}
                    >
                      <p>A new secret is shown once. The old one keeps signing beside it for a day, so your receiver can switch.</p>
                    </ConfirmButton>
                    <ConfirmButton label="Delete" confirmLabel="Yes, delete" heading={`Delete ${webhook.url}?`} onConfirm={() => remove.mutate(webhook.id)}>
                      <p>Nothing more is sent to it, deliveries being tried included.</p>
                    </ConfirmButton>
                  </ButtonGroup>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {logged && <DeliveryLog webhook={logged} />}
      <CommandForm
        legend="Register a webhook"
        fields={[
          { name: 'url', label: 'URL', kind: 'url', required: true, hint: 'https://… (plain http to 127.0.0.1 or localhost outside production).' },
          {
            name: 'kinds',
            label: 'Kinds to deliver',
            kind: 'choices',
            required: true,
            options: [
              { value: '*', label: 'Every kind, now and later' },
              ...(kinds.data?.kinds ?? []).map((kind) => ({ value: kind.kind, label: kind.title })),
            ],
          },
        ]}
        submitLabel="Register webhook"
        invalidates={[['webhooks']]}
        onDone={setShown}
        send={(values, key) =>
          answer(
            api.POST('/v1/webhooks', {
              params: { header: { 'Idempotency-Key': key } },
              body: { url: text(values, 'url'), kinds: chosen(values, 'kinds') as Schemas['CreateWebhookDto']['kinds'] },
            }),
          )
        }
      />
    </Page>
  );
}

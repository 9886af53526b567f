import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, AlertHeading, ButtonGroup, Table } from '@trussworks/react-uswds';
import { useState } from 'react';

import { answer, api, type Schemas } from '../api/client';
import { CommandForm, text } from '../ui/command-form';
import { ConfirmButton } from '../ui/confirm';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

type Credentials = Schemas['GatewayCredentialsDto'];

const STATUS_LABELS: Record<Schemas['GatewayClientStatus'], string> = { ACTIVE: 'Active', RETIRING: 'Retiring', RETIRED: 'Retired', REVOKED: 'Revoked' };

/** A new credential, shown once: the identity provider keeps the secret, this site does not. */
function ShownOnce({ credentials }: { readonly credentials: Credentials }) {
  return (
    <Alert type="success" role="status">
      <AlertHeading level="h2">Credentials for {credentials.name}: copy them now, they are not shown again</AlertHeading>
      <dl className="console-facts">
        <dt>Client id</dt>
        <dd>
          <code>{credentials.clientId}</code>
        </dd>
        <dt>Client secret</dt>
        <dd>
          <code className="console-token">{credentials.clientSecret}</code>
        </dd>
        <dt>Token endpoint</dt>
        <dd>
          <code>{credentials.tokenEndpoint}</code>
        </dd>
      </dl>
    </Alert>
  );
}

/** The developer's gateway credentials: register one, rotate it (the old one retires after a grace period), revoke it. */
export function GatewayClientsPage() {
  const queries = useQueryClient();
  const [shown, setShown] = useState<Credentials | undefined>(undefined);
  const clients = useQuery({ queryKey: ['gateway-clients'], queryFn: () => answer(api.GET('/v1/gateway-clients')) });
  const refresh = () => queries.invalidateQueries({ queryKey: ['gateway-clients'] });
  const rotate = useMutation({
    mutationFn: (clientId: string) =>
      answer(api.POST('/v1/gateway-clients/{clientId}/rotate', { params: { path: { clientId }, header: { 'Idempotency-Key': crypto.randomUUID() } } })),
    onSuccess: async (credentials) => {
      setShown(credentials);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (clientId: string) =>
      answer(api.POST('/v1/gateway-clients/{clientId}/revoke', { params: { path: { clientId }, header: { 'Idempotency-Key': crypto.randomUUID() } } })),
    onSuccess: refresh,
  });
  const items = clients.data?.items ?? [];
  return (
    <Page title="Gateway clients">
      <p>Your model gateway signs in with one of these to check partners&apos; and reviewers&apos; tokens (introspection), for your organization only.</p>
      {shown && <ShownOnce credentials={shown} />}
      <ProblemAlert error={clients.error ?? rotate.error ?? revoke.error} />
      {items.length === 0 ? (
        <p>{clients.isPending ? 'Loading…' : 'No gateway registered yet.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Gateway</th>
              <th scope="col">Status</th>
              <th scope="col">Registered</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {items.map((client) => (
              <tr key={client.clientId}>
                <th scope="row">
                  {client.name} <code className="text-normal">{client.clientId}</code>
                </th>
                <td>
                  {STATUS_LABELS[client.status]}
                  {client.retiresAt && client.status === 'RETIRING' && (
                    <>
                      , retires <Deadline at={client.retiresAt} />
                    </>
                  )}
                </td>
                <td>
                  <Time at={client.createdAt} />
                </td>
                <td>
                  {client.status === 'ACTIVE' && (
                    <ButtonGroup>
                      <ConfirmButton
                        label="Rotate"
                        confirmLabel="Yes, rotate"
                        heading={`Rotate ${client.name}'s credentials?`}
                        onConfirm={() => rotate.mutate(client.clientId)}
                      >
                        <p>A new client id and secret are issued now. The old ones keep working for the grace period, then retire.</p>
                      </ConfirmButton>
                      <ConfirmButton
                        label="Revoke"
                        confirmLabel="Yes, revoke"
                        heading={`Revoke ${client.name}?`}
                        onConfirm={() => revoke.mutate(client.clientId)}
                      >
                        <p>Its credentials stop working now: the gateway can no longer check tokens until it has new ones.</p>
                      </ConfirmButton>
                    </ButtonGroup>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <CommandForm
        legend="Register a gateway"
        fields={[{ name: 'name', label: 'Gateway name', kind: 'text', required: true, hint: 'What the gateway is, for the people who manage it.' }]}
        submitLabel="Register gateway"
        invalidates={[['gateway-clients']]}
        onDone={setShown}
        send={(values, key) =>
          answer(api.POST('/v1/gateway-clients', { params: { header: { 'Idempotency-Key': key } }, body: { name: text(values, 'name') } }))
        }
      />
    </Page>
  );
}

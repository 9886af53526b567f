import { useQuery } from '@tanstack/react-query';
import { Label, Select, Table } from '@trussworks/react-uswds';
import { useId, useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { GRANT_STATUS_LABELS, optionsOf, SECTOR_LABELS } from '../../labels';
import { CommandForm, text } from '../../ui/command-form';
import { DialogForm } from '../../ui/dialog-form';
import { ProblemAlert } from '../../ui/problem';
import { GrantEnds } from '../../ui/time';

type Sector = Schemas['PartnerSector'];

/** The engagement's grants: status, a status filter, revoking one, and revoking a whole sector's. */
export function GrantsTable({ engagementId, canRevoke }: { readonly engagementId?: string; readonly canRevoke: boolean }) {
  const [status, setStatus] = useState('');
  const id = useId();
  const grants = useQuery({
    queryKey: ['grants', engagementId ?? 'all'],
    queryFn: () => answer(api.GET('/v1/grants', { params: { query: { limit: 100, ...(engagementId ? { engagementId } : {}) } } })),
  });
  const rows = (grants.data?.items ?? []).filter((grant) => !status || grant.status === status);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Grants{grants.data ? ` (${grants.data.total})` : ''}</h3>
      <ProblemAlert error={grants.error} />
      <Label htmlFor={`${id}-status`}>Show</Label>
      <Select id={`${id}-status`} name="status" value={status} onChange={(event) => setStatus(event.target.value)}>
        <option value="">Every status</option>
        {optionsOf(GRANT_STATUS_LABELS).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
      {rows.length === 0 ? (
        <p>{grants.isPending ? 'Loading…' : 'No grants to show.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col">Model</th>
              <th scope="col">Status</th>
              <th scope="col">Ends</th>
              {canRevoke && <th scope="col">Revoke</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((grant) => (
              <tr key={grant.id}>
                <th scope="row">{grant.partner.name}</th>
                <td>
                  {grant.model.name} {grant.model.version}
                </td>
                <td>{GRANT_STATUS_LABELS[grant.status]}</td>
                <td>
                  <GrantEnds expiresAt={grant.expiresAt} acceptBy={grant.acceptBy} />
                </td>
                {canRevoke && (
                  <td>
                    {['PENDING_ACCEPTANCE', 'ACTIVE', 'SUSPENDED'].includes(grant.status) && (
                      <DialogForm label="Revoke" heading={`Revoke ${grant.partner.name}'s access?`}>
                        {(close) => (
                          <>
                            <p>The grant ends now and cannot be restored. Every token issued for it stops working now.</p>
                            <CommandForm
                              fields={[{ name: 'reason', label: 'Reason', kind: 'textarea', required: true }]}
                              submitLabel="Yes, revoke"
                              invalidates={[['grants']]}
                              onDone={close}
                              send={(values, key) =>
                                answer(
                                  api.POST('/v1/grants/{id}/revoke', {
                                    params: { path: { id: grant.id }, header: idempotencyHeader(key) },
                                    body: { reason: text(values, 'reason') },
                                  }),
                                )
                              }
                            />
                          </>
                        )}
                      </DialogForm>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canRevoke && engagementId && (
        <CommandForm
          legend="Revoke by sector"
          fields={[
            {
              name: 'sector',
              label: 'Sector',
              kind: 'select',
              options: optionsOf(SECTOR_LABELS),
              hint: 'Leave empty to revoke every grant of this engagement.',
            },
            { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
          ]}
          submitLabel="Revoke grants"
          confirm={{
            heading: 'Revoke every matching grant?',
            confirmLabel: 'Yes, revoke them',
            body: <p>Every matching grant ends now and cannot be restored. Every partner token issued for them stops working now.</p>,
          }}
          invalidates={[['grants']]}
          send={(values, key) =>
            answer(
              api.POST('/v1/engagements/{id}/grants/revoke', {
                params: { path: { id: engagementId }, header: idempotencyHeader(key) },
                body: { reason: text(values, 'reason'), ...(values['sector'] ? { sector: values['sector'] as Sector } : {}) },
              }),
            )
          }
        />
      )}
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Table } from '@trussworks/react-uswds';
import { Link } from 'react-router';

import { answer, api } from '../api/client';
import { useHasRole } from '../api/session';
import { GRANT_STATUS_LABELS } from '../labels';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { GrantEnds } from '../ui/time';
import { GrantsTable } from './engagement/GrantsTable';

/** A partner's own grants: the model, the status and the expiry. */
function MyGrants() {
  const grants = useQuery({ queryKey: ['grants', 'all'], queryFn: () => answer(api.GET('/v1/grants', { params: { query: { limit: 100 } } })) });
  const items = grants.data?.items ?? [];
  return (
    <>
      <ProblemAlert error={grants.error} />
      {items.length === 0 ? (
        <p>{grants.isPending ? 'Loading…' : 'No grants yet. When a developer and the government choose your organization, its grant appears here.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col">Status</th>
              <th scope="col">Ends</th>
            </tr>
          </thead>
          <tbody>
            {items.map((grant) => (
              <tr key={grant.id}>
                <th scope="row">
                  <Link to={`/grants/${grant.id}`}>
                    {grant.model.name} {grant.model.version}
                  </Link>
                </th>
                <td>{GRANT_STATUS_LABELS[grant.status]}</td>
                <td>
                  <GrantEnds expiresAt={grant.expiresAt} acceptBy={grant.acceptBy} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

export function GrantsPage() {
  const partner = useHasRole('partner');
  const steward = useHasRole('developer', 'program-admin');
  return <Page title="Grants">{partner ? <MyGrants /> : <GrantsTable canRevoke={steward} />}</Page>;
}

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Fieldset, Label, Select, Table, TextInput } from '@trussworks/react-uswds';
import { useId, useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { useMe } from '../../api/session';
import { NOMINATION_STATUS_LABELS, optionsOf, SECTOR_LABELS, SIDE_LABELS, STATES } from '../../labels';
import { chosen, CommandForm, text } from '../../ui/command-form';
import { ProblemAlert } from '../../ui/problem';
import { Deadline, Time } from '../../ui/time';
import { GrantsTable } from './GrantsTable';

type Engagement = Schemas['EngagementDetailDto'];
type Sector = Schemas['PartnerSector'];

/** Trusted partners are chosen from designation until the engagement ends. */
const PARTNER_STAGES: ReadonlySet<Schemas['EngagementStage']> = new Set(['DESIGNATED', 'PRE_RELEASE_ACCESS', 'POST_WINDOW', 'RELEASED']);

function Terms({ engagement, editable }: { readonly engagement: Engagement; readonly editable: boolean }) {
  const terms = useQuery({
    queryKey: ['terms', engagement.id],
    queryFn: async () => {
      const read = await api.GET('/v1/engagements/{id}/partner-terms', { params: { path: { id: engagement.id } } });
      // No terms published yet is an answer, not an error.
      return read.response.status === 404 ? null : answer(Promise.resolve(read));
    },
  });
  return (
    <section aria-labelledby="terms-heading">
      <h3 id="terms-heading">Partner terms</h3>
      {terms.data ? (
        <>
          <p>
            Version <strong>{terms.data.version}</strong>, published <Time at={terms.data.publishedAt} />. SHA-256 <code>{terms.data.hash}</code>
          </p>
          <blockquote className="console-prewrap">{terms.data.text}</blockquote>
        </>
      ) : (
        <p>{terms.isPending ? 'Loading the terms…' : 'No terms published yet: partners cannot accept a grant until there are.'}</p>
      )}
      {editable && (
        <CommandForm
          legend={terms.data ? 'Publish new terms (every active grant is suspended until its partner accepts them)' : 'Publish terms'}
          fields={[
            { name: 'version', label: 'Terms version', kind: 'text', required: true, hint: 'Letters, digits, dots, dashes; for example 2026-12.' },
            { name: 'text', label: 'Terms text', kind: 'textarea', required: true },
            {
              name: 'accessEndpoint',
              label: "Partners' gateway endpoint",
              kind: 'url',
              hint: "Where partners' tokens are meant for. Left empty, the pre-release window's gateway; needed if no window was opened.",
            },
          ]}
          submitLabel="Publish terms"
          invalidates={[['terms', engagement.id], ['grants']]}
          send={(values, key) =>
            answer(
              api.PUT('/v1/engagements/{id}/partner-terms', {
                params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
                body: {
                  version: text(values, 'version'),
                  text: text(values, 'text'),
                  ...(text(values, 'accessEndpoint') ? { accessEndpoint: text(values, 'accessEndpoint') } : {}),
                },
              }),
            )
          }
        />
      )}
    </section>
  );
}

/** Verified partners matching a sector and state, as a nominator may see them, and how many there are in all. */
function useDirectory(sector: string, state: string, name = '') {
  return useQuery({
    queryKey: ['partner-directory', sector, state, name],
    placeholderData: keepPreviousData,
    queryFn: () =>
      answer(
        api.GET('/v1/partner-directory', {
          params: {
            query: {
              limit: 100,
              ...(sector ? { sector: sector as Sector } : {}),
              ...(state ? { state: state as Schemas['PartnerSelectionDto']['state'] } : {}),
              ...(name ? { q: name } : {}),
            },
          },
        }),
      ),
  });
}

function Nominate({ engagement }: { readonly engagement: Engagement }) {
  const id = useId();
  const [sector, setSector] = useState('');
  const [state, setState] = useState('');
  const [name, setName] = useState('');
  const total = useDirectory(sector, state).data?.total;
  const named = useDirectory(sector, state, name.trim());
  return (
    <section aria-labelledby="nominate-heading">
      <h3 id="nominate-heading">Nominate partners</h3>
      <Fieldset legend="Find verified partners">
        <Label htmlFor={`${id}-sector`}>Sector</Label>
        <Select id={`${id}-sector`} name="sector" value={sector} onChange={(event) => setSector(event.target.value)}>
          <option value="">Any sector</option>
          {optionsOf(SECTOR_LABELS).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
        <Label htmlFor={`${id}-state`}>State</Label>
        <Select id={`${id}-state`} name="state" value={state} onChange={(event) => setState(event.target.value)}>
          <option value="">Any state</option>
          {STATES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </Select>
        <Label htmlFor={`${id}-name`}>Partner name</Label>
        <span className="usa-hint" id={`${id}-name-hint`}>
          Part of a name or registry id: narrows the partners to tick below, not the count.
        </span>
        <TextInput
          id={`${id}-name`}
          name="name"
          type="search"
          value={name}
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        <p aria-live="polite" className="text-bold">
          {total === undefined ? 'Counting…' : `${total} verified partner${total === 1 ? '' : 's'} match${total === 1 ? 'es' : ''}`}
        </p>
      </Fieldset>
      <CommandForm
        key={`${sector}/${state}`}
        fields={[
          {
            name: 'how',
            label: 'Nominate',
            kind: 'select',
            required: true,
            initial: 'picked',
            options: [
              { value: 'picked', label: 'The partners ticked below' },
              { value: 'filter', label: `Every verified partner matching the sector and state above (${total ?? '…'})` },
            ],
          },
          {
            name: 'partnerIds',
            label: 'Partners',
            kind: 'choices',
            options: (named.data?.items ?? []).map((partner) => ({
              value: partner.id,
              label: `${partner.name} (${SECTOR_LABELS[partner.sector]}, ${partner.state})`,
            })),
            hint: named.data?.nextCursor
              ? `The first 100 of ${named.data.total} shown: narrow by name, sector or state, or nominate by filter. What is ticked stays ticked.`
              : undefined,
          },
          {
            name: 'durationDays',
            label: 'Days of access',
            kind: 'number',
            required: true,
            initial: '30',
            hint: 'Each grant lasts this long once accepted; at most 90.',
          },
          { name: 'scopes', label: 'Scopes', kind: 'text', required: true, initial: 'model:query', hint: 'Separated by spaces.' },
        ]}
        submitLabel="Nominate partners"
        invalidates={[['nominations', engagement.id]]}
        send={(values, key) =>
          answer(
            api.POST('/v1/engagements/{id}/nominations', {
              params: { path: { id: engagement.id }, header: idempotencyHeader(key) },
              body: {
                ...(values['how'] === 'filter'
                  ? {
                      filter: {
                        ...(sector ? { sector: sector as Sector } : {}),
                        ...(state ? { state: state as Schemas['PartnerSelectionDto']['state'] } : {}),
                      },
                    }
                  : { partnerIds: chosen(values, 'partnerIds') }),
                durationDays: Number(text(values, 'durationDays')),
                scopes: text(values, 'scopes').split(/\s+/).filter(Boolean),
              },
            }),
          )
        }
      />
    </section>
  );
}

function Nominations({ engagement, mySide }: { readonly engagement: Engagement; readonly mySide: Schemas['NominationSide'] | undefined }) {
  const queries = useQueryClient();
  const nominations = useQuery({
    queryKey: ['nominations', engagement.id],
    queryFn: () => answer(api.GET('/v1/engagements/{id}/nominations', { params: { path: { id: engagement.id } } })),
  });
  const decide = useMutation({
    mutationFn: ({ nominationId, approve }: { nominationId: string; approve: boolean }) => {
      const params = { path: { id: engagement.id, nominationId }, header: idempotencyHeader(`${approve ? 'approve' : 'decline'}-${nominationId}`) };
      return answer(
        approve
          ? api.POST('/v1/engagements/{id}/nominations/{nominationId}/approve', { params })
          : api.POST('/v1/engagements/{id}/nominations/{nominationId}/decline', { params }),
      );
    },
    onSuccess: () =>
      Promise.all([queries.invalidateQueries({ queryKey: ['nominations', engagement.id] }), queries.invalidateQueries({ queryKey: ['grants'] })]),
  });
  const items = nominations.data?.items ?? [];
  return (
    <section aria-labelledby="nominations-heading">
      <h3 id="nominations-heading">Nominations</h3>
      <ProblemAlert error={nominations.error ?? decide.error} />
      {items.length === 0 ? (
        <p>{nominations.isPending ? 'Loading…' : 'None yet.'}</p>
      ) : (
        <Table fullWidth>
          <thead>
            <tr>
              <th scope="col">Nominated by</th>
              <th scope="col">Partners</th>
              <th scope="col">Days</th>
              <th scope="col">Status</th>
              <th scope="col">Answer</th>
            </tr>
          </thead>
          <tbody>
            {items.map((nomination) => (
              <tr key={nomination.id}>
                <td>
                  {SIDE_LABELS[nomination.side]} ({nomination.nominatedByName ?? nomination.nominatedBy}), <Time at={nomination.nominatedAt} />
                </td>
                <td>{nomination.partnerCount}</td>
                <td>{nomination.durationDays}</td>
                <td>{NOMINATION_STATUS_LABELS[nomination.status]}</td>
                <td>
                  {nomination.status === 'PENDING' && mySide && mySide !== nomination.side ? (
                    <>
                      <p>
                        Due <Deadline at={nomination.answerBy} />
                      </p>
                      <Button type="button" disabled={decide.isPending} onClick={() => decide.mutate({ nominationId: nomination.id, approve: true })}>
                        Approve
                      </Button>
                      <Button type="button" outline disabled={decide.isPending} onClick={() => decide.mutate({ nominationId: nomination.id, approve: false })}>
                        Decline
                      </Button>
                    </>
                  ) : nomination.decidedAt ? (
                    <>
                      {nomination.decidedByName ?? nomination.decidedBy}, <Time at={nomination.decidedAt} />
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

/** Trusted partners: terms, nominations (made and answered by the two sides) and grants. */
export function PartnersSection({ engagement }: { readonly engagement: Engagement }) {
  const me = useMe();
  const developer = me.roles.includes('developer') && me.org === engagement.developerOrg;
  const admin = me.roles.includes('program-admin');
  if (!PARTNER_STAGES.has(engagement.stage) || !(developer || admin || me.roles.includes('auditor'))) {
    return null;
  }
  const mySide = developer ? 'DEVELOPER' : admin ? 'GOVERNMENT' : undefined;
  return (
    <section aria-labelledby="partners-heading">
      <h2 id="partners-heading">Trusted partners</h2>
      <Terms engagement={engagement} editable={developer} />
      {mySide && <Nominate engagement={engagement} />}
      <Nominations engagement={engagement} mySide={mySide} />
      <GrantsTable engagementId={engagement.id} canRevoke={developer || admin} />
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Tag } from '@trussworks/react-uswds';
import { useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { CommandForm, text } from '../../ui/command-form';
import { DialogForm } from '../../ui/dialog-form';
import { Time } from '../../ui/time';

type Finding = Schemas['FindingDto'];

export const STATUS_LABELS: Record<Schemas['FindingStatus'], string> = {
  OPEN: 'Open',
  ACKNOWLEDGED: 'Acknowledged',
  FIXED: 'Fixed, to verify',
  DISPUTED: 'Disputed',
  VERIFIED_FIXED: 'Fix verified',
  REOPENED: 'Reopened',
  CLOSED: 'Closed',
};

export const VALIDATION_LABELS: Record<Schemas['ValidationOutcome'], string> = {
  VALIDATED: 'Validated by the clearinghouse',
  DUPLICATE_OF: 'A duplicate of a finding already shared',
  NOT_REPRODUCIBLE: 'Not reproducible by the clearinghouse',
};

const RESPONSES = [
  { value: 'ACKNOWLEDGED', label: 'Acknowledged' },
  { value: 'FIXED', label: 'Fixed' },
  { value: 'DISPUTED', label: 'Disputed' },
];

const TLP_OPTIONS = [
  { value: 'RED', label: 'TLP:RED' },
  { value: 'AMBER', label: 'TLP:AMBER' },
  { value: 'GREEN', label: 'TLP:GREEN' },
  { value: 'WHITE', label: 'TLP:WHITE' },
];

/** A finding's status in words, flagged when it is past its due date unremediated. */
export function FindingStatusText({ finding }: { readonly finding: Pick<Finding, 'status' | 'overdue'> }) {
  return (
    <>
      {STATUS_LABELS[finding.status]}
      {finding.overdue && (
        <>
          {' '}
          <Tag className="bg-secondary-dark">Overdue</Tag>
        </>
      )}
    </>
  );
}

const ANSWERABLE: readonly Schemas['FindingStatus'][] = ['OPEN', 'ACKNOWLEDGED', 'DISPUTED', 'REOPENED'];

const note = (values: Record<string, string>) => (text(values, 'note') ? { note: text(values, 'note') } : {});

/** What the developer may do with a finding: answer it, share it with the clearinghouse, export it as CSAF. */
export function DeveloperFindingActions({ engagementId, finding }: { readonly engagementId: string; readonly finding: Finding }) {
  const path = { id: engagementId, findingId: finding.id };
  const invalidates = [['findings', engagementId]] as const;
  return (
    <div className="console-actions">
      {ANSWERABLE.includes(finding.status) && (
        <DialogForm label="Respond" heading={`Respond to "${finding.title}"`}>
          {(close) => (
            <CommandForm
              fields={[
                { name: 'status', label: 'Response', kind: 'select', required: true, options: RESPONSES },
                { name: 'note', label: 'Note', kind: 'textarea', hint: 'Confidential; encrypted at rest.' },
              ]}
              submitLabel="Send response"
              invalidates={invalidates}
              onDone={close}
              send={(values, key) =>
                answer(
                  api.POST('/v1/engagements/{id}/findings/{findingId}/response', {
                    params: { path, header: idempotencyHeader(key) },
                    body: { status: text(values, 'status') as Schemas['FindingResponseStatus'], ...note(values) },
                  }),
                )
              }
            />
          )}
        </DialogForm>
      )}
      {!finding.sharedAt && finding.status !== 'CLOSED' && (
        <DialogForm label="Share with clearinghouse" heading={`Share "${finding.title}" with the clearinghouse`}>
          {(close) => (
            <CommandForm
              fields={[
                {
                  name: 'tlp',
                  label: 'TLP label of its CSAF exports',
                  kind: 'select',
                  options: TLP_OPTIONS,
                  hint: 'Left unselected: RED before the release, AMBER after.',
                },
              ]}
              submitLabel="Share"
              invalidates={invalidates}
              onDone={close}
              send={(values, key) =>
                answer(
                  api.POST('/v1/engagements/{id}/findings/{findingId}/share', {
                    params: { path, header: idempotencyHeader(key) },
                    body: text(values, 'tlp') ? { tlp: text(values, 'tlp') as Schemas['TlpLabel'] } : {},
                  }),
                )
              }
            />
          )}
        </DialogForm>
      )}
      <a
        className="usa-button usa-button--unstyled"
        href={`/v1/engagements/${engagementId}/findings/${finding.id}/csaf`}
        download={`finding-${finding.id}.csaf.json`}
      >
        Export CSAF<span className="usa-sr-only"> of "{finding.title}"</span>
      </a>
    </div>
  );
}

/** What an attested reviewer may do with a finding, by its status: verify a fix, resolve a dispute, close, correct. */
export function ReviewerFindingActions({ engagementId, finding }: { readonly engagementId: string; readonly finding: Finding }) {
  const path = { id: engagementId, findingId: finding.id };
  const invalidates = [['findings', engagementId]] as const;
  return (
    <div className="console-actions">
      {finding.status === 'FIXED' && (
        <DialogForm label="Verify fix" heading={`Verify the fix of "${finding.title}"`}>
          {(close) => (
            <CommandForm
              fields={[
                {
                  name: 'verdict',
                  label: 'Verdict',
                  kind: 'select',
                  required: true,
                  options: [
                    { value: 'VERIFIED_FIXED', label: 'The fix holds' },
                    { value: 'REOPENED', label: 'The fix does not hold: reopen' },
                  ],
                },
                { name: 'note', label: 'Note', kind: 'textarea', hint: 'Confidential; encrypted at rest.' },
              ]}
              submitLabel="Record verdict"
              invalidates={invalidates}
              onDone={close}
              send={(values, key) =>
                answer(
                  api.POST('/v1/engagements/{id}/findings/{findingId}/verification', {
                    params: { path, header: idempotencyHeader(key) },
                    body: { verdict: text(values, 'verdict') as Schemas['FixVerdict'], ...note(values) },
                  }),
                )
              }
            />
          )}
        </DialogForm>
      )}
      {finding.status === 'DISPUTED' && (
        <DialogForm label="Resolve dispute" heading={`Resolve the dispute of "${finding.title}"`}>
          {(close) => (
            <CommandForm
              fields={[
                {
                  name: 'resolution',
                  label: 'Resolution',
                  kind: 'select',
                  required: true,
                  options: [
                    { value: 'KEPT', label: 'Keep the finding (reopen it)' },
                    { value: 'WITHDRAWN', label: 'Withdraw the finding (close it)' },
                  ],
                },
                { name: 'rationale', label: 'Rationale', kind: 'textarea', required: true, hint: 'Confidential; encrypted at rest.' },
              ]}
              submitLabel="Resolve"
              invalidates={invalidates}
              onDone={close}
              send={(values, key) =>
                answer(
                  api.POST('/v1/engagements/{id}/findings/{findingId}/dispute-resolution', {
                    params: { path, header: idempotencyHeader(key) },
                    body: { resolution: text(values, 'resolution') as Schemas['DisputeResolution'], rationale: text(values, 'rationale') },
                  }),
                )
              }
            />
          )}
        </DialogForm>
      )}
      {finding.status === 'VERIFIED_FIXED' && (
        <DialogForm label="Close" heading={`Close "${finding.title}"`}>
          {(close) => (
            <CommandForm
              fields={[{ name: 'note', label: 'Note', kind: 'textarea' }]}
              submitLabel="Close finding"
              invalidates={invalidates}
              onDone={close}
              send={(values, key) =>
                answer(api.POST('/v1/engagements/{id}/findings/{findingId}/close', { params: { path, header: idempotencyHeader(key) }, body: note(values) }))
              }
            />
          )}
        </DialogForm>
      )}
      {finding.status === 'OPEN' && (
        <DialogForm label="Correct" heading={`Correct "${finding.title}"`}>
          {(close) => (
            <CommandForm
              fields={[
                { name: 'title', label: 'Title', kind: 'text', initial: finding.title },
                { name: 'description', label: 'Description', kind: 'textarea', initial: finding.description },
                {
                  name: 'technicalImpact',
                  label: 'Technical impact',
                  kind: 'select',
                  initial: finding.technicalImpact,
                  options: [
                    { value: 'PARTIAL', label: 'Partial' },
                    { value: 'TOTAL', label: 'Total' },
                  ],
                },
              ]}
              submitLabel="Save correction"
              invalidates={invalidates}
              onDone={close}
              send={(values, key) =>
                answer(
                  api.PATCH('/v1/engagements/{id}/findings/{findingId}', {
                    params: { path, header: idempotencyHeader(key) },
                    body: {
                      ...(text(values, 'title') && text(values, 'title') !== finding.title ? { title: text(values, 'title') } : {}),
                      ...(text(values, 'description') && text(values, 'description') !== finding.description
                        ? { description: text(values, 'description') }
                        : {}),
                      technicalImpact: text(values, 'technicalImpact') === 'TOTAL' ? 'TOTAL' : 'PARTIAL',
                    },
                  }),
                )
              }
            />
          )}
        </DialogForm>
      )}
    </div>
  );
}

/** A finding's history, oldest first: who moved it where, and the note that came with it. */
export function FindingHistory({ engagementId, finding }: { readonly engagementId: string; readonly finding: Finding }) {
  // Read (and audited) only when someone opens it, not for every row shown.
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        History<span className="usa-sr-only"> of "{finding.title}"</span>
      </summary>
      {open && <FindingHistoryList engagementId={engagementId} findingId={finding.id} />}
    </details>
  );
}

function FindingHistoryList({ engagementId, findingId }: { readonly engagementId: string; readonly findingId: string }) {
  const detail = useQuery({
    queryKey: ['findings', engagementId, findingId],
    queryFn: () => answer(api.GET('/v1/engagements/{id}/findings/{findingId}', { params: { path: { id: engagementId, findingId } } })),
  });
  const history = detail.data?.history ?? [];
  if (history.length === 0) {
    return <p>{detail.isPending ? 'Loading…' : 'No changes since it was recorded.'}</p>;
  }
  return (
    <ol className="usa-list">
      {history.map((event) => (
        <li key={event.version}>
          <Time at={event.at} />: {STATUS_LABELS[event.fromStatus]} → {STATUS_LABELS[event.toStatus]} ({event.type.toLowerCase().replaceAll('_', ' ')}) by{' '}
          {event.actor}
          {event.note ? `: ${event.note}` : ''}
        </li>
      ))}
    </ol>
  );
}

import { Alert, AlertHeading } from '@trussworks/react-uswds';
import { useState } from 'react';

import { answer, api, idempotencyHeader, type Schemas } from '../../api/client';
import { DISPOSAL_REASON_LABELS } from '../../labels';
import { ConfirmButton } from '../../ui/confirm';
import { ProblemAlert } from '../../ui/problem';
import { Time } from '../../ui/time';
import { useDeveloperCommand } from './DeveloperActions';

type Engagement = Schemas['EngagementDetailDto'];

/**
 * How long the engagement's confidential content is kept, whether it is gone, and, for the developer of a
 * withdrawn engagement, disposal on request once the schedule allows it.
 */
export function Retention({ engagement, ownDeveloper }: { readonly engagement: Engagement; readonly ownDeveloper: boolean }) {
  // When the page was opened: the API refuses a request before the hold has passed anyway.
  const [openedAt] = useState(() => Date.now());
  const dispose = useDeveloperCommand(engagement, 'dispose', (path, key) =>
    answer(api.POST('/v1/engagements/{id}/disposal', { params: { path, header: idempotencyHeader(key) } })),
  );
  const { disposedAt, disposalReason, disposalDueAt, earlyDisposalFrom } = engagement.retention;
  if (disposedAt && disposalReason) {
    return (
      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">Retention</h2>
        <Alert type="info">
          <AlertHeading level="h3">Confidential content disposed of</AlertHeading>
          On <Time at={disposedAt} />, because {DISPOSAL_REASON_LABELS[disposalReason]}, its encryption key was destroyed. Text fields read “[disposed]”. The
          metadata, the timeline and the audit trail remain.
        </Alert>
      </section>
    );
  }
  if (!disposalDueAt) {
    return null;
  }
  const mayDispose = ownDeveloper && earlyDisposalFrom !== undefined;
  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">Retention</h2>
      <p>
        The confidential content is kept until <Time at={disposalDueAt} /> under the retention schedule. Its encryption key is destroyed then, so that nothing
        of it can be read again. The metadata and the audit trail remain.
      </p>
      {mayDispose && openedAt < Date.parse(earlyDisposalFrom) && (
        <p>
          As you withdrew, you may have it disposed of earlier, from <Time at={earlyDisposalFrom} />.
        </p>
      )}
      {mayDispose && openedAt >= Date.parse(earlyDisposalFrom) && (
        <>
          <ProblemAlert error={dispose.error} />
          <ConfirmButton
            label="Dispose of the content now"
            confirmLabel="Yes, dispose of it"
            heading="Dispose of the confidential content now?"
            onConfirm={() => dispose.mutate()}
          >
            <p>The engagement’s encryption key is destroyed. Nobody can read its summaries, rationales, findings or terms again, and this cannot be undone.</p>
          </ConfirmButton>
        </>
      )}
    </section>
  );
}

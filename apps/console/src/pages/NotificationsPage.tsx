import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Table } from '@trussworks/react-uswds';
import { Link } from 'react-router';

import { answer, api, idempotencyHeader, type Schemas } from '../api/client';
import { useInbox } from '../api/notices';
import { chosen, CommandForm } from '../ui/command-form';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';
import { Deadline, Time } from '../ui/time';

/** Which kinds of notice are mailed to the caller: every critical one always, the others as they choose. */
function MailPreferences() {
  const preferences = useQuery({ queryKey: ['notice-preferences'], queryFn: () => answer(api.GET('/v1/notifications/preferences')) });
  if (!preferences.data) {
    return <ProblemAlert error={preferences.error} />;
  }
  const optional = preferences.data.kinds.filter((kind) => !kind.critical);
  const off = new Set<string>(preferences.data.emailOff);
  const mailed = optional.map((kind) => kind.kind).filter((kind) => !off.has(kind));
  return (
    <section aria-labelledby="mail-preferences-heading">
      <h2 id="mail-preferences-heading">Email</h2>
      <p>Every notice reaches this page. Deadlines, revocations, terms changes and withdrawals are always emailed too; the others are emailed as you choose.</p>
      <CommandForm
        key={preferences.data.emailOff.join(',')}
        fields={[
          {
            name: 'mailed',
            label: 'Email me when',
            kind: 'choices',
            initial: mailed.join('\n'),
            options: optional.map((kind) => ({ value: kind.kind, label: kind.title })),
          },
        ]}
        submitLabel="Save email preferences"
        invalidates={[['notice-preferences']]}
        send={(values, key) => {
          const on = new Set(chosen(values, 'mailed'));
          const emailOff = optional.map((kind) => kind.kind).filter((kind) => !on.has(kind)) as Schemas['NoticePreferencesDto']['emailOff'];
          return answer(api.PUT('/v1/notifications/preferences', { params: { header: idempotencyHeader(key) }, body: { emailOff } }));
        }}
      />
    </section>
  );
}

/** The caller's notices, newest first: what happened, about which engagement, by when, and where to look. */
export function NotificationsPage() {
  const queries = useQueryClient();
  const inbox = useInbox();
  const refresh = () => queries.invalidateQueries({ queryKey: ['notifications'] });
  const readOne = useMutation({
    mutationFn: (id: string) => answer(api.POST('/v1/notifications/{id}/read', { params: { path: { id }, header: { 'Idempotency-Key': `read-${id}` } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => answer(api.POST('/v1/notifications/read-all', { params: { header: idempotencyHeader(crypto.randomUUID()) } })),
    onSuccess: refresh,
  });
  const items = inbox.data?.items ?? [];
  const unread = inbox.data?.unread ?? 0;
  return (
    <Page title="Notifications">
      <p role="status">{inbox.data ? `${unread} unread` : 'Loading…'}</p>
      <ProblemAlert error={inbox.error ?? readOne.error ?? readAll.error} />
      {unread > 0 && (
        <Button type="button" outline disabled={readAll.isPending} onClick={() => readAll.mutate()}>
          Mark all read
        </Button>
      )}
      {items.length === 0 ? (
        <p>{inbox.isPending ? '' : 'Nothing yet. Each step of your engagements, and every deadline, is told here.'}</p>
      ) : (
        <Table fullWidth>
          <caption className="usa-sr-only">Your notifications, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Notification</th>
              <th scope="col">Engagement</th>
              <th scope="col">Due</th>
              <th scope="col">Received</th>
              <th scope="col">Read</th>
            </tr>
          </thead>
          <tbody>
            {items.map((notice) => (
              <tr key={notice.id} className={notice.readAt ? undefined : 'text-bold'}>
                <th scope="row">
                  <Link to={notice.link} onClick={() => notice.readAt === null && readOne.mutate(notice.id)}>
                    {notice.title}
                  </Link>
                </th>
                <td>{notice.reference ?? 'Your organization'}</td>
                <td>{notice.dueAt ? <Deadline at={notice.dueAt} /> : '—'}</td>
                <td>
                  <Time at={notice.createdAt} />
                </td>
                <td>
                  {notice.readAt ? (
                    'Read'
                  ) : (
                    <Button
                      type="button"
                      unstyled
                      aria-label={`Mark read: ${notice.title}, ${notice.reference ?? 'your organization'}`}
                      onClick={() => readOne.mutate(notice.id)}
                    >
                      Mark read
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <MailPreferences />
    </Page>
  );
}

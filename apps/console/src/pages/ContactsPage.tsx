import { useQuery } from '@tanstack/react-query';

import { answer, api, type Schemas } from '../api/client';
import { useMe } from '../api/session';
import { CommandForm, type Field, type FieldValues, text } from '../ui/command-form';
import { Page } from '../ui/page';
import { ProblemAlert } from '../ui/problem';

type Contact = Schemas['ContactDto'];

/** Slots for contacts on the form; the API holds up to 10, a partner rarely needs more than these. */
const SLOTS = 3;

const fieldsFor = (contacts: readonly Contact[]): Field[] =>
  Array.from({ length: SLOTS }, (_, i) => {
    const contact = contacts[i];
    const who = `Contact ${i + 1}`;
    return [
      { name: `contacts.${i}.name`, label: `${who}: name`, kind: 'text', required: i === 0, initial: contact?.name ?? '' },
      { name: `contacts.${i}.email`, label: `${who}: email`, kind: 'email', required: i === 0, initial: contact?.email ?? '' },
      { name: `contacts.${i}.phone`, label: `${who}: phone (optional)`, kind: 'text', initial: contact?.phone ?? '' },
    ] satisfies Field[];
  }).flat();

/** The contacts the form holds: a slot with neither name nor email is left out. */
function contactsOf(values: FieldValues): Contact[] {
  return Array.from({ length: SLOTS }, (_, i) => ({
    name: text(values, `contacts.${i}.name`),
    email: text(values, `contacts.${i}.email`),
    phone: text(values, `contacts.${i}.phone`),
  }))
    .filter((contact) => contact.name || contact.email)
    .map(({ phone, ...contact }) => (phone ? { ...contact, phone } : contact));
}

/** A partner's security contacts, kept current by its own people: the grant notices of its organization are mailed to them. */
export function ContactsPage() {
  const me = useMe();
  const key = ['partner-contacts', me.org];
  const contacts = useQuery({ queryKey: key, queryFn: () => answer(api.GET('/v1/partners/{id}/contacts', { params: { path: { id: me.org } } })) });
  return (
    <Page title="Security contacts">
      <p>
        Your organization&apos;s grant notices (an offer of early access, a deadline, a revocation, a change of terms) are mailed to these people, whether or
        not they sign in here. Keep them current.
      </p>
      <ProblemAlert error={contacts.error} />
      {contacts.data && (
        <CommandForm
          key={JSON.stringify(contacts.data.contacts)}
          legend="Your security contacts"
          fields={fieldsFor(contacts.data.contacts)}
          submitLabel="Save contacts"
          invalidates={[key]}
          send={(values, idempotencyKey) =>
            answer(
              api.PUT('/v1/partners/{id}/contacts', {
                params: { path: { id: me.org }, header: { 'Idempotency-Key': idempotencyKey } },
                body: { contacts: contactsOf(values) },
              }),
            )
          }
        />
      )}
    </Page>
  );
}

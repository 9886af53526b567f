import { NoticeKind } from '#domain';

import { renderNoticeMail } from './notice-mail';

const ENGAGEMENT = '3f2a9c1b-5d6e-4f70-8a9b-0c1d2e3f4a5b';

describe('a notice as mail', () => {
  it.each(Object.values(NoticeKind))('%s says the kind, the reference, the deadline and the link, in text and HTML', (kind) => {
    const mail = renderNoticeMail(
      { kind, engagementId: ENGAGEMENT, dueAt: new Date('2027-01-15T09:30:00Z'), link: `/engagements/${ENGAGEMENT}` },
      'https://access.example.gov/',
    );
    expect(mail.subject).toMatch(/^\[ENG-3F2A9C1B\] \S/);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('ENG-3F2A9C1B');
      expect(body).toContain('2027-01-15T09:30:00Z (UTC)');
      expect(body).toContain(`https://access.example.gov/engagements/${ENGAGEMENT}`);
    }
    // Nothing but those facts reaches it: its input has no place for a model's name, capability text, finding or rationale.
    expect(`${mail.text}${mail.html}`.replace(/https:\/\/\S+|ENG-\w+/g, '')).not.toMatch(/3f2a9c1b-5d6e/);
  });

  it('escapes what goes into the HTML', () => {
    const mail = renderNoticeMail({ kind: NoticeKind.GrantOffered, engagementId: ENGAGEMENT, dueAt: null, link: '/grants/"><script>' }, 'https://a.example');
    expect(mail.html).not.toContain('"><script>');
    expect(mail.text).not.toContain('Due:');
  });
});

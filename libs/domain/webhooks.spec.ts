import { noticesFor } from './notice-facts';
import { NoticeKind } from './notices';
import { EVERY_KIND, signingSecrets, webhookPayload, webhookUrlProblem, webhookWants } from './webhooks';

describe('webhook URLs', () => {
  const outside = { allowLoopbackHttp: true };
  const production = { allowLoopbackHttp: false };

  it('takes https anywhere, and plain http only to a loopback address outside production', () => {
    expect(webhookUrlProblem('https://hooks.example.com/frontier?team=7', production)).toBeUndefined();
    for (const local of ['http://127.0.0.1:4567/hook', 'http://localhost:8080/', 'http://[::1]:9000/x']) {
      expect(webhookUrlProblem(local, outside)).toBeUndefined();
      expect(webhookUrlProblem(local, production)).toMatch(/https/);
    }
    expect(webhookUrlProblem('http://hooks.example.com/', outside)).toBe('must use https');
    expect(webhookUrlProblem('http://10.0.0.7/', outside)).toBe('must use https');
    expect(webhookUrlProblem('ftp://hooks.example.com/', outside)).toBe('must use https');
  });

  it('refuses credentials, fragments and what is not a URL', () => {
    expect(webhookUrlProblem('https://user:pw@hooks.example.com/', outside)).toMatch(/user name or password/);
    expect(webhookUrlProblem('https://hooks.example.com/#part', outside)).toMatch(/fragment/);
    expect(webhookUrlProblem('hooks.example.com', outside)).toMatch(/absolute URL/);
  });
});

describe('what a webhook receives', () => {
  it('takes the kinds it asked for, or every kind for *', () => {
    expect(webhookWants([NoticeKind.GrantRevoked], NoticeKind.GrantRevoked)).toBe(true);
    expect(webhookWants([NoticeKind.GrantRevoked], NoticeKind.GrantActive)).toBe(false);
    expect(webhookWants([EVERY_KIND], NoticeKind.WebhookDisabled)).toBe(true);
  });

  it('carries ids, the kind, the deadline and the console page, and nothing else', () => {
    const payload = webhookPayload(
      {
        noticeKey: '42:GRANT_OFFERED',
        kind: NoticeKind.GrantOffered,
        engagementId: '3f2a9c1b-0000-4000-8000-000000000000',
        subjectId: 'nom-1',
        dueAt: new Date('2026-12-09T00:00:00Z'),
        link: '/grants/g-1',
        createdAt: new Date('2026-12-02T10:00:00Z'),
      },
      'https://console.example.gov/',
    );
    expect(payload).toEqual({
      type: 'GRANT_OFFERED',
      timestamp: '2026-12-02T10:00:00.000Z',
      data: {
        notice: '42:GRANT_OFFERED',
        engagementId: '3f2a9c1b-0000-4000-8000-000000000000',
        reference: 'ENG-3F2A9C1B',
        subjectId: 'nom-1',
        dueAt: '2026-12-09T00:00:00.000Z',
        url: 'https://console.example.gov/grants/g-1',
      },
    });
  });

  it('is signed with the rotated secret too while the overlap lasts, and then with the new one alone', () => {
    const endpoint = { secret: 'whsec_new', previousSecret: 'whsec_old', previousUntil: new Date(10_000) };
    expect(signingSecrets(endpoint, 9_999)).toEqual(['whsec_new', 'whsec_old']);
    expect(signingSecrets(endpoint, 10_000)).toEqual(['whsec_new']);
    expect(signingSecrets({ secret: 'whsec_only', previousSecret: null, previousUntil: null }, 0)).toEqual(['whsec_only']);
  });
});

describe('a webhook turned off', () => {
  it('is a notice to the managers of the organization whose endpoint it was, about no engagement', () => {
    const fact = { seq: 9, action: 'webhook.disabled', engagementId: null, subjectId: 'endpoint-1', actorSub: 'system', details: { org: 'acme-ai' } };
    expect(noticesFor(fact)).toEqual([
      { key: '9:WEBHOOK_DISABLED', kind: NoticeKind.WebhookDisabled, engagementId: null, organization: 'acme-ai', subjectId: 'endpoint-1' },
    ]);
    expect(noticesFor({ ...fact, action: 'webhook.created' })).toEqual([]);
  });
});

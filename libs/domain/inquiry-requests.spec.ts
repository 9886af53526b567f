import { DomainErrorCode, DomainRuleError } from './domain-error';
import {
  applyInquiryRequestEvent,
  decideInquiryRequest,
  InquiryRequestEventType,
  inquiryRequestExpiry,
  InquiryRequestStatus,
  openInquiryRequest,
  RequestDeclinedBy,
} from './inquiry-requests';
import { Actor, Role } from './roles';

const developer: Actor = { sub: 'dev-1', org: 'acme-ai', roles: [Role.Developer] };
const respondBy = Date.parse('2027-01-15T12:00:00Z');
const before = respondBy - 1;
const opened = openInquiryRequest('r1', 'acme-ai', respondBy);

function refusal(fn: () => unknown): { code: string; requestStatus?: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainRuleError) return { code: error.code, ...(error.details.requestStatus ? { requestStatus: error.details.requestStatus } : {}) };
    throw error;
  }
  throw new Error('no refusal');
}

describe('a government request', () => {
  it('is OPEN until answered, and accepting names the inquiry it becomes', () => {
    const event = decideInquiryRequest(opened, { type: 'ACCEPT', actor: developer, engagementId: 'e1' }, before);
    expect(event).toEqual({ type: InquiryRequestEventType.Accepted, actorSub: 'dev-1', at: before, version: 2, engagementId: 'e1' });
    expect(applyInquiryRequestEvent(opened, event)).toEqual({ ...opened, status: InquiryRequestStatus.Accepted, version: 2, engagementId: 'e1' });
  });

  it('declined by the developer says so', () => {
    const event = decideInquiryRequest(opened, { type: 'DECLINE', actor: developer }, before);
    expect(applyInquiryRequestEvent(opened, event)).toMatchObject({ status: InquiryRequestStatus.Declined, declinedBy: RequestDeclinedBy.Developer });
  });

  it('is answered only by a developer of the organization asked', () => {
    for (const actor of [
      { ...developer, org: 'other-ai' },
      { ...developer, roles: [Role.ProgramAdmin] },
    ]) {
      expect(refusal(() => decideInquiryRequest(opened, { type: 'DECLINE', actor }, before))).toEqual({ code: DomainErrorCode.RoleRequired });
    }
  });

  it('takes one answer, and none at or after its deadline', () => {
    const accepted = applyInquiryRequestEvent(opened, decideInquiryRequest(opened, { type: 'ACCEPT', actor: developer, engagementId: 'e1' }, before));
    expect(refusal(() => decideInquiryRequest(accepted, { type: 'DECLINE', actor: developer }, before))).toEqual({
      code: DomainErrorCode.IllegalTransition,
      requestStatus: 'ACCEPTED',
    });
    expect(refusal(() => decideInquiryRequest(opened, { type: 'DECLINE', actor: developer }, respondBy))).toEqual({
      code: DomainErrorCode.IllegalTransition,
      requestStatus: 'DECLINED',
    });
  });

  it('is declined by its deadline, exactly at it, and only while OPEN', () => {
    expect(inquiryRequestExpiry(opened, before)).toBeUndefined();
    const expiry = inquiryRequestExpiry(opened, respondBy);
    expect(expiry).toEqual({ type: InquiryRequestEventType.Expired, actorSub: 'system', at: respondBy, version: 2 });
    const declined = applyInquiryRequestEvent(opened, expiry!);
    expect(declined).toMatchObject({ status: InquiryRequestStatus.Declined, declinedBy: RequestDeclinedBy.Deadline });
    expect(inquiryRequestExpiry(declined, respondBy + 1)).toBeUndefined();
  });
});

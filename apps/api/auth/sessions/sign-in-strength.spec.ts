import { requiredAcr } from './sign-in-strength';

const policy = {
  acrOrder: ['basic', 'mfa', 'phr'],
  minAcrByRole: new Map([
    ['reviewer', 'phr'],
    ['auditor', 'mfa'],
  ]),
};

describe('the sign-in strength a role needs', () => {
  it('lets a role without a minimum in at any strength, or none', () => {
    expect(requiredAcr(['developer'], undefined, policy)).toBeUndefined();
    expect(requiredAcr(['developer'], 'basic', policy)).toBeUndefined();
  });

  it('asks for the minimum of the first role it does not reach', () => {
    expect(requiredAcr(['auditor'], 'basic', policy)).toEqual({ role: 'auditor', acr: 'mfa' });
    expect(requiredAcr(['auditor', 'reviewer'], 'mfa', policy)).toEqual({ role: 'reviewer', acr: 'phr' });
  });

  it('is satisfied at the minimum or above it', () => {
    expect(requiredAcr(['auditor'], 'mfa', policy)).toBeUndefined();
    expect(requiredAcr(['auditor', 'reviewer'], 'phr', policy)).toBeUndefined();
  });

  it('counts a strength the order does not list, or none, as below every minimum', () => {
    expect(requiredAcr(['auditor'], 'something-else', policy)).toEqual({ role: 'auditor', acr: 'mfa' });
    expect(requiredAcr(['auditor'], undefined, policy)).toEqual({ role: 'auditor', acr: 'mfa' });
  });
});

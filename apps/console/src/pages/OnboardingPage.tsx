import { useMe } from '../api/session';
import { Page } from '../ui/page';

/** A person whose organization is not registered yet: the API answers only /v1/me, which says how to be onboarded. */
export function OnboardingPage() {
  const me = useMe();
  return (
    <Page title="Your organization is not registered yet">
      <p>{me.onboarding ?? 'Ask the program office to register your organization.'}</p>
    </Page>
  );
}

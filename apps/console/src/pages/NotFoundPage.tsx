import { Link } from 'react-router';

import { Page } from '../ui/page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>
        There is nothing at this address. <Link to="/">Go to your engagements</Link>.
      </p>
    </Page>
  );
}

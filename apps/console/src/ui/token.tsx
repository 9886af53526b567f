import { useMutation } from '@tanstack/react-query';
import { Button } from '@trussworks/react-uswds';
import { useId, useState } from 'react';

import type { Schemas } from '../api/client';
import { ProblemAlert } from './problem';
import { Deadline } from './time';

/**
 * "Get gateway token": issues a short-lived token for the developer's model gateway and copies it. The
 * token is shown once, here, and kept nowhere else in the browser.
 */
export function GatewayToken({ issue }: { readonly issue: (idempotencyKey: string) => Promise<Schemas['AccessTokenDto']> }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const token = useMutation({
    mutationFn: () => issue(crypto.randomUUID()),
    onSuccess: (issued) => {
      setCopied(false);
      // Shown at once; copied when the browser lets the page write the clipboard (it may ask, or refuse: the token is there to select).
      navigator.clipboard.writeText(issued.token).then(
        () => setCopied(true),
        () => setCopied(false),
      );
    },
  });
  return (
    <div>
      <ProblemAlert error={token.error} />
      <Button type="button" disabled={token.isPending} onClick={() => token.mutate()}>
        Get gateway token
      </Button>
      {token.data && (
        <>
          <label className="usa-label" htmlFor={`${id}-token`}>
            Gateway token ({token.data.scope}), expires <Deadline at={token.data.expiresAt} />
          </label>
          <textarea className="usa-textarea console-token" id={`${id}-token`} readOnly value={token.data.token} rows={4} />
          <p role="status">{copied ? 'Copied to the clipboard.' : 'Select it and copy it.'} Send it as a Bearer token to the model gateway.</p>
        </>
      )}
    </div>
  );
}

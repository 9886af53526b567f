import { useQuery } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';

import type { Role } from '../labels';
import { answer, api, type Schemas, useCsrfToken } from './client';

export type Me = Schemas['MeDto'];

const MeContext = createContext<Me | undefined>(undefined);

/** Who is signed in, from /v1/me (a 401 there sends the browser to sign in). */
export function SessionProvider({ children, fallback }: { readonly children: ReactNode; readonly fallback: ReactNode }) {
  const me = useQuery({ queryKey: ['me'], queryFn: () => answer(api.GET('/v1/me')), staleTime: 60_000 });
  useCsrfToken(me.data?.session?.csrfToken);
  if (!me.data) {
    return fallback;
  }
  return <MeContext value={me.data}>{children}</MeContext>;
}

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) {
    throw new Error('useMe outside SessionProvider');
  }
  return me;
}

export function useHasRole(...roles: Role[]): boolean {
  return useMe().roles.some((role) => roles.includes(role));
}

/** Ends the session here, then at the identity provider. */
export async function signOut(): Promise<void> {
  const signedOut = await answer(api.POST('/auth/logout'));
  window.location.assign(signedOut.endSessionUrl);
}

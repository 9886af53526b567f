import { Button, GovBanner, GridContainer, Header, NavMenuButton, PrimaryNav, Title } from '@trussworks/react-uswds';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';

import { useLiveEngagements } from '../api/live';
import { useInbox } from '../api/notices';
import { signOut, useMe } from '../api/session';
import type { Role } from '../labels';
import { ENGAGEMENT_READERS, readsEngagements, ROLE_LABELS } from '../labels';

/** The sections of the console, each for the roles the API answers there. */
const SECTIONS: readonly { label: string; to: string; roles: readonly Role[] }[] = [
  { label: 'Engagements', to: '/', roles: ENGAGEMENT_READERS },
  { label: 'Requests', to: '/requests', roles: ['developer', 'program-admin'] },
  { label: 'Consultations', to: '/consultations', roles: ['designation-authority'] },
  { label: 'Grants', to: '/grants', roles: ['developer', 'partner', 'program-admin', 'auditor'] },
  { label: 'Partners', to: '/partners', roles: ['program-admin'] },
  { label: 'Gateway clients', to: '/gateway-clients', roles: ['developer'] },
  { label: 'Webhooks', to: '/webhooks', roles: ['developer', 'partner', 'program-admin'] },
  { label: 'Security contacts', to: '/contacts', roles: ['partner'] },
  { label: 'Audit', to: '/audit', roles: ['auditor'] },
  { label: 'Clearinghouse', to: '/clearinghouse', roles: ['clearinghouse'] },
  { label: 'Statistics', to: '/statistics', roles: ['program-admin', 'auditor', 'oversight'] },
];

/** Says the new page's title to screen readers after every route change, and moves focus to the page. */
function RouteAnnouncer({ main }: { readonly main: React.RefObject<HTMLElement | null> }) {
  const location = useLocation();
  const [said, setSaid] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After the page's own effects have set its title.
    const timer = window.setTimeout(() => {
      setSaid(document.title);
      main.current?.focus();
    }, 50);
    return () => window.clearTimeout(timer);
  }, [location.pathname, main]);
  return (
    <p className="usa-sr-only" aria-live="polite" aria-atomic="true">
      {said}
    </p>
  );
}

export function Shell({ children }: { readonly children: ReactNode }) {
  const me = useMe();
  useLiveEngagements(readsEngagements(me.roles));
  const main = useRef<HTMLElement>(null);
  const location = useLocation();
  // The mobile menu is open on the page it was opened on; following a link closes it.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const expanded = openedOn === location.pathname;
  const toggle = () => setOpenedOn(expanded ? null : location.pathname);

  const unread = useInbox().data?.unread ?? 0;
  const navClass = ({ isActive }: { isActive: boolean }) => `usa-nav-link${isActive ? ' usa-current' : ''}`;
  const links = [
    ...SECTIONS.filter((section) => section.roles.some((role) => me.roles.includes(role))).map((section) => (
      <NavLink key={section.to} to={section.to} end={section.to === '/'} className={navClass}>
        <span>{section.label}</span>
      </NavLink>
    )),
    // Everyone's inbox, with how many are unread.
    <NavLink key="/notifications" to="/notifications" className={navClass}>
      <span>Notifications</span>
      {unread > 0 && (
        <>
          {' '}
          <span className="console-badge">
            {unread}
            <span className="usa-sr-only"> unread</span>
          </span>
        </>
      )}
    </NavLink>,
  ];

  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <GovBanner />
      <div className={`usa-overlay${expanded ? ' is-visible' : ''}`} />
      <Header basic>
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <Title>
              <Link to="/">Frontier model pre-release access</Link>
            </Title>
            <NavMenuButton onClick={toggle} label="Menu" />
          </div>
          <PrimaryNav items={links} mobileExpanded={expanded} onToggleMobileNav={toggle}>
            <div className="console-who">
              <span>
                {me.sub} · {me.org} · {me.roles.map((role) => ROLE_LABELS[role]).join(', ')}
              </span>
              <Button type="button" unstyled onClick={() => void signOut()}>
                Sign out
              </Button>
            </div>
          </PrimaryNav>
        </div>
      </Header>
      <main id="main-content" ref={main} tabIndex={-1} className="console-main">
        <GridContainer>{children}</GridContainer>
      </main>
      <RouteAnnouncer main={main} />
    </>
  );
}

import '@trussworks/react-uswds/lib/uswds.css';
import '@trussworks/react-uswds/lib/index.css';
import './console.css';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';

import { ApiProblem } from './api/client';
import { SessionProvider, useMe } from './api/session';
import { readsEngagements } from './labels';
import { Shell } from './layout/Shell';
import { EngagementsPage } from './pages/EngagementsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OnboardingPage } from './pages/OnboardingPage';

// The first page (the list) loads only what it needs; the others come when they are opened.
const EngagementPage = lazy(() => import('./pages/engagement/EngagementPage').then((module) => ({ default: module.EngagementPage })));
const AuditPage = lazy(() => import('./pages/AuditPage').then((module) => ({ default: module.AuditPage })));
const GatewayClientsPage = lazy(() => import('./pages/GatewayClientsPage').then((module) => ({ default: module.GatewayClientsPage })));
const WebhooksPage = lazy(() => import('./pages/WebhooksPage').then((module) => ({ default: module.WebhooksPage })));
const ContactsPage = lazy(() => import('./pages/ContactsPage').then((module) => ({ default: module.ContactsPage })));
const PartnersPage = lazy(() => import('./pages/PartnersPage').then((module) => ({ default: module.PartnersPage })));
const GrantsPage = lazy(() => import('./pages/GrantsPage').then((module) => ({ default: module.GrantsPage })));
const GrantPage = lazy(() => import('./pages/GrantPage').then((module) => ({ default: module.GrantPage })));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage').then((module) => ({ default: module.NotificationsPage })));
const ClearinghousePage = lazy(() => import('./pages/ClearinghousePage').then((module) => ({ default: module.ClearinghousePage })));
const StatisticsPage = lazy(() => import('./pages/StatisticsPage').then((module) => ({ default: module.StatisticsPage })));
const RequestsPage = lazy(() => import('./pages/RequestsPage').then((module) => ({ default: module.RequestsPage })));
const ConsultationsPage = lazy(() => import('./pages/ConsultationsPage').then((module) => ({ default: module.ConsultationsPage })));
const ConsultationPage = lazy(() => import('./pages/ConsultationPage').then((module) => ({ default: module.ConsultationPage })));
const RequestPage = lazy(() => import('./pages/RequestPage').then((module) => ({ default: module.RequestPage })));
const NewInquiryPage = lazy(() => import('./pages/NewInquiryPage').then((module) => ({ default: module.NewInquiryPage })));

const queries = new QueryClient({
  defaultOptions: {
    // A refusal is an answer, not a hiccup: only outages and network errors are retried.
    queries: { retry: (count, error) => count < 2 && (!(error instanceof ApiProblem) || error.status >= 500) },
  },
});

function Routed() {
  const me = useMe();
  if (me.orgKind === null) {
    return <OnboardingPage />;
  }
  return (
    <Suspense fallback={<p>Loading…</p>}>
      <Routes>
        <Route
          path="/"
          element={
            readsEngagements(me.roles) ? (
              <EngagementsPage />
            ) : me.roles.includes('clearinghouse') ? (
              <ClearinghousePage />
            ) : me.roles.includes('oversight') ? (
              <StatisticsPage />
            ) : (
              <GrantsPage />
            )
          }
        />
        <Route path="/clearinghouse" element={<ClearinghousePage />} />
        <Route path="/statistics" element={<StatisticsPage />} />
        <Route path="/grants" element={<GrantsPage />} />
        <Route path="/audit" element={<AuditPage />} />
        <Route path="/partners" element={<PartnersPage />} />
        <Route path="/gateway-clients" element={<GatewayClientsPage />} />
        <Route path="/webhooks" element={<WebhooksPage />} />
        <Route path="/contacts" element={<ContactsPage />} />
        <Route path="/grants/:id" element={<GrantPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/inquiries/new" element={<NewInquiryPage />} />
        <Route path="/requests" element={<RequestsPage />} />
        <Route path="/requests/:id" element={<RequestPage />} />
        <Route path="/consultations" element={<ConsultationsPage />} />
        <Route path="/consultations/:id" element={<ConsultationPage />} />
        <Route path="/engagements/:id" element={<EngagementPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <SessionProvider fallback={<p className="usa-sr-only">Signing in…</p>}>
          <Shell>
            <Routed />
          </Shell>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);

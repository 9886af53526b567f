import '@trussworks/react-uswds/lib/uswds.css';
import '@trussworks/react-uswds/lib/index.css';
import './console.css';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';

import { ApiProblem } from './api/client';
import { SessionProvider, useMe } from './api/session';
import { Shell } from './layout/Shell';
import { EngagementPage } from './pages/engagement/EngagementPage';
import { EngagementsPage } from './pages/EngagementsPage';
import { NewInquiryPage } from './pages/NewInquiryPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OnboardingPage } from './pages/OnboardingPage';

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
    <Routes>
      <Route path="/" element={<EngagementsPage />} />
      <Route path="/inquiries/new" element={<NewInquiryPage />} />
      <Route path="/engagements/:id" element={<EngagementPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
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

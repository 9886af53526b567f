import { type ReactNode, useEffect } from 'react';

/** The page's title, in the tab and in what the route announcer reads out. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Frontier model pre-release access`;
  }, [title]);
}

/** The marking every page showing a developer's proprietary content carries (CUI, category PROPIN). */
export function CuiBanner() {
  return (
    <p className="console-cui" role="note" aria-label="Controlled Unclassified Information marking">
      <strong>CUI//PROPIN</strong> Controlled Unclassified Information: proprietary business information. Handle and share only as the engagement&apos;s terms
      allow.
    </p>
  );
}

export function Page({ title, children, confidential = false }: { readonly title: string; readonly children: ReactNode; readonly confidential?: boolean }) {
  usePageTitle(title);
  return (
    <>
      {confidential && <CuiBanner />}
      <h1>{title}</h1>
      {children}
    </>
  );
}

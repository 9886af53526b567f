/** `/v1/grants?cursor=…` → `/v1/grants`: a query string may carry what no log line or span may (a cursor, a filter). */
export function withoutQuery(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}

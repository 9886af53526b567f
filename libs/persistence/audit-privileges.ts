import { DataSource } from 'typeorm';

/**
 * Why the database login a process runs as could rewrite the audit trail, if it could: the append-only
 * rule holds only for a login that is neither a superuser nor the owner of `audit_events`, that
 * holds no UPDATE, DELETE or TRUNCATE on it, and that cannot move the chain's head. Empty when the login is as it should be.
 */
export async function auditPrivilegeProblems(dataSource: DataSource): Promise<string[]> {
  const rows: { login: string; superuser: boolean; owner: boolean; update: boolean; delete: boolean; truncate: boolean; head: boolean }[] =
    await dataSource.query(
      `SELECT current_user AS login,
            r.rolsuper AS superuser,
            pg_has_role(current_user, c.relowner, 'MEMBER') AS owner,
            has_any_column_privilege('audit_events', 'UPDATE') AS update,
            has_table_privilege('audit_events', 'DELETE') AS delete,
            has_table_privilege('audit_events', 'TRUNCATE') AS truncate,
            (has_column_privilege('audit_chain_head', 'seq', 'UPDATE') OR has_column_privilege('audit_chain_head', 'hash', 'UPDATE')) AS head
     FROM pg_roles r, pg_class c
     WHERE r.rolname = current_user AND c.oid = 'audit_events'::regclass`,
    );
  const row = rows[0];
  if (!row) {
    return ['audit_events is not there: run the migrations first'];
  }
  const problems: string[] = [];
  if (row.superuser) problems.push(`the login ${row.login} is a superuser`);
  if (row.owner) problems.push(`the login ${row.login} owns audit_events (and so could disable its triggers)`);
  const granted = (['update', 'delete', 'truncate'] as const).filter((p) => row[p]).map((p) => p.toUpperCase());
  if (granted.length > 0) problems.push(`the login ${row.login} holds ${granted.join(', ')} on audit_events`);
  if (row.head) problems.push(`the login ${row.login} may move the chain's head (UPDATE on audit_chain_head)`);
  return problems;
}

import { InitialSchema1795317310640 } from './1795317310640-initial-schema.migration';
import { AppRoleAndAuditGuards1795317310641 } from './1795317310641-app-role-and-audit-guards.migration';

/** In order. Migrations never change once landed; add a new one instead. */
export const MIGRATIONS = [InitialSchema1795317310640, AppRoleAndAuditGuards1795317310641];

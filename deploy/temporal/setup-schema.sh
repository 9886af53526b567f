#!/bin/sh
# One-shot job (temporalio/admin-tools): creates Temporal's two databases in PostgreSQL and brings their
# schemas to the version this admin-tools image carries. Safe to run again: creating what exists is
# skipped, and update-schema only applies what is missing.
set -eu
SCHEMA_DIR=/etc/temporal/schema/postgresql/v12
sql() { temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "${DB_PORT:-5432}" -u "$POSTGRES_USER" "$@"; }

for db in temporal temporal_visibility; do
  case "$db" in temporal) dir=temporal ;; *) dir=visibility ;; esac
  sql --db "$db" create 2>/dev/null || echo "database $db exists"
  sql --db "$db" setup-schema -v 0.0 2>/dev/null || echo "schema of $db already set up"
  sql --db "$db" update-schema -d "$SCHEMA_DIR/$dir/versioned"
done
echo "Temporal schema is up to date"

#!/bin/sh
# Runs once when the PostgreSQL volume is created (docker-compose.yml). The application role owns
# nothing: it cannot drop the audit log's trigger or rewrite history. Migrations run as the owner in
# the one-shot bangfu-migrate job, which then grants this role what it needs (prisma/sql/app-role.sql).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v pw="$BANGFU_APP_PASSWORD" <<'SQL'
CREATE ROLE bangfu_app LOGIN PASSWORD :'pw';
SQL

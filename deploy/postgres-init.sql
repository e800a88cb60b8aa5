-- Runs once when the PostgreSQL volume is created (docker-compose.yml).
-- The application role owns nothing: it cannot drop the audit log's trigger or rewrite history.
-- Migrations run as the owner (MIGRATION_DATABASE_URL); Bangfu then grants this role what it needs
-- (prisma/sql/app-role.sql).
CREATE ROLE bangfu_app LOGIN PASSWORD 'change-me-too';

-- Privileges of the application role (:app_role is replaced by the role name).
-- Run by the owner after every migration (scripts/lib/database.ts grantAppRole; for an external
-- PostgreSQL, run it yourself once per migration with psql -v or by replacing :app_role).
GRANT USAGE ON SCHEMA public TO :app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :app_role;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :app_role;
-- History is never rewritten: the application may read and append, nothing else.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_events" FROM :app_role;
-- Prisma's bookkeeping is the owner's business.
REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM :app_role;
-- The security log (issue 16 item 9) is append-only for the application too.
REVOKE UPDATE, DELETE, TRUNCATE ON "security_events" FROM :app_role;

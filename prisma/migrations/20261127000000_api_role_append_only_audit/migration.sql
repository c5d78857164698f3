-- The API's database role (RELIABILITY.md, docs/security.md "Audit trail").
--
-- Migrations run as the owner of the schema (MIGRATION_DATABASE_URL); the API connects
-- as a login role that is a member of `rehabit_app` (DATABASE_URL). That role may read
-- and write the application's rows but owns nothing: it cannot change the schema, and it
-- may only INSERT and SELECT audit rows, so a compromised API cannot rewrite its trail.
--
-- Roles belong to the whole PostgreSQL cluster, so the role is made only when missing
-- (two databases of one cluster, or two migrations racing, share it).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rehabit_app') THEN
    CREATE ROLE rehabit_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END $$;

GRANT USAGE ON SCHEMA public TO rehabit_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO rehabit_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO rehabit_app;
-- Tables and sequences that later migrations create (as the owner) get the same rights.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO rehabit_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO rehabit_app;

-- The migration bookkeeping is the owner's alone.
REVOKE ALL ON "_prisma_migrations" FROM rehabit_app;

-- The audit trail is append-only for the API.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM rehabit_app;

-- And append-only for everyone who does not first drop this trigger on purpose: it also
-- guards the embedded PGlite database, where everything runs as one superuser and grants
-- are not checked.
CREATE FUNCTION audit_event_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

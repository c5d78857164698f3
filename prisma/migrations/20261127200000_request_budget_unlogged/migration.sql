-- The per-address request counters are spent on every GraphQL request and are worth
-- nothing after a crash (their window is one minute). UNLOGGED, each spend writes no WAL
-- and waits for no flush to disk; a crash empties the table, which only resets the counts.
ALTER TABLE "request_budget" SET UNLOGGED;

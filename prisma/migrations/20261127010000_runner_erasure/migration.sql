-- An erased runner (docs/operations.md "The runner's rights"): the row stays, anonymised,
-- so that the session logs it holds still count in the clinic's aggregates.
ALTER TABLE "runner" ADD COLUMN "erased_at" TIMESTAMPTZ(3);

-- A case filed on a visit's follow-up (000 §5) before the applicant signed the consent to the means
-- check (001 §五(一)): the consent is recorded later, and the means check waits for it.
ALTER TABLE "cases" ADD COLUMN "consent_pending" BOOLEAN NOT NULL DEFAULT false;

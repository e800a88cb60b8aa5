-- AlterTable
ALTER TABLE "cases" ADD COLUMN     "exclusions" JSONB;


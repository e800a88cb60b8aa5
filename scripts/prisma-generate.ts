/** `postinstall`: generates the Prisma client (offline, client engine) so every entry point can import it. */
import { ensurePrismaClient } from '../platform/database.js';

await ensurePrismaClient((l) => process.stderr.write(`[bangfu] ${l}\n`));

/** `npm run api`: only the HTTP API, connecting to the DATABASE_URL and TEMPORAL_ADDRESS it is given. */
import { runBangfu } from '../platform/runtime.js';

await runBangfu({ embedded: false, worker: false, api: true });

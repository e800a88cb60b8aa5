/**
 * `npm start`: Bangfu on embedded defaults, in one command. PostgreSQL (embedded unless DATABASE_URL),
 * Temporal (the CLI dev server unless TEMPORAL_ADDRESS), migrations, namespace and search attributes,
 * then the worker and the API in this process. Ctrl-C / SIGTERM stops every child.
 */
import { runBangfu } from '../platform/runtime.js';

await runBangfu({ embedded: true, worker: true, api: true });

/**
 * A worker in its own process, so a test can kill it with SIGKILL mid-flight and start another.
 * Env: DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE, BANGFU_PAYLOAD_KEY, BANGFU_ACTOR_KEY. Prints "ready" when polling.
 */
import { createWorker } from '../../platform/worker.js';
import { dataConverter } from '../../platform/codec.js';
import { openDb } from '../../store/db.js';

const db = openDb(process.env.DATABASE_URL!, { max: 10 });
const { worker } = await createWorker({
  address: process.env.TEMPORAL_ADDRESS!,
  namespace: process.env.TEMPORAL_NAMESPACE ?? 'bangfu',
  taskQueue: process.env.TEMPORAL_TASK_QUEUE!,
  deps: { db: db.prisma },
  dataConverter: dataConverter(process.env.BANGFU_PAYLOAD_KEY!),
  actorKey: process.env.BANGFU_ACTOR_KEY!,
});
const running = worker.run();
process.stdout.write('ready\n');
process.on('SIGTERM', () => worker.shutdown());
await running;
await db.close();

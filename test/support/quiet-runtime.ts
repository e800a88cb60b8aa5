// Every test process: the Temporal SDK logs warnings and errors only (worker state changes are noise).
import { DefaultLogger, Runtime } from '@temporalio/worker';

try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  /* already installed in this process */
}

/**
 * The failure converter inside the workflow sandbox (issue 16 item 5), given to the bundle as
 * `failureConverterPath` (platform/worker.ts): a failure raised in workflow code — a validator's
 * refusal, which may quote personal data, or the workflow's own failure — travels with its message and
 * stack trace in `encodedAttributes`, which the worker's payload codec seals. The same setting as the
 * data converter outside the sandbox (platform/codec.ts `dataConverter`).
 */
import { DefaultFailureConverter } from '@temporalio/common';

export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });

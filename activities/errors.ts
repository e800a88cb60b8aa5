/**
 * Errors that retrying cannot fix become non-retryable activity failures of type `BadInput`: the case
 * workflow marks itself stuck (an ops item and a metric) instead of retrying forever.
 */
import { ApplicationFailure } from '@temporalio/common';
import { BadInputError } from '../store/pg.js';

export async function badInput<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof BadInputError) throw ApplicationFailure.create({ type: 'BadInput', message: e.message, nonRetryable: true, details: [e.pgCode] });
    throw e;
  }
}

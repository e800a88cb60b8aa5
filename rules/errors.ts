/** A rule input that cannot be computed with (a bad input, not a fault); `path` names the field. */
export class RuleInputError extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'RuleInputError';
  }
}

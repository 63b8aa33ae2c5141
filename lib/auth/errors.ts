/** Thrown by a query when the acting user's roles do not allow it; server actions answer 'forbidden'. */
export class NotAllowedError extends Error {
  constructor(message = 'You are not allowed to do this.') {
    super(message);
    this.name = 'NotAllowedError';
  }
}

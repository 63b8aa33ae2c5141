// React stops a render that is no longer needed (a finished or failed request, a redirect, a "not found") by
// aborting an AbortController with an Error. V8 records that Error's call sites lazily and formats them only when
// `.stack` is first read; until then the Error keeps the call-site objects, which reference the async context of
// the render that created it, which references the one before it. Nothing reads these errors, so under steady
// traffic each request's finished work stays reachable from the next one, and the heap grows without bound.
// Reading `.stack` once, before the abort, turns the call sites into a string and lets them go.
const abort = AbortController.prototype.abort;

AbortController.prototype.abort = function abortWithSettledStack(reason) {
  if (reason instanceof Error) void reason.stack;
  return abort.call(this, reason);
};

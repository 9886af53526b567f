import { startTracing, TracingShutdown } from './tracing';

describe('tracing', () => {
  it('is off without an endpoint: nothing is started, and shutting down is a no-op', async () => {
    await expect(startTracing('api', {})).resolves.toBeUndefined();
    await expect(startTracing('worker', { endpoint: undefined })).resolves.toBeUndefined();
    await expect(new TracingShutdown().onApplicationShutdown()).resolves.toBeUndefined();
  });
});

import { Client } from '@temporalio/client';

/**
 * The worker's own Temporal client, for the activities that start or signal grant workflows in
 * bulk. Provided under this class so activities do not depend on how it was built.
 */
export abstract class ActivityTemporalClient {
  abstract readonly client: Client;
}

import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';

@Injectable()
export class TemporalProbeService {
  constructor(private readonly client: Client) {}

  /** Whether the Temporal frontend answers at all. */
  async ping(): Promise<void> {
    await this.client.workflowService.getSystemInfo({});
  }
}

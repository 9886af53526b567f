import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';

import { parseKeyring } from '#config';
import { EncryptionCodec } from '#security';

import { REPLAY_HISTORIES, WORKFLOW_BUNDLE } from '../support/paths';
import { TEST_PAYLOAD_KEY } from '../support/test-keys';
import { quietTemporal } from '../support/workflow-env';

/**
 * Histories recorded from earlier runs (`npm run replay:record`) are replayed against today's
 * workflow code: a change that would break running workflows fails here.
 */
describe('recorded workflow histories replay against the current code', () => {
  // Histories of today's code at the top; those recorded by earlier versions in earlier/, kept so a
  // change that would break a workflow already running under them fails here too.
  const files = readdirSync(REPLAY_HISTORIES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .sort();
  quietTemporal();
  // Histories recorded before payloads were sealed to their workflow still replay.
  const codec = new EncryptionCodec(parseKeyring('TEST', `test1:${TEST_PAYLOAD_KEY}`, 'test1'), { acceptUnbound: true });

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s', async (file) => {
    const recorded = JSON.parse(readFileSync(path.join(REPLAY_HISTORIES, file), 'utf8')) as { workflowId?: string; history?: unknown; events?: unknown };
    // Earlier recordings are the bare history, with payloads not yet sealed to a workflow id.
    const { workflowId, history } =
      recorded.history === undefined ? { workflowId: file, history: recorded } : { workflowId: recorded.workflowId ?? file, history: recorded.history };
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: { codePath: WORKFLOW_BUNDLE }, dataConverter: { payloadCodecs: [codec] } },
        historyFromJSON(history),
        workflowId,
      ),
    ).resolves.toBeUndefined();
  });
});

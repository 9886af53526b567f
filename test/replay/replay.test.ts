import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { parseKeyring } from '../../libs/config';
import { EncryptionCodec } from '../../libs/security';
import { REPLAY_HISTORIES, WORKFLOW_BUNDLE } from '../support/paths';
import { TEST_PAYLOAD_KEY } from '../support/test-keys';
import { quietTemporal } from '../support/workflow-env';

/**
 * Histories recorded from earlier runs (`npm run replay:record`) are replayed against today's
 * workflow code: a change that would break running workflows fails here.
 */
describe('recorded workflow histories replay against the current code', () => {
  const files = readdirSync(REPLAY_HISTORIES).filter((file) => file.endsWith('.json')).sort();
  quietTemporal();
  const codec = new EncryptionCodec(parseKeyring('TEST', `test1:${TEST_PAYLOAD_KEY}`, 'test1'));

  it('has recorded histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s', async (file) => {
    const history = historyFromJSON(JSON.parse(readFileSync(path.join(REPLAY_HISTORIES, file), 'utf8')));
    await expect(
      Worker.runReplayHistory({ workflowBundle: { codePath: WORKFLOW_BUNDLE }, dataConverter: { payloadCodecs: [codec] } }, history, file),
    ).resolves.toBeUndefined();
  });
});

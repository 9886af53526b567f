/**
 * Fixed keys for the test suite only. Recorded replay histories are encrypted with the payload key,
 * so it must stay the same for as long as those recordings are kept.
 */
export const TEST_PAYLOAD_KEY = Buffer.from('frontier-access-test-payload-key').toString('base64');
export const TEST_FIELD_KEY = Buffer.from('frontier-access-test-field-key!!').toString('base64');

/** Named 256-bit keys, one of them active for new writes; old ones stay to read what they wrote. */
export interface Keyring {
  readonly activeId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Parses `id:base64,id:base64` into a keyring whose active key is `activeId`. */
export function parseKeyring(name: string, text: string, activeId: string): Keyring {
  const keys = new Map<string, Buffer>();
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(':');
    const id = separator > 0 ? entry.slice(0, separator) : '';
    if (!KEY_ID.test(id)) {
      throw new Error(`${name}: each entry must be <id>:<base64 key>, with an id of letters, digits, _ or -`);
    }
    const key = Buffer.from(entry.slice(separator + 1), 'base64');
    if (key.length !== 32) {
      throw new Error(`${name}: key "${id}" must decode to 32 bytes, got ${key.length}`);
    }
    if (keys.has(id)) {
      throw new Error(`${name}: key id "${id}" appears twice`);
    }
    keys.set(id, key);
  }
  if (!keys.has(activeId)) {
    throw new Error(`${name}: the active key "${activeId}" is not among the keys given`);
  }
  return { activeId, keys };
}

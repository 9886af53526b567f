import { loadToolConfig } from '#config';
import { ALL_ROLES, isRole } from '#domain';

import { demoPerson } from './stack/demo-people';
import { AUDIENCE, signDevToken } from './stack/dev-tokens';

const USAGE = 'usage: npm run -s token -- --sub <id> --org <org> --role <role> [--role <role> ...] [--name <name>] [--email <email>] [--ttl <seconds>]';

interface TokenArgs {
  readonly sub: string;
  readonly org: string;
  readonly roles: string[];
  readonly name?: string;
  readonly email?: string;
  readonly ttl?: number;
}

function parse(argv: readonly string[]): TokenArgs {
  const roles: string[] = [];
  let sub: string | undefined;
  let org: string | undefined;
  let name: string | undefined;
  let email: string | undefined;
  let ttl: number | undefined;
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined || value.startsWith('--')) {
      throw new Error(`${flag} needs a value\n${USAGE}`);
    }
    if (flag === '--sub') sub = value;
    else if (flag === '--org') org = value;
    else if (flag === '--role') roles.push(value);
    else if (flag === '--name') name = value;
    else if (flag === '--email') email = value;
    else if (flag === '--ttl') ttl = Number(value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  if (!sub || !org || roles.length === 0) {
    throw new Error(USAGE);
  }
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) {
    throw new Error(`unknown role ${unknown.join(', ')}; roles are ${ALL_ROLES.join(', ')}`);
  }
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl <= 0)) {
    throw new Error('--ttl must be a whole number of seconds');
  }
  return { sub, org, roles, name, email, ttl };
}

/**
 * Prints a token from the local issuer, signed with its key in the data folder. It needs nothing
 * running: the API fetches the same key's public half from the OpenID provider that `make up` serves.
 * A demo person's name and email are filled in from the seed unless --name or --email say otherwise.
 */
async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const tools = loadToolConfig();
  const token = await signDevToken(tools.dataDir, {
    sub: args.sub,
    org: args.org,
    roles: args.roles,
    name: args.name ?? demoPerson(args.sub)?.name,
    email: args.email ?? demoPerson(args.sub)?.email,
    ttlSeconds: args.ttl,
    issuer: `http://${tools.host}:${tools.ports.idp}`,
    audience: AUDIENCE,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});

// @ts-check
/**
 * The rooms of the house and what each may import. Every import is followed to where it leads before
 * it is judged, so a relative path, a `#…` alias (package.json `imports`), a barrel or a deep path into
 * the same folder are all the same import: there is no spelling that slips past.
 */
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** `#domain` → `libs/domain`, from package.json `imports` (the folder of each alias's source entry). */
const ALIASES = new Map(
  Object.entries(
    /** @type {{ imports?: Record<string, Record<string, string>> }} */ (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'))).imports ?? {},
  ).map(([alias, targets]) => [alias, path.dirname(path.join(ROOT, targets['frontier-source'] ?? targets['default'] ?? ''))]),
);

/**
 * What each room may import. `folders` lists the only project folders it may reach and `packages` the
 * only packages; `never` lists project folders it must not reach; `apart` keeps the room's sub-folders
 * from importing each other. A file is held to every room it is in, so a file in libs/domain keeps the
 * rules of libs/domain and of libs.
 */
export const ROOMS = [
  {
    room: 'workflows',
    folders: ['workflows', 'libs/domain', 'libs/contracts'],
    packages: ['@temporalio/workflow'],
    why: 'workflows are deterministic: they import only @temporalio/workflow, libs/domain and libs/contracts (activities by their contract types)',
  },
  {
    room: 'libs/domain',
    folders: ['libs/domain'],
    packages: [],
    why: 'libs/domain is pure rules: it imports nothing outside itself',
  },
  {
    room: 'libs/contracts',
    folders: ['libs/contracts', 'libs/domain'],
    packages: ['@temporalio/workflow', '@temporalio/common'],
    why: 'libs/contracts is bundled into the workflows: it imports only libs/domain and Temporal definitions',
  },
  {
    room: 'libs',
    never: ['apps', 'activities', 'workflows', 'tools', 'bench', 'test'],
    why: 'libs are shared by everything above them: they never import apps, activities or workflows',
  },
  {
    room: 'activities',
    never: ['apps', 'workflows', 'tools', 'bench', 'test'],
    why: 'activities serve the workflows from below: they never import apps or workflow code',
  },
  {
    room: 'apps',
    never: ['tools', 'bench', 'test'],
    why: 'apps never import the tools, the benchmark or the tests',
  },
  {
    room: 'apps/console',
    folders: ['apps/console', 'libs/domain'],
    packages: ['react', 'react-dom', 'react-router', '@tanstack/react-query', 'openapi-fetch', '@trussworks/react-uswds', 'vite', 'node:path'],
    why: "the console is the API's client in a browser: it imports its own files (the API's types among them, generated from /openapi.json), its UI packages and the pure rules of libs/domain (the BOD 26-04 table, for a preview), never server code",
  },
  {
    room: 'apps/api/modules',
    apart: true,
    never: ['apps/api/compositions'],
    why: 'a feature never imports another feature (what two features share lives in auth, common, errors, temporal or metrics), nor a composition of features',
  },
  {
    room: 'apps/api/compositions',
    apart: true,
    why: "a composition (a read that spans features, such as an engagement's whole record) imports the features' own services, so their rules hold in it; compositions never import each other",
  },
  ...['auth', 'common', 'console', 'errors', 'temporal', 'metrics'].map((plumbing) => ({
    room: `apps/api/${plumbing}`,
    never: ['apps/api/modules', 'apps/api/compositions'],
    why: `apps/api/${plumbing} is plumbing every feature uses: it never imports a feature or a composition`,
  })),
];

const within = (file, folder) => file === folder || file.startsWith(`${folder}/`);

/**
 * Where an import leads: a project path relative to the root (`libs/persistence/index`), or the name of a
 * package (`pg`, `@nestjs/common`, `node:fs` for any spelling of a built-in).
 * @param {string} specifier
 * @param {string} fromFile
 * @returns {{ local: string } | { pkg: string }}
 */
export function destination(specifier, fromFile) {
  if (specifier.startsWith('.')) {
    return {
      local: path
        .relative(ROOT, path.resolve(path.dirname(fromFile), specifier))
        .split(path.sep)
        .join('/'),
    };
  }
  if (specifier.startsWith('#')) {
    const [alias = '', ...rest] = specifier.split('/');
    const folder = ALIASES.get(alias);
    if (folder !== undefined) {
      return {
        local: path
          .relative(ROOT, path.join(folder, ...rest))
          .split(path.sep)
          .join('/'),
      };
    }
    return { pkg: specifier };
  }
  const bare = specifier.replace(/^node:/, '');
  if (specifier.startsWith('node:') || builtinModules.includes(bare.split('/')[0] ?? '')) {
    return { pkg: `node:${bare.split('/')[0]}` };
  }
  const parts = specifier.split('/');
  return { pkg: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier) };
}

/**
 * Why an import from `file` (project-relative) to `specifier` breaks a room's rule, or undefined.
 * @param {string} file
 * @param {string} specifier
 * @param {string} absoluteFile
 */
export function refusal(file, specifier, absoluteFile) {
  const to = destination(specifier, absoluteFile);
  for (const rule of ROOMS) {
    if (!within(file, rule.room)) {
      continue;
    }
    if ('local' in to) {
      if (rule.folders && !rule.folders.some((folder) => within(to.local, folder))) {
        return `'${specifier}' leads to ${to.local}: ${rule.why}`;
      }
      if (rule.never?.some((folder) => within(to.local, folder))) {
        return `'${specifier}' leads to ${to.local}: ${rule.why}`;
      }
      // Rooms kept apart: each sub-folder (a feature) imports only itself, never a sibling.
      if (rule.apart && within(to.local, rule.room) && to.local.split('/')[rule.room.split('/').length] !== file.split('/')[rule.room.split('/').length]) {
        return `'${specifier}' leads to ${to.local}: ${rule.why}`;
      }
    } else if (rule.packages && !rule.packages.includes(to.pkg)) {
      return `'${specifier}' is the package ${to.pkg}: ${rule.why}`;
    }
  }
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const rooms = {
  meta: {
    type: 'problem',
    docs: { description: 'Each room of the house imports only what its rules allow, however the import is spelled' },
    schema: [],
  },
  create(context) {
    const absolute = context.filename;
    const file = path.relative(ROOT, absolute).split(path.sep).join('/');
    /** @param {import('estree').Node | null | undefined} source */
    const check = (source) => {
      if (source?.type !== 'Literal' || typeof source.value !== 'string') {
        return;
      }
      const why = refusal(file, source.value, absolute);
      if (why !== undefined) {
        context.report({ node: source, message: why });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length === 1) {
          check(/** @type {import('estree').Node} */ (node.arguments[0]));
        }
      },
      /** `import x = require('…')` */
      'TSExternalModuleReference > Literal': (/** @type {import('estree').Literal} */ node) => check(node),
    };
  },
};

export const roomsPlugin = { rules: { rooms } };

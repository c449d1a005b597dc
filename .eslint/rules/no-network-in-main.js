// Zero network (brief §6): Chromium's requests are denied by the session handlers, but
// Node code in the main and preload processes could still open sockets directly. This
// rule bans every way we know of to do that from electron/**: Node's network modules,
// Electron's `net`, and the fetch/XHR/WebSocket globals; and (security review L10) every
// way to hand the job to someone else: another process or thread (child_process,
// worker_threads, cluster, Electron's utilityProcess), a download or a browser
// (webContents.downloadURL, session.downloadURL, shell.openExternal, shell.openPath), and
// a computed member of electron (electron['net']), which would hide any of these.
import { builtinModules } from 'node:module';

const NETWORK_MODULES = new Set(['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'dns/promises', 'undici']);
const PROCESS_MODULES = new Set(['child_process', 'worker_threads', 'cluster']);
const ELECTRON_BANNED = new Set(['net', 'utilityProcess']);
const BANNED_CALLS = new Set(['downloadURL', 'openExternal', 'openPath']);
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);
const GLOBAL_OBJECTS = new Set(['globalThis', 'global', 'window', 'self']);

function isNetworkModule(source) {
  const bare = source.startsWith('node:') ? source.slice(5) : source;
  return NETWORK_MODULES.has(bare) && (source.startsWith('node:') || builtinModules.includes(bare) || bare === 'undici');
}

function isProcessModule(source) {
  const bare = source.startsWith('node:') ? source.slice(5) : source;
  return PROCESS_MODULES.has(bare);
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Main and preload code may not open network connections.' },
    messages: {
      module: "'{{name}}' can open network connections; the app must never send data off the device.",
      electronNet: "Electron's `net` module can open network connections; the app must never send data off the device.",
      global: "'{{name}}' can send data off the device; the main and preload processes never use it.",
      process: "'{{name}}' starts another process or thread, which could send data off the device; the main process never needs one.",
      electronBanned: "Electron's `{{name}}` can reach the network outside the app's lock-down; the main process never uses it.",
      call: "'{{name}}' downloads a file or hands an address to another program; the app never does.",
      computed: 'A computed member of electron can hide `net` or `utilityProcess`: name the member.',
    },
    schema: [],
  },
  create(context) {
    /** Names the module 'electron' is imported under (import * as e / import e from). */
    const electronNames = new Set(['electron']);
    function checkSource(node, source) {
      if (typeof source === 'string' && isNetworkModule(source)) context.report({ node, messageId: 'module', data: { name: source } });
      if (typeof source === 'string' && isProcessModule(source)) context.report({ node, messageId: 'process', data: { name: source } });
    }
    return {
      ImportDeclaration(node) {
        checkSource(node, node.source.value);
        if (node.source.value === 'electron') {
          for (const spec of node.specifiers) {
            if (spec.type === 'ImportSpecifier' && spec.imported.name === 'net') context.report({ node: spec, messageId: 'electronNet' });
            else if (spec.type === 'ImportSpecifier' && ELECTRON_BANNED.has(spec.imported.name)) context.report({ node: spec, messageId: 'electronBanned', data: { name: spec.imported.name } });
            if (spec.type === 'ImportNamespaceSpecifier' || spec.type === 'ImportDefaultSpecifier') electronNames.add(spec.local.name);
          }
        }
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') checkSource(node, node.source.value);
      },
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          checkSource(node, node.arguments[0].value);
        }
      },
      ExportNamedDeclaration(node) {
        if (node.source) checkSource(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        checkSource(node, node.source.value);
      },
      MemberExpression(node) {
        const onElectron = node.object.type === 'Identifier' && electronNames.has(node.object.name);
        // electron.net / (await import('electron')).net
        if (!node.computed && node.property.name === 'net' && onElectron) {
          context.report({ node, messageId: 'electronNet' });
        }
        if (!node.computed && node.property.name === 'utilityProcess' && onElectron) {
          context.report({ node, messageId: 'electronBanned', data: { name: 'utilityProcess' } });
        }
        // electron['net'], electron[name]
        if (node.computed && onElectron) context.report({ node, messageId: 'computed' });
        // webContents.downloadURL(…), shell.openExternal(…), shell.openPath(…)
        if (!node.computed && node.property.type === 'Identifier' && BANNED_CALLS.has(node.property.name)) {
          context.report({ node, messageId: 'call', data: { name: node.property.name } });
        }
        // globalThis.fetch, self.WebSocket, …
        if (!node.computed && NETWORK_GLOBALS.has(node.property.name) && node.object.type === 'Identifier' && GLOBAL_OBJECTS.has(node.object.name)) {
          context.report({ node, messageId: 'global', data: { name: node.property.name } });
        }
      },
      'Program:exit'(program) {
        const scope = context.sourceCode.getScope(program);
        // Undeclared globals reach here through `through`. Globals declared by the config
        // (globals.node has fetch and WebSocket since Node 21) resolve to a global-scope
        // variable without a definition in the file, so they are checked there.
        const references = [
          ...scope.through,
          ...scope.variables.filter((v) => v.defs.length === 0).flatMap((v) => v.references),
        ];
        for (const ref of references) {
          if (NETWORK_GLOBALS.has(ref.identifier.name)) {
            context.report({ node: ref.identifier, messageId: 'global', data: { name: ref.identifier.name } });
          }
        }
      },
    };
  },
};

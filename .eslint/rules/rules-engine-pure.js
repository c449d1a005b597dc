// The rules engine is shared by the renderer, the main process and the CLI, and is
// reviewed like law: it may import only its own files and its schema library (zod).
// No I/O, no Electron, no React, no Node built-ins.
import path from 'node:path';

const ALLOWED_PACKAGES = new Set(['zod']);

export default {
  meta: {
    type: 'problem',
    docs: { description: 'rules/ engine code may import only files inside rules/ and zod.' },
    messages: {
      outside: "The rules engine may import only its own files and 'zod', not '{{name}}'.",
    },
    schema: [],
  },
  create(context) {
    const filename = context.filename;
    const rulesRoot = path.resolve(context.cwd, 'rules');
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(filename), source);
        if (target === rulesRoot || target.startsWith(rulesRoot + path.sep)) return;
      } else if (ALLOWED_PACKAGES.has(source) || [...ALLOWED_PACKAGES].some((p) => source.startsWith(p + '/'))) {
        return;
      }
      context.report({ node, messageId: 'outside', data: { name: source } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : '<dynamic>'),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
    };
  },
};

// The project's own lint rules (Signal-Desktop style: process boundaries are enforced by
// rules that have tests, not by convention). Tests: test/lint/*.test.ts.
import noNetworkInMain from './rules/no-network-in-main.js';
import rulesEnginePure from './rules/rules-engine-pure.js';

export default {
  meta: { name: 'medicaid-data-notice' },
  rules: {
    'no-network-in-main': noNetworkInMain,
    'rules-engine-pure': rulesEnginePure,
  },
};

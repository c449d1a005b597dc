// The bundle the app ships with, assembled from the reviewed data files. Pure (static JSON
// imports, no I/O), so Vite bundles it into the Electron main process and the preview,
// and the tests import it directly. `npm run rules -- validate` checks the same files.
import type { Bundle } from '../schema/bundle.ts';
import meta from './meta.json' with { type: 'json' };
import sources from './sources.json' with { type: 'json' };
import sets from './sets.json' with { type: 'json' };
import rules from './rules.json' with { type: 'json' };
import notes from './notes.json' with { type: 'json' };
import events from './events.json' with { type: 'json' };
import disclosures from './disclosures.json' with { type: 'json' };
import household from './household.json' with { type: 'json' };
import questions from './questions.json' with { type: 'json' };
import help from './help.json' with { type: 'json' };
import steps from './steps.json' with { type: 'json' };

export const shippedBundle = { ...meta, sources, sets, rules, notes, events, disclosures, household, questions, help, steps } as Bundle;

// Entry point of the main process (built to out/electron/main.js). All logic is in
// app.ts and the modules it composes, which are tested with a mocked `electron`.
import { app } from 'electron';
import { startApp } from './app.ts';
import { logEvent } from './log.ts';

startApp().catch((error: unknown) => {
  // Start-up errors carry no user input (nothing has been asked yet).
  logEvent('start-failed', error instanceof Error ? error.message : String(error));
  app.exit(1);
});

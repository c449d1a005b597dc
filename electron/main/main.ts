// Entry point of the main process (built to out/electron/main.js). All logic is in
// app.ts and the modules it composes, which are tested with a mocked `electron`.
import { startApp } from './app.ts';

void startApp();

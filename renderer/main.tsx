// The page's entry. The first screen is already in the HTML (boot/prerender.tsx): the app's
// code is evaluated after that screen's first paint, not before it. Evaluating React and
// the app takes the main thread for tens of ms on a 2-core PC, and a script that is ready
// before the first frame runs first and holds the paint back (npm run bench). The code is
// fetched after that frame too: naming it as a module preload slowed the paint (bench).
// The font every screen needs (Latin, Cyrillic, Greek, Vietnamese; the first screen's faces
// of it, and the language names' cut fonts, come as bytes in a script in the page's head:
// vite.config.ts), and the classes that give each language name its cut font.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles/app.css';
import './styles/print.css';
import 'virtual:autonym-classes.css';
import { rememberEarlyTap } from './boot/earlyTap.ts';
import { fetchPreviewApiIfUsed } from './api/resolveApi.ts';

rememberEarlyTap();
await new Promise<void>((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
fetchPreviewApiIfUsed();
await import('./boot/start.tsx');

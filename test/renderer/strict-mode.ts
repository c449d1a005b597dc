// Every component test renders under React's StrictMode (double-invoked renders and
// effects), as the app does in development.
import { configure } from '@testing-library/react';

configure({ reactStrictMode: true });

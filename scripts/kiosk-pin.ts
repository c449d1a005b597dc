// `npm run --silent kiosk-pin` prints the "exitPin" entry for a kiosk config: a random salt,
// the scrypt cost and the hash of the PIN. Only the hash goes into kiosk.json.
//
// The PIN is never an argument (security review L12: it would stay in the shell's history
// and show in `ps` to other users of the computer). At a terminal it is asked for twice,
// without echo; otherwise it is read from the first line of stdin
// (`printf '%s\n' "$PIN" | npm run --silent kiosk-pin`). The prompts go to stderr, so
// stdout holds only the JSON.
import { hashPin, isValidPin, PIN_RULE } from '../electron/main/kiosk-pin.ts';

const USAGE = `Usage: npm run --silent kiosk-pin   (asks for the PIN; or pipe it in on stdin). ${PIN_RULE}`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** One line typed at the terminal, shown as nothing. */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const done = (value: string | undefined) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (value === undefined) process.exit(130);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done(typed);
        if (ch === '\u0003' || ch === '\u0004') return done(undefined); // Ctrl+C, Ctrl+D
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function firstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0]!.trim();
}

async function readPin(): Promise<string> {
  if (!process.stdin.isTTY) return firstLineOfStdin();
  const pin = await askHidden(`Staff PIN (${PIN_RULE.replace(/^A staff PIN is |\.$/g, '')}): `);
  if (!isValidPin(pin)) fail(PIN_RULE);
  if ((await askHidden('The same PIN again: ')) !== pin) fail('The two PINs differ; nothing was made.');
  return pin;
}

if (process.argv.length > 2) {
  fail(`The PIN is never given as an argument: it would stay in the shell's history. ${USAGE}`);
}
const pin = await readPin();
if (!isValidPin(pin)) fail(`${PIN_RULE} ${USAGE}`);
console.log(JSON.stringify({ exitPin: hashPin(pin) }, null, 2));

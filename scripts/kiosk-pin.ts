// `npm run kiosk-pin -- <PIN>` prints the "exitPin" entry for a kiosk config: a random
// salt and the scrypt hash of the PIN. Only the hash goes into kiosk.json.
import { hashPin, PIN_PATTERN } from '../electron/main/kiosk-pin.ts';

const pin = process.argv[2];
if (!pin || !PIN_PATTERN.test(pin)) {
  console.error('Usage: npm run kiosk-pin -- <PIN>   (a staff PIN is 4 to 12 digits)');
  process.exit(2);
}
console.log(JSON.stringify({ exitPin: hashPin(pin) }, null, 2));

// Bundle files made to hurt the verifier, as the security review built them (§4.1: cases 06,
// 06c and 14). Built as text: JSON.stringify itself would overflow the stack on them.
import { createPrivateKey, createPublicKey, sign } from 'node:crypto';
import { shippedBundle } from '../../rules/data/index.ts';
import { canonicalJson } from '../../rules/engine/index.ts';
import { BUNDLE_PAYLOAD_TYPE, keyIdOf, preAuthEncoding } from '../../rules/signing.ts';

/** `depth` nested arrays, as a value (built without recursion). */
export function deeplyNested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

/** `depth` nested arrays, as JSON text. */
export function deeplyNestedText(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** A format-1 file (payload as an object) whose payload nests `depth` deep: the file that
 * crashed `rules verify` with a stack trace and stopped the app from starting (L1). */
export function deepPayloadV1(depth: number): Buffer {
  return Buffer.from(`{"payload":{"version":"9.9.9","x":${deeplyNestedText(depth)}},"signatures":[{"keyId":"0123456789abcdef","algorithm":"ed25519","value":"AAAA"}]}`);
}

/** A format-2 envelope around any payload text, signed by `privatePem`. */
export function signRaw(payloadText: string, privatePem: string): Buffer {
  const privateKey = createPrivateKey(privatePem);
  const payload = Buffer.from(payloadText);
  const value = sign(null, preAuthEncoding(BUNDLE_PAYLOAD_TYPE, payload), privateKey).toString('base64');
  return Buffer.from(JSON.stringify({ payloadType: BUNDLE_PAYLOAD_TYPE, payload: payload.toString('base64'), signatures: [{ keyId: keyIdOf(createPublicKey(privateKey)), algorithm: 'ed25519', value }] }));
}

const bogus = Buffer.alloc(64, 7).toString('base64');

/** The shipped rules with `count` bogus signatures that all claim `keyId` (review case 14:
 * 32,000 of them kept the main process busy 5.4 s), in format 2 or in the old format 1. */
export function manySignatures(count: number, keyId: string, format: 1 | 2 = 2): Buffer {
  const signatures = `[${Array.from({ length: count }, () => `{"keyId":"${keyId}","algorithm":"ed25519","value":"${bogus}"}`).join(',')}]`;
  const payload = format === 2
    ? `"payloadType":${JSON.stringify(BUNDLE_PAYLOAD_TYPE)},"payload":"${Buffer.from(canonicalJson(shippedBundle)).toString('base64')}"`
    : `"payload":${canonicalJson(shippedBundle)}`;
  return Buffer.from(`{${payload},"signatures":${signatures}}`);
}

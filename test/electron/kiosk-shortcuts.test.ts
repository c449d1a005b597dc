import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { blockKioskShortcuts, isBlockedKioskShortcut } from '../../electron/main/kiosk-shortcuts.ts';

const key = (k: string, mods: Partial<{ control: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) =>
  ({ type: 'keyDown', key: k, control: false, meta: false, shift: false, alt: false, ...mods });

describe('kiosk shortcuts', () => {
  it.each([
    ['Ctrl+R', key('r', { control: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Cmd+Shift+R', key('R', { meta: true, shift: true })],
    ['F5', key('F5')],
    ['Shift+F5', key('F5', { shift: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Cmd+Shift+I', key('I', { meta: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['F12', key('F12')],
    ['F11', key('F11')],
    ['Ctrl++', key('+', { control: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Cmd+0', key('0', { meta: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Cmd+Q', key('q', { meta: true })],
    ['Alt+F4', key('F4', { alt: true })],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedKioskShortcut(input)).toBe(true);
  });

  it.each([
    ['r', key('r')],
    ['R', key('R', { shift: true })],
    ['Tab', key('Tab')],
    ['Enter', key('Enter')],
    ['digit', key('4')],
    ['Ctrl+C (copy)', key('c', { control: true })],
    ['F4 alone', key('F4')],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedKioskShortcut(input)).toBe(false);
  });

  it('ignores key-up events', () => {
    expect(isBlockedKioskShortcut({ ...key('F5'), type: 'keyUp' })).toBe(false);
  });

  it('prevents the blocked keys in before-input-event', () => {
    const contents = new EventEmitter();
    blockKioskShortcuts(contents as never);
    const blocked = { preventDefault: vi.fn() };
    contents.emit('before-input-event', blocked, key('F5'));
    expect(blocked.preventDefault).toHaveBeenCalled();
    const typed = { preventDefault: vi.fn() };
    contents.emit('before-input-event', typed, key('a'));
    expect(typed.preventDefault).not.toHaveBeenCalled();
  });
});

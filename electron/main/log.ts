// The main process logs only start-up and security events, to stderr, never to a file, and
// never anything the user chose or was told (brief §6 "nothing kept"). The event names are
// a closed list so a query or an answer cannot slip into a log line by accident.
export type LogEvent =
  | 'start'
  | 'start-failed'
  | 'refused-switch'
  | 'blocked-request'
  | 'blocked-navigation'
  | 'blocked-window-open'
  | 'blocked-webview'
  | 'blocked-download'
  | 'denied-permission'
  | 'rejected-ipc-sender'
  | 'rejected-ipc-arguments'
  | 'kiosk-config-warning'
  | 'kiosk-needs-staff'
  | 'kiosk-close-refused'
  | 'kiosk-pin-locked'
  | 'kiosk-session-reset'
  | 'rules-fallback-to-shipped'
  | 'preload-error'
  | 'renderer-gone';

export function logEvent(event: LogEvent, detail?: string): void {
  console.warn(`[medicaid-data-notice] ${event}${detail ? `: ${detail}` : ''}`);
}

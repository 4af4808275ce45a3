// The port custom functions ask the world through: the spreadsheet's zone, its Configuración rows, the clock.
import { Cell } from '../core/parse';

/** The project's zone when no spreadsheet is there to give one (tests, benchmark). */
export const DEFAULT_TIME_ZONE = 'America/Mexico_City';

export interface Host {
  /** The spreadsheet's time zone (an IANA name). */
  timeZone(): string;
  /** The rows of the Configuración sheet (columns A:B), or none when there is no such sheet. */
  configRows(): Cell[][];
  /** The current instant. */
  now(): Date;
}

/** A host without a spreadsheet: the default zone, no Configuración, the machine's clock. */
export const bareHost: Host = {
  timeZone: () => DEFAULT_TIME_ZONE,
  configRows: () => [],
  now: () => new Date(),
};

let current: Host = bareHost;

/** Wires the host every later custom-function call asks (src/server.ts: the Apps Script one). */
export function useHost(h: Host): void {
  current = h;
}

/** The host of this execution. */
export function host(): Host {
  return current;
}

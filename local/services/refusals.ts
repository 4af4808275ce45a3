// Apps Script's words when it refuses a call: a leaf, so the services that refuse and the execution check share them.

/** Apps Script's text for a call whose scopes the manifest lacks: one scope bare, several as (a || b). */
export function permissionText(name: string, scopes: readonly string[]): string {
  return `You do not have permission to call ${name}. Required permissions: ${scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`}`;
}

/** What Sheets says when a custom function writes: the method's bare name, no scopes (it has them, but may only read). */
export const writeRefusal = (method: string) => `You do not have permission to call ${method}`;

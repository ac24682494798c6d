/** What a credential allows: a curator writes facts, an admin also manages tokens and merges. */
export const ROLES = ['curator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who sends this request, once its credential is checked. */
export interface Viewer {
  name: string;
  /** Null for an identity-provider user the provider gives no write role. */
  role: Role | null;
  via: 'token' | 'jwt';
}

/** The scope-auth scopes a viewer holds: admin implies curator. */
export function scopesOf(viewer: Viewer | null): { curator: boolean; admin: boolean } {
  const role = viewer?.role ?? null;
  return { curator: role === 'curator' || role === 'admin', admin: role === 'admin' };
}

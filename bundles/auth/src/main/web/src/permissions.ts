// What an API token may be scoped to: the permissions the account's roles grant. The server's
// org.parley.auth.internal.account.RolePermissions is the authority (it refuses anything the owner does not hold);
// this list only offers the sensible choices, with words a person understands.

const DESCRIPTIONS: Record<string, string> = {
  '*': 'Everything you can do (full administrator access)',
  'account:self': 'Your own account',
  'audit:read': 'Read the audit trail',
  'audit:export': 'Export the audit trail',
  'audit:verify': 'Verify the audit trail',
  'health:read': 'Read health details',
  'meetings:*': 'Create and run meetings',
  'meetings:join': 'Join meetings',
  'settings:read': 'Read settings',
  'settings:write': 'Change settings',
  'system:read': 'Read system state',
  'system:write': 'Deploy and manage bundles',
  'users:read': 'List users',
  'users:write': 'Manage users',
};

const GRANTS: Record<string, string[]> = {
  admin: Object.keys(DESCRIPTIONS).filter((p) => p !== 'account:self'),
  auditor: ['audit:read', 'audit:export', 'audit:verify', 'system:read', 'settings:read', 'health:read'],
  host: ['meetings:*'],
  member: ['meetings:join'],
};

export interface Choice {
  permission: string;
  description: string;
}

export function tokenChoices(roles: string[]): Choice[] {
  const permissions = new Set<string>();
  for (const role of roles) {
    (GRANTS[role] ?? []).forEach((p) => permissions.add(p));
  }
  permissions.add('account:self');
  return [...permissions].map((permission) => ({ permission, description: DESCRIPTIONS[permission] ?? permission }));
}

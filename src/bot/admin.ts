import { PermissionFlagsBits } from 'discord.js';

/** Admins: members with Manage Server in the guild, or users listed in ADMIN_USER_IDS (also in DMs). */
export function isAdmin(p: { userId: string; permissions: bigint | null; adminUserIds: readonly string[] }): boolean {
  if (p.adminUserIds.includes(p.userId)) return true;
  return p.permissions !== null && (p.permissions & PermissionFlagsBits.ManageGuild) === PermissionFlagsBits.ManageGuild;
}

import { z } from 'zod';

/** Creator tiers by audience size, smallest first. */
export const CREATOR_TIERS = ['nano', 'micro', 'mid', 'macro', 'mega'] as const;

/** How a creator was found: through the team's existing network, or by cold outreach. */
export const SOURCING_CHANNELS = ['existing_network', 'cold_outreach'] as const;

/** A creator of a campaign: the optional dimension facts refer to by `creator_id`. */
export const creatorSchema = z.object({
	id: z.string().min(1).max(200),
	handle: z.string().min(1).max(200),
	market: z.string().regex(/^[A-Z]{2}$/),
	platform: z.string().regex(/^[a-z0-9_]+$/),
	followers: z.number().int().nonnegative().nullable(),
	tier: z.enum(CREATOR_TIERS).nullable(),
	sourcing: z.enum(SOURCING_CHANNELS).nullable()
});
export type Creator = z.infer<typeof creatorSchema>;

import { z } from 'zod';

/**
 * The canonical facts schema: one row per period × market and any of platform, creator,
 * content item and variant. Every import maps its columns onto these names.
 */

/** Dimension columns a file may map onto; `date` and `market` are required for every row. */
export const DIMENSIONS = [
	'date',
	'market',
	'platform',
	'creator_id',
	'content_id',
	'variant'
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Measures that add up over rows and over time. */
export const ADDITIVE_MEASURES = [
	'impressions',
	'views',
	'likes',
	'comments',
	'shares',
	'saves',
	'clicks',
	'conversions',
	'spend',
	'revenue'
] as const;
export type AdditiveMeasure = (typeof ADDITIVE_MEASURES)[number];

/** Measures that are a state at a moment: never summed over time (count each item once). */
export const SNAPSHOT_MEASURES = ['reach', 'followers'] as const;
export type SnapshotMeasure = (typeof SNAPSHOT_MEASURES)[number];

export const MEASURES = [...ADDITIVE_MEASURES, ...SNAPSHOT_MEASURES] as const;
export type Measure = (typeof MEASURES)[number];

/** Measures in money; they carry a currency. */
export const MONEY_MEASURES = ['spend', 'revenue'] as const satisfies readonly Measure[];

/** Every field a source column can be mapped to (`currency` names the money columns' currency). */
export const CANONICAL_FIELDS = [...DIMENSIONS, ...MEASURES, 'currency'] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];
export const canonicalFieldSchema = z.enum(CANONICAL_FIELDS);

/** How much time one row covers. `period` is a file-wide total given a date by the user. */
export const GRAINS = ['day', 'week', 'lifetime', 'period'] as const;
export type Grain = (typeof GRAINS)[number];

/** Platforms Parallax recognises an export of. */
export const PLATFORMS = [
	'meta_ads',
	'tiktok_ads',
	'google_ads',
	'youtube_studio',
	'instagram',
	'generic'
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** True for a measure that must not be summed over time. */
export function isSnapshotMeasure(name: string): name is SnapshotMeasure {
	return (SNAPSHOT_MEASURES as readonly string[]).includes(name);
}

/**
 * Roles a source column can take besides the canonical fields: when the post was published
 * (Instagram, YouTube and TikTok content exports) and the reporting window a row covers
 * (Meta's "Reporting starts" / "Reporting ends").
 */
export const AUXILIARY_FIELDS = ['published_at', 'period_start', 'period_end'] as const;
export type AuxiliaryField = (typeof AUXILIARY_FIELDS)[number];

/** Everything a source header can be mapped to. */
export const MAPPABLE_FIELDS = [...CANONICAL_FIELDS, ...AUXILIARY_FIELDS] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
export const mappableFieldSchema = z.enum(MAPPABLE_FIELDS);

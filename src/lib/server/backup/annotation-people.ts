/**
 * Rewrites the people an annotation's content names through `to`: the account of each
 * disagreement position and whoever settled it. Everything else, key order included, stays.
 * A backup names people by email and an install by account id; this turns one into the other.
 */
export function mapAnnotationPeople(
	content: Record<string, unknown>,
	to: (person: string) => string
): Record<string, unknown> {
	const mapped = { ...content };
	if (Array.isArray(content.positions)) {
		mapped.positions = content.positions.map((position: Record<string, unknown>) =>
			typeof position.accountId === 'string'
				? { ...position, accountId: to(position.accountId) }
				: position
		);
	}
	const resolution = content.resolution as Record<string, unknown> | null | undefined;
	if (resolution && typeof resolution.by === 'string') {
		mapped.resolution = { ...resolution, by: to(resolution.by) };
	}
	return mapped;
}

/** A piece of a message: its own words, or the place of one of its values. */
export type MessagePart<Slot extends string> = { text: string } | { slot: Slot };

/**
 * A message cut at the places of some of its values, so that a page can wrap each value in
 * markup (a <code>, a <strong>) wherever the reader's language puts it. `render` words the
 * message with the stand-ins it is given in those places.
 */
export function messageParts<Slot extends string>(
	render: (standIns: Record<Slot, string>) => string,
	slots: readonly Slot[]
): MessagePart<Slot>[] {
	// Private-use characters never occur in a message, so a stand-in cannot be taken for words.
	const standIns = Object.fromEntries(
		slots.map((slot, index) => [slot, `\uE000${index}\uE001`])
	) as Record<Slot, string>;
	return render(standIns)
		.split(/\uE000(\d+)\uE001/)
		.flatMap((piece, index): MessagePart<Slot>[] => {
			if (index % 2 === 1) return [{ slot: slots[Number(piece)]! }];
			return piece === '' ? [] : [{ text: piece }];
		});
}

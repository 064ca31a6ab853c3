import { DataType, type Table, type Field } from 'apache-arrow';
import type { Row } from './engine';

type Convert = (value: unknown) => number | string | boolean | null;

const MS_PER_DAY = 86_400_000;

/** Converts an Arrow table to rows of plain JS values with the scale of every number applied. */
export function toRows<T extends Row = Row>(table: Table): T[] {
	const fields = table.schema.fields;
	const converters = fields.map(converterFor);
	const columns = fields.map((_, i) => table.getChildAt(i));
	const rows: T[] = new Array(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Row = {};
		for (let c = 0; c < fields.length; c++) {
			const value = columns[c]?.get(r);
			row[fields[c]!.name] = value === null || value === undefined ? null : converters[c]!(value);
		}
		rows[r] = row as T;
	}
	return rows;
}

function converterFor(field: Field): Convert {
	const type = field.type;
	if (DataType.isDecimal(type)) return decimalToNumber(type.scale);
	if (DataType.isInt(type)) return (v) => Number(v);
	if (DataType.isFloat(type)) return (v) => Number(v);
	if (DataType.isBool(type)) return (v) => Boolean(v);
	if (DataType.isDate(type)) return (v) => toIsoDate(Number(v instanceof Date ? v.getTime() : v));
	if (DataType.isTimestamp(type)) return (v) => toIsoDateTime(timestampMs(v, type.unit));
	if (DataType.isUtf8(type)) return (v) => String(v);
	return (v) => String(v);
}

/**
 * DuckDB hands DECIMAL values to Arrow as unscaled integers (a DECIMAL(10,2) 1.5 arrives
 * as 150), sometimes as a 4-word Uint32Array; both are scaled back here.
 */
function decimalToNumber(scale: number): Convert {
	const divisor = 10 ** scale;
	return (v) => {
		if (typeof v === 'number') return v / divisor;
		if (typeof v === 'bigint') return Number(v) / divisor;
		if (v instanceof Uint32Array) return wordsToNumber(v) / divisor;
		return Number(String(v)) / divisor;
	};
}

function wordsToNumber(words: Uint32Array): number {
	// Little-endian 32-bit words of a two's-complement integer.
	let value = 0n;
	for (let i = words.length - 1; i >= 0; i--) value = (value << 32n) | BigInt(words[i]!);
	const bits = BigInt(words.length * 32);
	if (value >> (bits - 1n)) value -= 1n << bits;
	return Number(value);
}

function timestampMs(value: unknown, unit: number): number {
	const n = typeof value === 'bigint' ? Number(value) : Number(value);
	// Arrow TimeUnit: 0 second, 1 millisecond, 2 microsecond, 3 nanosecond. apache-arrow
	// already converts to milliseconds for the JS getter, so `n` is ms in practice.
	return unit === 0 && n < 1e11 ? n * 1000 : n;
}

function toIsoDate(ms: number): string {
	return new Date(Math.round(ms / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
}

function toIsoDateTime(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19);
}

#!/usr/bin/python3
"""Independent reference outcomes for importing the real public datasets.

Reads the raw bytes of the files described in the datasets folder's PROVENANCE.md,
applies the import rules written in tests/real/README.md with its own code (no Parallax
code is read or run), and writes tests/real/expected.json, which the TypeScript tests
compare the import against.

Run with Debian's Python (pandas 1.5 is used only for a second, independent reading):

    /usr/bin/python3 tests/real/reference.py [DATASETS_DIR]

DATASETS_DIR defaults to $PARALLAX_REAL_DATA, else ../shared/datasets/real relative to
the repository root. Sums are exact (decimal.Decimal) and written as JSON numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Callable

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_FILE = Path(__file__).resolve().parent / 'expected.json'

DIMENSIONS = ('date', 'market', 'platform', 'creator_id', 'content_id', 'variant')
ADDITIVE_MEASURES = (
	'impressions', 'views', 'likes', 'comments', 'shares', 'saves',
	'clicks', 'conversions', 'spend', 'revenue',
)
SNAPSHOT_MEASURES = ('reach', 'followers')
MEASURES = ADDITIVE_MEASURES + SNAPSHOT_MEASURES

# Cell texts that mean "no value" for a measure: not a reject.
PLACEHOLDERS = {'', '--', '—', 'n/a', 'nan', 'null'}

PT_MONTHS = {
	'janeiro': 1, 'fevereiro': 2, 'março': 3, 'abril': 4, 'maio': 5, 'junho': 6,
	'julho': 7, 'agosto': 8, 'setembro': 9, 'outubro': 10, 'novembro': 11, 'dezembro': 12,
}
PT_MONTH_ABBR = {
	'jan': 1, 'fev': 2, 'mar': 3, 'abr': 4, 'mai': 5, 'jun': 6,
	'jul': 7, 'ago': 8, 'set': 9, 'out': 10, 'nov': 11, 'dez': 12,
}
# Monday = 0, as datetime.date.weekday() counts.
PT_WEEKDAY_ABBR = {'seg': 0, 'ter': 1, 'qua': 2, 'qui': 3, 'sex': 4, 'sáb': 5, 'dom': 6}

CURRENCY_SYMBOLS = {'R$': 'BRL', 'US$': 'USD', '$': None, '€': 'EUR'}
ABBREVIATIONS = {'k': Decimal(10) ** 3, 'm': Decimal(10) ** 6, 'b': Decimal(10) ** 9}


# ---------------------------------------------------------------------------------------
# Decoding and sniffing
# ---------------------------------------------------------------------------------------

def decode(raw: bytes) -> tuple[str, str, bool]:
	"""Return (text, encoding, bom). BOM first; else strict UTF-8; else Windows-1252."""
	if raw.startswith(b'\xef\xbb\xbf'):
		return raw[3:].decode('utf-8'), 'utf-8', True
	if raw.startswith(b'\xff\xfe'):
		return raw[2:].decode('utf-16-le'), 'utf-16le', True
	if raw.startswith(b'\xfe\xff'):
		return raw[2:].decode('utf-16-be'), 'utf-16be', True
	try:
		return raw.decode('utf-8'), 'utf-8', False
	except UnicodeDecodeError:
		return raw.decode('cp1252'), 'windows-1252', False


def read_records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
	"""CSV records with the 1-based physical line each one starts on (quoted newlines count)."""
	reader = csv.reader(io.StringIO(text, newline=''), delimiter=delimiter)
	records = []
	previous_end = 0
	for cells in reader:
		records.append((previous_end + 1, cells))
		previous_end = reader.line_num
	return records


def detect_delimiter(text: str) -> str:
	"""The candidate giving the most lines with one and the same field count (> 1)."""
	sample = '\n'.join(text.splitlines()[:200])
	best, best_score = ',', (-1, -1)
	for candidate in (',', ';', '\t'):
		counts = Counter(len(c) for _, c in read_records(sample, candidate) if c)
		width, frequency = counts.most_common(1)[0]
		score = (frequency, width) if width > 1 else (0, 0)
		if score > best_score:
			best, best_score = candidate, score
	return best


def find_header(records: list[tuple[int, list[str]]]) -> int:
	"""Index of the header: the first record as wide as the most common record width."""
	widths = Counter(len(c) for _, c in records if c)
	width = widths.most_common(1)[0][0]
	return next(i for i, (_, c) in enumerate(records) if len(c) == width)


NUMERIC_SHAPE = re.compile(r'^[-+(]?\d[\d.,]*\)?$')


def detect_decimal(rows: list[list[str]]) -> str:
	"""Decimal mark from every numeric-looking cell: the last separator decides only when
	it is not followed by exactly three digits (`4.960` and `1,234` say nothing)."""
	votes = Counter()
	for cells in rows:
		for cell in cells:
			core = strip_decorations(cell)[0]
			if not NUMERIC_SHAPE.match(core):
				continue
			last = max(core.rfind('.'), core.rfind(','))
			if last < 0:
				continue
			digits_after = len(re.match(r'\d*', core[last + 1:]).group(0))
			if digits_after != 3:
				votes[core[last]] += 1
	if not votes:
		return '.'
	(mark, _), = votes.most_common(1)
	return mark


# ---------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------

class BadValue(Exception):
	"""A cell that cannot be read; `kind` is the reject reason."""

	def __init__(self, kind: str):
		super().__init__(kind)
		self.kind = kind


def strip_decorations(cell: str) -> tuple[str, str | None, bool, Decimal]:
	"""Remove whitespace (incl. no-break space), a currency prefix, a percent sign and a
	k/m/b suffix. Returns (core, currency, is_percent, multiplier)."""
	text = cell.replace('\u00a0', ' ').strip()
	currency = None
	for symbol, code in CURRENCY_SYMBOLS.items():
		if text.startswith(symbol):
			text, currency = text[len(symbol):].strip(), code
			break
	percent = text.endswith('%')
	if percent:
		text = text[:-1].strip()
	multiplier = Decimal(1)
	if text and text[-1].lower() in ABBREVIATIONS and re.match(r'^[-\d.,]+$', text[:-1]):
		multiplier = ABBREVIATIONS[text[-1].lower()]
		text = text[:-1]
	return text, currency, percent, multiplier


INDIAN_GROUPS = re.compile(r'^\d{1,2}(?:,\d{2})*,\d{3}$')


def parse_number(cell: str, decimal: str) -> tuple[Decimal | None, str | None]:
	"""Parse a measure cell. Returns (value or None when it is a placeholder, currency).
	Raises BadValue('invalid_number') for text that is no number."""
	if cell.replace('\u00a0', ' ').strip().lower() in PLACEHOLDERS:
		return None, None
	core, currency, percent, multiplier = strip_decorations(cell)
	negative = False
	if core.startswith('(') and core.endswith(')'):
		core, negative = core[1:-1], True
	if core.startswith('-'):
		core, negative = core[1:], not negative
	elif core.startswith('+'):
		core = core[1:]
	thousands = ',' if decimal == '.' else '.'
	integer_part, _, fraction = core.partition(decimal)
	if not re.fullmatch(r'\d*', fraction) or (not integer_part and not fraction):
		raise BadValue('invalid_number')
	if thousands in integer_part:
		western = re.fullmatch(r'\d{1,3}(?:' + re.escape(thousands) + r'\d{3})+', integer_part)
		indian = thousands == ',' and INDIAN_GROUPS.match(integer_part)
		if not (western or indian):
			raise BadValue('invalid_number')
		integer_part = integer_part.replace(thousands, '')
	if not re.fullmatch(r'\d*', integer_part):
		raise BadValue('invalid_number')
	value = Decimal(f'{integer_part or 0}.{fraction or 0}') * multiplier
	if percent:
		value /= 100
	return (-value if negative else value), currency


def parse_iso_date(cell: str) -> dt.date:
	"""`YYYY-MM-DD`, optionally followed by a time (the date part is taken)."""
	match = re.match(r'^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+)?$', cell.strip())
	if not match:
		raise BadValue('invalid_date')
	try:
		return dt.date(*map(int, match.groups()))
	except ValueError as error:
		raise BadValue('invalid_date') from error


def parse_pt_long_date(cell: str) -> dt.date:
	"""`1 de junho de 2025` (Google Ads pt-BR reported range)."""
	match = re.match(r'^(\d{1,2}) de (\w+) de (\d{4})$', cell.strip())
	if not match or match.group(2).lower() not in PT_MONTHS:
		raise BadValue('invalid_date')
	return dt.date(int(match.group(3)), PT_MONTHS[match.group(2).lower()], int(match.group(1)))


def parse_pt_weekday_date(cell: str) -> dt.date:
	"""`ter., 5 de mai. de 2026` (Google Ads pt-BR daily). The weekday must agree."""
	match = re.match(r'^(\w+)\.?, (\d{1,2}) de (\w+)\.? de (\d{4})$', cell.strip())
	if not match:
		raise BadValue('invalid_date')
	weekday, day, month, year = match.groups()
	if month.lower() not in PT_MONTH_ABBR or weekday.lower() not in PT_WEEKDAY_ABBR:
		raise BadValue('invalid_date')
	date = dt.date(int(year), PT_MONTH_ABBR[month.lower()], int(day))
	if date.weekday() != PT_WEEKDAY_ABBR[weekday.lower()]:
		raise BadValue('invalid_date')
	return date


def parse_reported_range(line: str) -> tuple[dt.date, dt.date]:
	"""`1 de junho de 2025 - 30 de junho de 2025`."""
	start, end = line.split(' - ')
	return parse_pt_long_date(start), parse_pt_long_date(end)


# ---------------------------------------------------------------------------------------
# One import
# ---------------------------------------------------------------------------------------

@dataclass
class Spec:
	"""How one file is imported: its options and its column mapping (header -> field)."""

	path: str
	market: str
	mapping: dict[str, str]
	parse_date: Callable[[str], dt.date] = parse_iso_date
	date_option: str | None = None
	grain: str = 'day'
	# Google Ads: the line before the header names the window the rows are cut to.
	reported_range_line: bool = False
	# Lines whose loaded row is written out in full (besides the first and last one).
	spot_lines: tuple[int, ...] = ()


@dataclass
class LoadedRow:
	"""A row as it enters the campaign."""

	line: int
	date: dt.date
	period_start: dt.date | None
	period_end: dt.date | None
	key: tuple
	measures: dict[str, Decimal] = field(default_factory=dict)


def is_total_cell(cell: str) -> bool:
	"""`Total` alone or `Total: …` — not a name like `Total Gaming` (a YouTube channel)."""
	text = cell.strip()
	return bool(re.match(r'^total(:|$)', text, re.IGNORECASE))


def import_file(root: Path, spec: Spec) -> tuple[dict, list[LoadedRow]]:
	"""Read one file under the rules of README.md; return its report and its loaded rows."""
	raw = (root / spec.path).read_bytes()
	text, encoding, bom = decode(raw)
	delimiter = detect_delimiter(text)
	records = read_records(text, delimiter)
	header_index = find_header(records)
	header_line, header = records[header_index]
	data = [(line, cells) for line, cells in records[header_index + 1:] if cells]
	decimal = detect_decimal([cells for _, cells in data])

	reported_range = None
	if spec.reported_range_line:
		reported_range = parse_reported_range(records[header_index - 1][1][0])

	missing = [h for h in spec.mapping if h not in header]
	assert not missing, f'{spec.path}: headers not found {missing}'
	column = {h: header.index(h) for h in header}
	unmapped = [h for h in header if h not in spec.mapping]
	dimension_headers = [h for h, f in spec.mapping.items() if f in DIMENSIONS]
	measure_headers = [h for h, f in spec.mapping.items() if f in MEASURES]
	date_header = next((h for h, f in spec.mapping.items() if f == 'date'), None)

	loaded: list[LoadedRow] = []
	rejects: list[dict] = []
	summary_skipped = 0
	currencies: Counter = Counter()
	present: Counter = Counter()

	for line, cells in data:
		if len(cells) != len(header):
			rejects.append({'line': line, 'column': None, 'reason': 'field_count'})
			continue
		if any(is_total_cell(c) for c in cells):
			summary_skipped += 1
			continue
		if dimension_headers and all(cells[column[h]].strip() == '' for h in dimension_headers):
			# An account-totals row (Meta): every dimension column empty.
			summary_skipped += 1
			continue

		row_rejects = []
		if date_header is None:
			date = dt.date.fromisoformat(spec.date_option)
		else:
			try:
				date = spec.parse_date(cells[column[date_header]])
			except BadValue as bad:
				row_rejects.append({'line': line, 'column': date_header, 'reason': bad.kind})
		measures: dict[str, Decimal] = {}
		for h in measure_headers:
			try:
				value, currency = parse_number(cells[column[h]], decimal)
			except BadValue as bad:
				row_rejects.append({'line': line, 'column': h, 'reason': bad.kind})
				continue
			if value is None:
				continue
			if value < 0:
				row_rejects.append({'line': line, 'column': h, 'reason': 'negative'})
				continue
			measures[spec.mapping[h]] = value
			if currency:
				currencies[currency] += 1
		if row_rejects:
			rejects.extend(row_rejects)
			continue

		period_start = period_end = None
		if spec.grain == 'week':
			period_start, period_end = date, date + dt.timedelta(days=6)
			if reported_range:
				period_start = max(period_start, reported_range[0])
				period_end = min(period_end, reported_range[1])
				assert period_start <= period_end, f'{spec.path}:{line} outside the range'
		for h, f in spec.mapping.items():
			if f == 'period_start':
				period_start = parse_iso_date(cells[column[h]])
			elif f == 'period_end':
				period_end = parse_iso_date(cells[column[h]])
			elif f == 'currency' and cells[column[h]].strip():
				currencies[cells[column[h]].strip()] += 1
		for f in measures:
			present[f] += 1

		dimension_values = tuple(
			(f, date.isoformat() if f == 'date' else cells[column[h]])
			for h, f in spec.mapping.items()
			if f in DIMENSIONS
		)
		if date_header is None:
			dimension_values = (('date', date.isoformat()),) + dimension_values
		key = (
			period_start and period_start.isoformat(),
			period_end and period_end.isoformat(),
			spec.market,
			dimension_values,
			tuple(cells[column[h]] for h in unmapped),
		)
		loaded.append(LoadedRow(line, date, period_start, period_end, key, measures))

	measure_fields = [spec.mapping[h] for h in measure_headers]
	totals = {
		f: sum((r.measures.get(f, Decimal(0)) for r in loaded), Decimal(0))
		for f in measure_fields
		if f in ADDITIVE_MEASURES
	}
	snapshot_sums = {
		f: sum((r.measures.get(f, Decimal(0)) for r in loaded), Decimal(0))
		for f in measure_fields
		if f in SNAPSHOT_MEASURES
	}
	assert len(set(currencies)) <= 1, f'{spec.path}: several currencies {currencies}'
	dates = sorted(r.date for r in loaded)

	report = {
		'options': {'market': spec.market, **({'date': spec.date_option} if spec.date_option else {})},
		'sha256': hashlib.sha256(raw).hexdigest(),
		'detected': {
			'encoding': encoding,
			'bom': bom,
			'delimiter': delimiter,
			'decimal': decimal,
			'header_row': header_line,
			'grain': spec.grain,
			'reported_range': reported_range
			and {'start': reported_range[0].isoformat(), 'end': reported_range[1].isoformat()},
		},
		'mapping': spec.mapping,
		'unmapped': unmapped,
		'rows': {
			'loaded': len(loaded),
			'rejected': len({r['line'] for r in rejects}),
			'summary_skipped': summary_skipped,
		},
		'totals': {f: to_json_number(v) for f, v in totals.items()},
		'values_present': {f: present[f] for f in measure_fields},
		'snapshot_sums': {f: to_json_number(v) for f, v in snapshot_sums.items()},
		'currency': next(iter(currencies), None),
		'dates': {
			'min': dates[0].isoformat() if dates else None,
			'max': dates[-1].isoformat() if dates else None,
		},
		'rejects': rejects,
		'spot_rows': [
			describe_row(r, unmapped) for r in loaded
			if r is loaded[0] or r is loaded[-1] or r.line in spec.spot_lines
		],
	}
	return report, loaded


def describe_row(row: LoadedRow, unmapped: list[str]) -> dict:
	"""One loaded row as the tests can look it up: by its line."""
	return {
		'line': row.line,
		'date': row.date.isoformat(),
		'period_start': row.period_start and row.period_start.isoformat(),
		'period_end': row.period_end and row.period_end.isoformat(),
		'dimensions': dict(row.key[3]),
		'measures': {f: to_json_number(v) for f, v in row.measures.items()},
		'extra': dict(zip(unmapped, row.key[4])),
	}


def to_json_number(value: Decimal) -> int | float:
	"""An exact integer stays an int; anything else becomes the nearest double."""
	return int(value) if value == value.to_integral_value() else float(value)


# ---------------------------------------------------------------------------------------
# The files
# ---------------------------------------------------------------------------------------

SUNMOTORS_MAPPING = {
	'Semana': 'date',
	'Código da moeda': 'currency',
	'Custo': 'spend',
	'Conversões': 'conversions',
	'Impr.': 'impressions',
	'Cliques': 'clicks',
}

SERIE_TEMPORAL = 'google_ads_ptbr_imnotlopes/Dados do Google/Série_temporal(2026.05.05-2026.05.24).csv'


def file_specs(root: Path) -> list[Spec]:
	"""Every file of the suite with the options it is imported with."""
	specs = [
		Spec('ab_data.csv', 'US', {
			'timestamp': 'date', 'group': 'variant', 'converted': 'conversions',
		}),
		Spec('KAG_conversion_data.csv', 'US', {
			'ad_id': 'content_id', 'Impressions': 'impressions', 'Clicks': 'clicks',
			'Spent': 'spend', 'Total_Conversion': 'conversions',
		}, date_option='2026-01-01', grain='period'),
		Spec('top_insta_influencers_data.csv', 'US', {
			'channel_info': 'creator_id', 'followers': 'followers', 'total_likes': 'likes',
		}, date_option='2026-01-01', grain='period', spot_lines=(4, 134)),
		Spec('Global_YouTube_Statistics.csv', 'US', {
			'Youtuber': 'creator_id', 'subscribers': 'followers', 'video views': 'views',
		}, date_option='2023-01-01', grain='period', spot_lines=(3, 8, 111)),
	]
	for path in sorted((root / 'google_ads_ptbr_sunmotors').glob('*.csv')):
		specs.append(Spec(
			f'google_ads_ptbr_sunmotors/{path.name}', 'BR', SUNMOTORS_MAPPING,
			grain='week', reported_range_line=True, spot_lines=(9,),
		))
	specs.append(Spec(SERIE_TEMPORAL, 'BR', {
		'Data': 'date', 'Cliques': 'clicks', 'Custo': 'spend',
		'Impressões': 'impressions', 'Conversões': 'conversions',
	}, parse_date=parse_pt_weekday_date))
	specs.append(Spec('meta_ads_ptbr_sunmotors_jan2026_EXCERPT.csv', 'BR', {
		'Dia': 'date', 'Alcance': 'reach', 'Impressões': 'impressions',
		'Valor usado (BRL)': 'spend', 'Moeda': 'currency', 'Cliques no link': 'clicks',
		'Visualizações': 'views', 'Início dos relatórios': 'period_start',
		'Término dos relatórios': 'period_end',
	}))
	return specs


# ---------------------------------------------------------------------------------------
# Campaign: several imports, later rows with the same key replace earlier ones
# ---------------------------------------------------------------------------------------

def import_into_campaign(imports: list[tuple[str, list[LoadedRow]]]) -> dict:
	"""Apply the imports in order. A row replaces the earlier imports' rows with its key;
	rows of one import never replace each other."""
	campaign: dict[tuple, list[LoadedRow]] = {}
	steps = []
	for name, rows in imports:
		keys = Counter(r.key for r in rows)
		replaced = sum(1 for r in rows if r.key in campaign)
		for key in keys:
			campaign.pop(key, None)
		for row in rows:
			campaign.setdefault(row.key, []).append(row)
		steps.append({'file': name, 'loaded': len(rows), 'replaced': replaced,
			'duplicate_keys_in_file': sum(n - 1 for n in keys.values())})
	final = [r for rows in campaign.values() for r in rows]
	fields = sorted({f for r in final for f in r.measures}, key=MEASURES.index)
	by_month: dict[str, dict[str, Decimal]] = {}
	for row in final:
		month = by_month.setdefault(row.period_start.strftime('%Y-%m'), {})
		for f in fields:
			month[f] = month.get(f, Decimal(0)) + row.measures.get(f, Decimal(0))
	return {
		'imports': steps,
		'final_rows': len(final),
		'totals': {f: to_json_number(sum((r.measures.get(f, Decimal(0)) for r in final),
			Decimal(0))) for f in fields},
		'rows_by_period_start_month': dict(sorted(Counter(
			r.period_start.strftime('%Y-%m') for r in final).items())),
		'totals_by_period_start_month': {
			m: {f: to_json_number(v) for f, v in t.items()} for m, t in sorted(by_month.items())
		},
	}


# ---------------------------------------------------------------------------------------
# Cross-checks against figures that do not come from this script's parser
# ---------------------------------------------------------------------------------------

def sunmotors_account_total(root: Path, spec: Spec) -> dict:
	"""The file's own `Total: Conta` row with an empty Semana (the whole reported range)."""
	text = (root / spec.path).read_text(encoding='utf-8')
	records = read_records(text, ',')
	header = records[2][1]
	for _, cells in records[3:]:
		if cells[1] == 'Total: Conta' and cells[0] == '':
			return {f: to_json_number(parse_number(cells[header.index(h)], ',')[0])
				for h, f in SUNMOTORS_MAPPING.items() if f in MEASURES}
	return {}


def pandas_reading(root: Path, path: str) -> dict:
	"""A second reading with pandas' own number parsing, for the files it can read alone."""
	full = root / path
	if path == 'ab_data.csv':
		frame = pd.read_csv(full)
		days = pd.to_datetime(frame['timestamp']).dt.date
		return {'rows': len(frame), 'conversions': int(frame['converted'].sum()),
			'min': days.min().isoformat(), 'max': days.max().isoformat()}
	if path == 'KAG_conversion_data.csv':
		frame = pd.read_csv(full, encoding='utf-8-sig')
		return {'rows': len(frame), 'impressions': int(frame['Impressions'].sum()),
			'clicks': int(frame['Clicks'].sum()), 'spend': round(float(frame['Spent'].sum()), 6),
			'conversions': int(frame['Total_Conversion'].sum())}
	if path == 'Global_YouTube_Statistics.csv':
		frame = pd.read_csv(full, encoding='latin-1', thousands=',', keep_default_na=False)
		return {'rows': len(frame), 'views': int(frame['video views'].sum()),
			'followers': int(frame['subscribers'].sum())}
	if path == 'top_insta_influencers_data.csv':
		frame = pd.read_csv(full, encoding='utf-8-sig', keep_default_na=False)
		scale = {'k': 1e3, 'm': 1e6, 'b': 1e9}

		def abbreviated(column: str) -> int:
			parts = frame[column].str.extract(r'^([\d.]+)([kmb]?)$')
			values = parts[0].astype(float) * parts[1].map(lambda s: scale.get(s, 1))
			return int(round(values.round().sum()))

		return {'rows': len(frame), 'likes': abbreviated('total_likes'),
			'followers': abbreviated('followers')}
	if path == SERIE_TEMPORAL:
		frame = pd.read_csv(full, keep_default_na=False)
		money = frame['Custo'].str.replace('R$', '', regex=False).str.replace('\u00a0', '')
		return {'rows': len(frame), 'clicks': int(frame['Cliques'].sum()),
			'impressions': int(frame['Impressões'].sum()),
			'spend': round(float(money.str.replace(',', '.').astype(float).sum()), 6),
			'conversions': round(float(frame['Conversões'].str.replace(',', '.').astype(float)
				.sum()), 6)}
	if path.startswith('meta_'):
		frame = pd.read_csv(full)
		frame = frame[frame['Dia'].notna()]
		return {'rows': len(frame), 'impressions': int(frame['Impressões'].sum()),
			'spend': round(float(frame['Valor usado (BRL)'].sum()), 6),
			'clicks': int(frame['Cliques no link'].sum()), 'reach': int(frame['Alcance'].sum()),
			'views': int(frame['Visualizações'].sum())}
	if path.startswith('google_ads_ptbr_sunmotors/'):
		frame = pd.read_csv(full, skiprows=2, decimal=',', thousands='.', na_values=[' --'],
			keep_default_na=False)
		frame = frame[~frame.astype(str).apply(lambda c: c.str.startswith('Total')).any(axis=1)]
		return {'rows': len(frame), 'spend': round(float(frame['Custo'].sum()), 6),
			'conversions': round(float(frame['Conversões'].sum()), 6),
			'impressions': int(frame['Impr.'].sum()), 'clicks': int(frame['Cliques'].sum())}
	return {}


def agrees_with_account_total(report: dict, account: dict) -> bool:
	"""Counts must be equal. Google sums unrounded money and conversions, each row shows
	them rounded to 0.01, so those may differ by up to half a cent per row."""
	slack = Decimal('0.005') * report['rows']['loaded']
	for name, value in account.items():
		difference = abs(Decimal(str(report['totals'][name])) - Decimal(str(value)))
		if name in ('impressions', 'clicks') and difference != 0:
			return False
		if difference > slack:
			return False
	return True


def agrees(ours: dict, theirs: dict) -> bool:
	"""Every figure of `theirs` equals ours (to 1e-6 for fractional ones)."""
	for name, value in theirs.items():
		mine = ours.get(name)
		if isinstance(value, float) or isinstance(mine, float):
			if mine is None or abs(float(mine) - float(value)) > 1e-6:
				return False
		elif mine != value:
			return False
	return True


def check_against_provenance(root: Path, files: dict, loaded_rows: dict) -> None:
	"""Compare with the figures PROVENANCE.md states (copied here by hand)."""

	def record(path: str, stated: dict, ours: dict) -> None:
		check = files[path].setdefault('cross_check', {})
		check['provenance'] = stated
		check['provenance_ours'] = ours
		check['provenance_agrees'] = stated == ours

	variants = Counter(dict(r.key[3])['variant'] for r in loaded_rows['ab_data.csv'])
	ab = files['ab_data.csv']
	record('ab_data.csv',
		{'rows': 294478, 'first_day': '2017-01-02', 'last_day': '2017-01-24',
			'treatment': 147276, 'control': 147202},
		{'rows': ab['rows']['loaded'], 'first_day': ab['dates']['min'],
			'last_day': ab['dates']['max'], 'treatment': variants['treatment'],
			'control': variants['control']})
	kag = files['KAG_conversion_data.csv']
	record('KAG_conversion_data.csv',
		{'rows': 1143, 'impressions': 213434828, 'clicks': 38165, 'spend': '58705.23',
			'conversions': 3264},
		{'rows': kag['rows']['loaded'], **kag['totals'],
			'spend': f'{kag["totals"]["spend"]:.2f}'})
	record('top_insta_influencers_data.csv', {'rows': 200},
		{'rows': files['top_insta_influencers_data.csv']['rows']['loaded']})
	youtube_text = decode((root / 'Global_YouTube_Statistics.csv').read_bytes())[0]
	youtube = read_records(youtube_text, ',')
	views_column = youtube[0][1].index('video views')
	grouped = sum(1 for _, cells in youtube[1:] if ',' in cells[views_column])
	record('Global_YouTube_Statistics.csv', {'rows': 995, 'grouped_video_views': 989},
		{'rows': files['Global_YouTube_Statistics.csv']['rows']['loaded'],
			'grouped_video_views': grouped})
	meta = files['meta_ads_ptbr_sunmotors_jan2026_EXCERPT.csv']
	record('meta_ads_ptbr_sunmotors_jan2026_EXCERPT.csv', {'totals_rows': 1, 'data_rows': 10},
		{'totals_rows': meta['rows']['summary_skipped'], 'data_rows': meta['rows']['loaded']})


# ---------------------------------------------------------------------------------------

def main() -> None:
	argument = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('PARALLAX_REAL_DATA')
	root = Path(argument) if argument else REPO_ROOT.parent / 'shared' / 'datasets' / 'real'
	provenance = (root / 'PROVENANCE.md').read_text(encoding='utf-8')

	files: dict[str, dict] = {}
	loaded_rows: dict[str, list[LoadedRow]] = {}
	for spec in file_specs(root):
		report, rows = import_file(root, spec)
		report['sha256_in_provenance'] = report['sha256'] in provenance
		files[spec.path] = report
		loaded_rows[spec.path] = rows
		if spec.reported_range_line:
			report['periods'] = [
				[r.line, r.date.isoformat(), r.period_start.isoformat(), r.period_end.isoformat()]
				for r in rows
			]
			report['cut_weeks'] = {
				r.date.isoformat(): [r.period_start.isoformat(), r.period_end.isoformat()]
				for r in rows
				if (r.period_end - r.period_start).days != 6
			}
			account = sunmotors_account_total(root, spec)
			report['cross_check'] = {
				'account_total_row': account,
				'account_total_agrees': agrees_with_account_total(report, account),
			}
		elif spec.path.startswith('meta_'):
			report['periods'] = [
				[r.line, r.date.isoformat(), r.period_start.isoformat(), r.period_end.isoformat()]
				for r in rows
			]
		reading = pandas_reading(root, spec.path)
		if reading:
			ours = {**report['totals'], **report['snapshot_sums'], 'rows': report['rows']['loaded'],
				**report['dates']}
			report.setdefault('cross_check', {})
			report['cross_check']['pandas'] = reading
			report['cross_check']['pandas_agrees'] = agrees(ours, reading)

	check_against_provenance(root, files, loaded_rows)

	sunmotors = [p for p in files if p.startswith('google_ads_ptbr_sunmotors/')]
	once = 'google_ads_ptbr_sunmotors/kia-google-jun.csv'
	campaigns = {
		'sunmotors_all_14': import_into_campaign([(p, loaded_rows[p]) for p in sunmotors]),
		'sunmotors_kia_jun_twice': import_into_campaign([(once, loaded_rows[once])] * 2),
	}
	rows_total = sum(files[p]['rows']['loaded'] for p in sunmotors)
	summary_total = sum(files[p]['rows']['summary_skipped'] for p in sunmotors)
	campaigns['sunmotors_all_14']['provenance'] = {'campaign_week_rows': 680, 'total_rows': 630}
	campaigns['sunmotors_all_14']['provenance_agrees'] = (rows_total, summary_total) == (680, 630)

	expected = {
		'about': 'Reference import outcomes computed by tests/real/reference.py from the raw '
			'files; see tests/real/README.md for the rules and the meaning of each value.',
		'files': files,
		'campaigns': campaigns,
	}
	OUT_FILE.write_text(json.dumps(expected, ensure_ascii=False, indent='\t') + '\n',
		encoding='utf-8')
	print_summary(files, campaigns)


def print_summary(files: dict, campaigns: dict) -> None:
	"""A few lines per file for a human reader."""
	for path, report in files.items():
		d, rows = report['detected'], report['rows']
		checks = {k: v for k, v in report.get('cross_check', {}).items() if k.endswith('agrees')}
		print(f'{path}\n  {d["encoding"]} bom={d["bom"]} delim={d["delimiter"]!r} '
			f'decimal={d["decimal"]!r} header={d["header_row"]} | loaded={rows["loaded"]} '
			f'rejected={rows["rejected"]} summary={rows["summary_skipped"]} | '
			f'{report["dates"]["min"]}..{report["dates"]["max"]}\n  totals={report["totals"]} '
			f'snapshots={report["snapshot_sums"]} sha_ok={report["sha256_in_provenance"]} {checks}')
	for name, campaign in campaigns.items():
		print(f'{name}: final_rows={campaign["final_rows"]} '
			f'replaced={[s["replaced"] for s in campaign["imports"]]} totals={campaign["totals"]}')
	disagreements = [
		f'{path}: {name}' for path, report in files.items()
		for name, value in report.get('cross_check', {}).items()
		if name.endswith('agrees') and not value
	]
	print('cross-checks that disagree:', disagreements or 'none')
	print(f'wrote {OUT_FILE}')


if __name__ == '__main__':
	main()

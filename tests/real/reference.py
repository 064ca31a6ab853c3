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


def detect_decimal(rows: list[list[str]], without_votes: str = '.') -> str:
	"""Decimal mark from every numeric-looking cell: the last separator decides only when
	it is not followed by exactly three digits (`4.960` and `1,234` say nothing). With no
	vote, the mark of the headers' language (`without_votes`)."""
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
		return without_votes
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
	# Google Ads: the line before the header names the window the rows are cut to. With no
	# date column (grain `period`), every row is a period row over that window.
	reported_range_line: bool = False
	# `--period FROM..TO`: every row is a period row over it (grain `period`).
	period_option: str | None = None
	# Headers of the text columns naming what a row is about (campaign, ad group, ad, post,
	# video, keyword, search term), written by hand: a row with all of them empty may be a
	# total of the others (the sum rule). None of them means every row is such a candidate.
	identity: tuple[str, ...] = ()
	# Lines whose loaded row is written out in full (besides the first and last one).
	spot_lines: tuple[int, ...] = ()
	# The decimal mark of a file whose numbers show none: its headers' language's (`,` for
	# Portuguese and Spanish headers; `4.960` there is four thousand nine hundred and sixty).
	decimal_without_votes: str = '.'


@dataclass
class LoadedRow:
	"""A row as it enters the campaign."""

	line: int
	date: dt.date
	period_start: dt.date | None
	period_end: dt.date | None
	key: tuple
	measures: dict[str, Decimal] = field(default_factory=dict)
	# The record's raw cells (not written out; the sum rule reads its identity cells).
	cells: list[str] = field(default_factory=list, repr=False)


def is_total_cell(cell: str) -> bool:
	"""`Total` alone or `Total: …` — not a name like `Total Gaming` (a YouTube channel)."""
	text = cell.strip()
	return bool(re.match(r'^total(:|$)', text, re.IGNORECASE))


ACCOUNT_TOTAL_LABELS = {'total', 'total: conta', 'total: cuenta', 'total: account'}


def is_placeholder(cell: str) -> bool:
	return cell.replace('\u00a0', ' ').strip().lower() in PLACEHOLDERS


def decimals_shown(cell: str, decimal: str) -> int:
	"""How many decimals a measure cell shows (`R$ 12,28` → 2, `304.086` with `,` → 0)."""
	if is_placeholder(cell):
		return 0
	core = strip_decorations(cell)[0]
	if decimal not in core:
		return 0
	return len(re.match(r'\d*', core.rsplit(decimal, 1)[1]).group(0))


def sum_tolerance(decimals: int, rows: int) -> Decimal:
	"""Half a unit of the last decimal shown, once per row summed."""
	return Decimal('0.5') * Decimal(10) ** -decimals * rows


def parse_period_option(option: str) -> tuple[dt.date, dt.date]:
	"""`2026-05-05..2026-05-24`."""
	start, end = option.split('..')
	return dt.date.fromisoformat(start), dt.date.fromisoformat(end)


def period_from_file_name(name: str) -> str:
	"""The first `YYYY.MM.DD-YYYY.MM.DD` in a file name, as a `--period` value."""
	match = re.search(r'(\d{4})\.(\d{2})\.(\d{2})-(\d{4})\.(\d{2})\.(\d{2})', name)
	assert match, name
	y1, m1, d1, y2, m2, d2 = match.groups()
	return f'{y1}-{m1}-{d1}..{y2}-{m2}-{d2}'


def import_file(root: Path, spec: Spec) -> tuple[dict, list[LoadedRow]]:
	"""Read one file under the rules of README.md; return its report and its loaded rows."""
	raw = (root / spec.path).read_bytes()
	text, encoding, bom = decode(raw)
	delimiter = detect_delimiter(text)
	records = read_records(text, delimiter)
	header_index = find_header(records)
	header_line, header = records[header_index]
	data = [(line, cells) for line, cells in records[header_index + 1:] if cells]
	decimal = detect_decimal([cells for _, cells in data], spec.decimal_without_votes)

	reported_range = None
	if spec.reported_range_line:
		reported_range = parse_reported_range(records[header_index - 1][1][0])
	# The period every row covers, for period rows (grain `period` without `--date`).
	file_period = None
	if spec.period_option:
		file_period = parse_period_option(spec.period_option)
	elif spec.grain == 'period' and reported_range:
		file_period = reported_range

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
			date = dt.date.fromisoformat(spec.date_option) if spec.date_option else file_period[0]
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
		if file_period:
			period_start, period_end = file_period
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
		loaded.append(LoadedRow(line, date, period_start, period_end, key, measures, cells))

	# The sum rule: a row about nothing (its identity cells all empty) whose measures are the
	# sums of the other loaded rows is the file's own total, wherever it sits.
	additive_headers = [h for h in measure_headers if spec.mapping[h] in ADDITIVE_MEASURES]
	shown = {
		spec.mapping[h]: max((decimals_shown(cells[column[h]], decimal)
			for _, cells in data if len(cells) == len(header)), default=0)
		for h in additive_headers
	}
	unlabelled_totals = []
	if len(additive_headers) >= 2:
		for candidate in list(loaded):
			if not all(is_placeholder(candidate.cells[column[h]]) for h in spec.identity):
				continue
			others = [r for r in loaded if r is not candidate]
			matching, positive = 0, False
			for f, value in candidate.measures.items():
				if f not in shown:
					continue
				total = sum((r.measures.get(f, Decimal(0)) for r in others), Decimal(0))
				if abs(value - total) <= sum_tolerance(shown[f], len(others)):
					matching += 1
					positive = positive or value > 0
			if matching >= 2 and positive:
				loaded.remove(candidate)
				unlabelled_totals.append(candidate.line)
				summary_skipped += 1
	for row in loaded:
		for f in row.measures:
			present[f] += 1

	# The file's own whole-file totals: `Total` / `Total: Conta|Cuenta|Account` with every
	# other text cell empty, each measure beside the sum of the loaded rows.
	text_columns = [
		i for i, h in enumerate(header)
		if spec.mapping.get(h) not in MEASURES + ('currency',)
		and any(not is_placeholder(cells[i]) and not is_number(cells[i], decimal)
			for _, cells in data if len(cells) == len(header))
	]
	file_totals = []
	for line, cells in data:
		if len(cells) != len(header):
			continue
		label_at = next((i for i, c in enumerate(cells) if is_total_cell(c)), None)
		if label_at is None or cells[label_at].strip().lower() not in ACCOUNT_TOTAL_LABELS:
			continue
		if not all(is_placeholder(cells[i]) for i in text_columns if i != label_at):
			continue
		stated_measures = {}
		agrees_all = True
		for h in additive_headers:
			try:
				value = parse_number(cells[column[h]], decimal)[0]
			except BadValue:
				continue
			if value is None:
				continue
			f = spec.mapping[h]
			total = sum((r.measures.get(f, Decimal(0)) for r in loaded), Decimal(0))
			stated_measures[f] = [to_json_number(value), to_json_number(total)]
			agrees_all = agrees_all and abs(value - total) <= sum_tolerance(shown[f], len(loaded))
		file_totals.append({'line': line, 'label': cells[label_at].strip(),
			'measures': stated_measures, 'agrees': agrees_all})

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
		'options': {
			'market': spec.market,
			**({'date': spec.date_option} if spec.date_option else {}),
			**({'period': spec.period_option} if spec.period_option else {}),
		},
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
		# Not written out: main() keeps file_totals for the files the rule is asked of.
		'_file_totals': file_totals,
		'_unlabelled_totals': unlabelled_totals,
	}
	return report, loaded


def is_number(cell: str, decimal: str) -> bool:
	try:
		parse_number(cell, decimal)
	except BadValue:
		return False
	return True


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

IMNOTLOPES = 'google_ads_ptbr_imnotlopes'
GOOGLE_DATA = f'{IMNOTLOPES}/Dados do Google'
SERIE_TEMPORAL = f'{GOOGLE_DATA}/Série_temporal(2026.05.05-2026.05.24).csv'

# The other 18 imnotlopes files (section 6b of PROVENANCE.md): path → (mapping, identity
# headers, spot lines). Files named with a `YYYY.MM.DD-YYYY.MM.DD` range and no date column
# nor preamble are imported with that range as `--period`; the three with a preamble range
# line take their period from it; the one with a `Data` column has day rows.
IMNOTLOPES_FILES: dict[str, tuple[dict[str, str], tuple[str, ...], tuple[int, ...]]] = {
	f'{GOOGLE_DATA}/Campanhas(2026.05.05-2026.05.24).csv': (
		{'Custo': 'spend', 'Cliques': 'clicks'}, ('Nome da campanha',), (3,)),
	f'{GOOGLE_DATA}/Dia_e_hora(Dia_2026.05.05-2026.05.24).csv': (
		{'Impressões': 'impressions'}, (), (3,)),
	f'{GOOGLE_DATA}/Dia_e_hora(Dia_Hora_2026.05.05-2026.05.24).csv': (
		{'Impressões': 'impressions'}, (), (34,)),
	f'{GOOGLE_DATA}/Dia_e_hora(Hora_2026.05.05-2026.05.24).csv': (
		{'Impressões': 'impressions'}, (), (10,)),
	f'{GOOGLE_DATA}/Dispositivos(2026.05.05-2026.05.24).csv': (
		{'Custo': 'spend', 'Impressões': 'impressions', 'Cliques': 'clicks'}, (), (3,)),
	f'{GOOGLE_DATA}/Informações_demográficas(Idade_2026.05.05-2026.05.24).csv': (
		{'Impressões': 'impressions'}, (), (3,)),
	f'{GOOGLE_DATA}/Informações_demográficas(Sexo_2026.05.05-2026.05.24).csv': (
		{'Impressões': 'impressions'}, (), ()),
	f'{GOOGLE_DATA}/Informações_demográficas(Sexo_Idade_2026.05.05-2026.05.24).csv': (
		{'Impressões': 'impressions'}, (), (8,)),
	f'{GOOGLE_DATA}/Maiores_alterações(2026.05.05-2026.05.24_em_comparação_com_2026.04.15-2026.05.04).csv': (
		{'Custo': 'spend', 'Cliques': 'clicks'}, ('Nome da campanha',), (3,)),
	f'{GOOGLE_DATA}/Palavras-chave_de_pesquisa(2026.05.05-2026.05.24).csv': (
		{'Custo': 'spend', 'Impressões': 'impressions'},
		('Palavra-chave da rede de pesquisa',), (13, 14)),
	f'{GOOGLE_DATA}/Pesquisas(Palavra_2026.05.05-2026.05.24).csv': (
		{'Custo': 'spend', 'Cliques': 'clicks', 'Impressões': 'impressions',
			'Conversões': 'conversions'}, ('Palavra',), (17,)),
	f'{GOOGLE_DATA}/Pesquisas(Pesquisar_2026.05.05-2026.05.24).csv': (
		{'Custo': 'spend', 'Cliques': 'clicks', 'Impressões': 'impressions',
			'Conversões': 'conversions'}, ('Pesquisar',), (7,)),
	f'{GOOGLE_DATA}/Pontuação_de_otimização(2026.05.05-2026.05.24).csv': (
		{}, ('Nome da campanha',), ()),
	f'{IMNOTLOPES}/Gráfico_de_série_temporal(2026.05.05-2026.05.15).csv': (
		{'Data': 'date', 'Cliques': 'clicks', 'Custo': 'spend', 'Conversões': 'conversions'},
		(), (4,)),
	f'{IMNOTLOPES}/Palavra-chave de pesquisa.csv': (
		{'Código da moeda': 'currency', 'Cliques': 'clicks', 'Impr.': 'impressions',
			'Custo': 'spend', 'Conversões': 'conversions'},
		('Pesquisar palavra-chave', 'Campanha', 'Grupo de anúncios'), (5,)),
	f'{IMNOTLOPES}/Palavras-chave(2026.05.05-2026.05.15).csv': (
		{'Custo': 'spend', 'Impressões': 'impressions'},
		('Palavra-chave da rede de pesquisa',), (10,)),
	f'{IMNOTLOPES}/Relatório de campanha.csv': (
		{'Código da moeda': 'currency', 'Impr.': 'impressions', 'Custo': 'spend',
			'Cliques': 'clicks', 'Conversões': 'conversions'}, ('Campanha',), (6,)),
	f'{IMNOTLOPES}/Termos de pesquisa.csv': (
		{'Cliques': 'clicks', 'Impr.': 'impressions', 'Código da moeda': 'currency',
			'Custo': 'spend', 'Conversões': 'conversions'}, ('Termo de pesquisa',), (5,)),
}
# The imnotlopes files whose preamble holds the reported range (no date column, no period).
PREAMBLE_RANGE = {
	f'{IMNOTLOPES}/Relatório de campanha.csv',
	f'{IMNOTLOPES}/Termos de pesquisa.csv',
	f'{IMNOTLOPES}/Palavra-chave de pesquisa.csv',
}


def file_specs(root: Path) -> list[Spec]:
	"""Every file of the suite with the options it is imported with."""
	specs = [
		Spec('ab_data.csv', 'US', {
			'timestamp': 'date', 'group': 'variant', 'converted': 'conversions',
		}),
		Spec('KAG_conversion_data.csv', 'US', {
			'ad_id': 'content_id', 'Impressions': 'impressions', 'Clicks': 'clicks',
			'Spent': 'spend', 'Total_Conversion': 'conversions',
		}, date_option='2026-01-01', grain='period',
			identity=('ad_id', 'xyz_campaign_id', 'fb_campaign_id')),
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
			grain='week', reported_range_line=True, identity=('Campanha',), spot_lines=(9,),
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
	}, identity=('Nome da campanha', 'Nome do conjunto de anúncios', 'Nome do anúncio',
		'Identificação da campanha', 'Identificação do conjunto de anúncios',
		'Identificação do anúncio', 'Anúncios')))
	for path, (mapping, identity, spot_lines) in IMNOTLOPES_FILES.items():
		if 'date' in mapping.values():
			specs.append(Spec(path, 'BR', mapping, parse_date=parse_pt_weekday_date,
				identity=identity, spot_lines=spot_lines, decimal_without_votes=','))
		elif path in PREAMBLE_RANGE:
			specs.append(Spec(path, 'BR', mapping, grain='period', reported_range_line=True,
				identity=identity, spot_lines=spot_lines, decimal_without_votes=','))
		else:
			specs.append(Spec(path, 'BR', mapping, grain='period',
				period_option=period_from_file_name(Path(path).name), identity=identity,
				spot_lines=spot_lines, decimal_without_votes=','))
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
	if path in IMNOTLOPES_FILES:
		return pandas_imnotlopes(full, path)
	if path.startswith('google_ads_ptbr_sunmotors/'):
		frame = pd.read_csv(full, skiprows=2, decimal=',', thousands='.', na_values=[' --'],
			keep_default_na=False)
		frame = frame[~frame.astype(str).apply(lambda c: c.str.startswith('Total')).any(axis=1)]
		return {'rows': len(frame), 'spend': round(float(frame['Custo'].sum()), 6),
			'conversions': round(float(frame['Conversões'].sum()), 6),
			'impressions': int(frame['Impr.'].sum()), 'clicks': int(frame['Cliques'].sum())}
	return {}


def pandas_imnotlopes(full: Path, path: str) -> dict:
	"""pandas reads the cells as text; money loses `R$` and its no-break space, then pandas'
	own to_numeric reads the pt-BR number once `.` (thousands) and `,` (decimal) are swapped."""
	mapping = IMNOTLOPES_FILES[path][0]
	frame = pd.read_csv(full, skiprows=2 if path in PREAMBLE_RANGE else 0, dtype=str,
		keep_default_na=False)
	total_rows = frame.apply(lambda c: c.str.strip().str.contains(r'^total(?::|$)', case=False))
	frame = frame[~total_rows.any(axis=1)]
	reading: dict = {'rows': len(frame)}
	for header, name in mapping.items():
		if name not in ADDITIVE_MEASURES:
			continue
		text = (frame[header].str.replace('R$', '', regex=False).str.replace('\u00a0', '')
			.str.strip().str.replace('.', '', regex=False).str.replace(',', '.', regex=False))
		values = pd.to_numeric(text.replace({'—': None, '--': None, '': None}))
		total = values.sum()
		reading[name] = int(total) if all(float(v).is_integer() for v in values.dropna()) \
			else round(float(total), 6)
	if 'date' in mapping.values():
		days = frame['Data'].str.extract(r'(\d{1,2}) de (\w+)\. de (\d{4})')
		months = {'mai': 5}
		iso = pd.to_datetime(days[2] + '-' + days[1].map(months).astype(str) + '-' + days[0])
		reading['min'] = iso.min().date().isoformat()
		reading['max'] = iso.max().date().isoformat()
	return reading


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
	# 6b: "'Termos de pesquisa.csv' and 'Relatório de campanha.csv' have 2 preamble lines and
	# 'Total:' rows"; "'Gráfico_de_série_temporal…' (uses '—' for n/a)".
	for name in ('Relatório de campanha.csv', 'Termos de pesquisa.csv'):
		path = f'{IMNOTLOPES}/{name}'
		text = (root / path).read_text(encoding='utf-8')
		labelled = sum(1 for _, cells in read_records(text, ',')[3:] if any(map(is_total_cell, cells)))
		record(path, {'preamble_lines': 2, 'has_total_rows': True},
			{'preamble_lines': files[path]['detected']['header_row'] - 1,
				'has_total_rows': labelled > 0})
	grafico = f'{IMNOTLOPES}/Gráfico_de_série_temporal(2026.05.05-2026.05.15).csv'
	cells = [c for _, row in read_records((root / grafico).read_text(encoding='utf-8'), ',')
		for c in row]
	record(grafico, {'uses_em_dash': True}, {'uses_em_dash': '—' in cells})
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
	unlabelled_totals: dict[str, list[int]] = {}
	for spec in file_specs(root):
		report, rows = import_file(root, spec)
		file_totals = report.pop('_file_totals')
		if report['_unlabelled_totals']:
			unlabelled_totals[spec.path] = report['_unlabelled_totals']
		del report['_unlabelled_totals']
		if spec.path.startswith(f'{IMNOTLOPES}/'):
			# Section 6b lists `path hash` pairs: the hash must be this file's.
			relative = spec.path[len(IMNOTLOPES) + 1:]
			report['sha256_in_provenance'] = f'{relative} {report["sha256"]}' in provenance
		else:
			report['sha256_in_provenance'] = report['sha256'] in provenance
		files[spec.path] = report
		loaded_rows[spec.path] = rows
		if spec.path.startswith(f'{IMNOTLOPES}/') or spec.path.startswith('google_ads_ptbr_sunmotors/'):
			report['file_totals'] = file_totals
		if spec.path.startswith('google_ads_ptbr_sunmotors/'):
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
		elif spec.path.startswith('meta_') or report['detected']['grain'] == 'period' and rows \
				and rows[0].period_start is not None:
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
	files_in_6b = sorted(
		str(p.relative_to(root)) for p in (root / IMNOTLOPES).rglob('*.csv'))
	new_in_6b = [p for p in files_in_6b if p != SERIE_TEMPORAL]

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
	print(f'{IMNOTLOPES}: {len(files_in_6b)} files in the folder, all in the suite: '
		f'{all(p in files for p in files_in_6b)}; {len(new_in_6b)} besides {SERIE_TEMPORAL}')
	print('rows skipped by the sum rule (unlabelled totals):', unlabelled_totals or 'none')


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

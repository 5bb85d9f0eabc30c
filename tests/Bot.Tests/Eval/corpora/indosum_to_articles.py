#!/usr/bin/env python3
"""Converts IndoSum articles (the detokenised dev union) into the plain-text article files the bot reads.

Usage: indosum_to_articles.py indosum_dev_union_detok.jsonl SPEC.tsv OUT_FOLDER
SPEC.tsv: IndoSum id <TAB> headline <TAB> date line (optional) <TAB> author (optional), one article a line.

Header: headline (the words of the source URL's slug), the outlet's domain (from the source URL),
a date line only where the source URL states the publication date, a "Penulis:" line only where the
URL names the author's account. Body: IndoSum's paragraphs, sentences joined by spaces, a blank line
between paragraphs. Detokenisation artefacts are undone: runs of white space become one space,
"15 / 11" -> "15/11", "A / T" -> "A/T", "e - KTP" -> "e-KTP" (but not the dash after the opening
"CITY (OUTLET) -"), "- -" -> "--". Nothing else in the text is changed.
"""
import json, re, sys, os

def fix(par, first):
    par = re.sub(r'\s+', ' ', par)
    par = re.sub(r'(?<=\w) / (?=\w)', '/', par)
    par = par.replace(' - - ', ' -- ')
    start = 0
    if first:
        m = re.match(r'^.{0,45}? [-–] ', par)
        start = m.end() if m else 0
    head, tail = par[:start], par[start:]
    tail = re.sub(r'(?<=\w) - (?=\w)', '-', tail)
    return (head + tail).strip()

def convert(row, title, date=None, author=None):
    host = re.match(r'https?://(?:www\.)?([^/]+)/', row['source_url']).group(1)
    lines = [title, host]
    if date:
        lines.append(date)
    if author:
        lines.append('Penulis: ' + author)
    lines.append('')
    for i, p in enumerate(row['paragraphs']):
        lines.append(fix(' '.join(p), i == 0))
        lines.append('')
    return '\n'.join(lines)

if __name__ == '__main__':
    src, spec, out = sys.argv[1:4]
    rows = {}
    for l in open(src, encoding='utf-8'):
        r = json.loads(l)
        rows[r['id']] = r
    os.makedirs(out, exist_ok=True)
    for line in open(spec, encoding='utf-8'):
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.rstrip('\n').split('\t')
        rid, title = parts[0], parts[1]
        date = parts[2] if len(parts) > 2 and parts[2] else None
        author = parts[3] if len(parts) > 3 and parts[3] else None
        with open(os.path.join(out, rid + '.txt'), 'w', encoding='utf-8') as f:
            f.write(convert(rows[rid], title, date, author))

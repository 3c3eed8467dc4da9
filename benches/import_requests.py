#!/usr/bin/env python3
"""The baseline: what a capable agency developer would write to import a contacts CSV.

Reads the CSV, validates each phone number with `phonenumbers` (libphonenumber's Python
port, as bp uses its Rust port), and posts the contacts in batches of 100 to
POST /inbox/users/import, one request after another, with a requests.Session (keep-alive).

Usage: BP_BASE_URL=… BP_API_TOKEN=… import_requests.py contacts.csv
"""
import csv
import os
import sys

import phonenumbers
import requests

base = os.environ["BP_BASE_URL"].rstrip("/")
token = os.environ["BP_API_TOKEN"]
session = requests.Session()
session.headers.update({"Authorization": f"Bearer {token}", "authtype": "Key"})

imported = rejected = 0
batch = []


def flush():
    global imported
    if batch:
        r = session.post(f"{base}/inbox/users/import", json=batch, timeout=30)
        r.raise_for_status()
        imported += len(batch)
        batch.clear()


with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        try:
            n = phonenumbers.parse(row["phone"], None)
            if not phonenumbers.is_valid_number(n):
                raise ValueError("invalid")
        except (phonenumbers.NumberParseException, ValueError):
            rejected += 1
            continue
        batch.append({"profile": {"userDetails": {
            "userProvidedName": row["name"],
            "contact": {"email": row["email"],
                        "phone": {"number": str(n.national_number), "prefix": str(n.country_code)}},
            "tags": [t for t in row["tags"].split(";") if t],
            "attributes": [{"key": "city", "value": row["city"]}],
        }}})
        if len(batch) == 100:
            flush()
flush()
print(f"imported {imported}, rejected {rejected}", file=sys.stderr)

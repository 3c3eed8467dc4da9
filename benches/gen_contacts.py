#!/usr/bin/env python3
"""Writes a contacts CSV of N rows to stdout: distinct valid Indian mobile numbers, with
every 100th row (if --invalid) given a number without a country code."""
import csv
import sys

n = int(sys.argv[1])
invalid = "--invalid" in sys.argv
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["name", "email", "phone", "tags", "city"])
for i in range(1, n + 1):
    phone = "12345" if invalid and i % 100 == 42 else f"+91 97{i:08d}"
    w.writerow([f"Contact {i}", f"c{i}@example.com", phone, "wa;import", "Pune"])

#!/usr/bin/env python3
"""The Python baseline of `make bench`: a user's Sync transactions into CSV,
paged with skip/limit over one keep-alive session, as a script would.
Usage: sync_export.py BASE_URL TOKEN OUT.csv"""
import csv
import sys
from datetime import datetime, timezone

import requests

base, token, out = sys.argv[1:4]
cols = ["id_transaction", "dt_transaction", "description", "amount", "currency",
        "id_account", "reference", "attachments", "dt_refresh"]


def when(t):
    return "" if t is None else datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")


with requests.Session() as s, open(out, "w", newline="") as f:
    s.headers["Authorization"] = "TOKEN token=" + token
    w = csv.writer(f, lineterminator="\n")
    w.writerow(cols)
    skip = 0
    while True:
        r = s.get(base + "/transactions", params={"skip": skip, "limit": 1000})
        r.raise_for_status()
        rows = r.json()["response"]
        if not rows:
            break
        for t in rows:
            w.writerow([t["id_transaction"], when(t["dt_transaction"]), t["description"], t["amount"],
                        t["currency"], t["id_account"], t["reference"] or "", len(t["attachments"] or []),
                        when(t["dt_refresh"])])
        skip += len(rows)

#!/usr/bin/env python3
"""Writes the request bodies of the benchmark from its query.

  same-request.json                the query with one account number, sent again and again
  different-requests.template.json the same body with __ACCOUNT_NUMBER__ in place of the number,
                                   filled in per request by different-requests.lua
  login.json                       Kraken's login mutation, whose token every request then carries

Usage: request_bodies.py QUERY_FILE ACCOUNT_NUMBER OUT_DIR
"""
import json
import os
import sys


LOGIN = ('mutation Login($input: ObtainJSONWebTokenInput!) { obtainKrakenToken(input: $input) '
         '{ token } }')


def body(query, account_number):
    return json.dumps({"query": query, "variables": {"accountNumber": account_number}})


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    query_file, account_number, out_dir = sys.argv[1:]
    with open(query_file, encoding="utf-8") as handle:
        query = handle.read()
    with open(os.path.join(out_dir, "same-request.json"), "w", encoding="utf-8") as out:
        out.write(body(query, account_number))
    template = os.path.join(out_dir, "different-requests.template.json")
    with open(template, "w", encoding="utf-8") as out:
        out.write(body(query, "__ACCOUNT_NUMBER__"))
    with open(os.path.join(out_dir, "login.json"), "w", encoding="utf-8") as out:
        credentials = {"email": "benchmark@example.it", "password": "benchmark"}
        out.write(json.dumps({"query": LOGIN, "variables": {"input": credentials}}))


if __name__ == "__main__":
    main()

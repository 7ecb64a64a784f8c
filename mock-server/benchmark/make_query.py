#!/usr/bin/env python3
"""Writes the benchmark's account query from the generated SDL.

Every field of AccountType is selected. A field whose type is a scalar or an enum is selected
bare; any other (object, interface, union, connection, opaque object) gets `{ __typename }`, so
the query stays valid whatever the nested types hold. Reading the SDL each time keeps the query
in step with the schema.

Usage: make_query.py SDL_FILE > account-query.graphql
"""
import re
import sys

BUILT_IN_SCALARS = {"String", "Int", "Float", "Boolean", "ID"}


def strip_descriptions(sdl):
    sdl = re.sub(r'"""(?:.|\n)*?"""', "", sdl)
    return re.sub(r'"(?:[^"\\\n]|\\.)*"', "", sdl)


def leaf_types(sdl):
    return BUILT_IN_SCALARS | set(re.findall(r"^(?:scalar|enum)\s+(\w+)", sdl, re.M))


def fields_of(sdl, type_name):
    match = re.search(r"^type\s+" + type_name + r"\b[^{]*\{(.*?)^\}", sdl, re.M | re.S)
    if match is None:
        sys.exit(f"type {type_name} not found in the SDL")
    body = re.sub(r"\([^)]*\)", "", match.group(1))  # arguments, possibly over several lines
    return re.findall(r"^\s*(\w+)\s*:\s*[\[\s]*(\w+)", body, re.M)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as handle:
        sdl = strip_descriptions(handle.read())
    leaves = leaf_types(sdl)
    lines = [
        "query Account($accountNumber: String!) {",
        "  account(accountNumber: $accountNumber) {",
    ]
    for name, type_name in fields_of(sdl, "AccountType"):
        lines.append(f"    {name}" if type_name in leaves else f"    {name} {{ __typename }}")
    lines += ["  }", "}"]
    print("\n".join(lines))


if __name__ == "__main__":
    main()

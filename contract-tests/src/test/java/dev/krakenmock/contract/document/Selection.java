package dev.krakenmock.contract.document;

/** One entry of a selection set: a field, or an inline fragment on a type. */
public sealed interface Selection permits FieldSelection, FragmentSelection {}

package dev.krakenmock.contract.document;

import java.util.List;
import java.util.Objects;

/** An inline fragment: {@code ... on TypeCondition { selections }}. */
public record FragmentSelection(String typeCondition, List<Selection> selections)
    implements Selection {

  public FragmentSelection {
    Objects.requireNonNull(typeCondition, "typeCondition");
    selections = List.copyOf(selections);
  }
}

package dev.krakenmock.schema.contract;

import java.util.List;
import java.util.Optional;

/**
 * The reference's "Arguments" table as it survives: its name column was lost, so only the rows'
 * descriptions remain, in order. They are paired with the example query's variable definitions
 * only when both counts agree; otherwise the table lists arguments the example does not use and
 * the pairing is unknown.
 *
 * @param descriptions one entry per row, empty where the row has no description
 */
public record ArgumentTable(List<Optional<String>> descriptions) {

  public ArgumentTable {
    descriptions = List.copyOf(descriptions);
  }

  public static ArgumentTable absent() {
    return new ArgumentTable(List.of());
  }

  public int rowCount() {
    return descriptions.size();
  }
}

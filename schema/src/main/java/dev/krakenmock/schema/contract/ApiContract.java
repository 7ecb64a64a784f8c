package dev.krakenmock.schema.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The contract of the API's query side: its operations in reference order, each with what the
 * reference documents of it.
 */
public record ApiContract(List<OperationSpec> operations) {

  public ApiContract {
    operations = List.copyOf(operations);
    Map<String, OperationSpec> seen = new LinkedHashMap<>();
    for (OperationSpec operation : operations) {
      if (seen.put(operation.name(), operation) != null) {
        throw new IllegalArgumentException("Duplicate operation " + operation.name());
      }
    }
  }

  public Optional<OperationSpec> operation(String name) {
    return operations.stream().filter(op -> op.name().equals(name)).findFirst();
  }

  /**
   * Every distinct error code with its message and the operations that may raise it, by code.
   * Where operations disagree on a code's message, the first one in reference order wins.
   */
  public SortedMap<String, ErrorUse> errorCodes() {
    Map<String, ErrorSpec> firstSeen = new LinkedHashMap<>();
    Map<String, List<String>> raisedBy = new LinkedHashMap<>();
    for (OperationSpec operation : operations) {
      for (ErrorSpec error : operation.possibleErrors()) {
        firstSeen.putIfAbsent(error.code(), error);
        raisedBy.computeIfAbsent(error.code(), code -> new ArrayList<>()).add(operation.name());
      }
    }
    SortedMap<String, ErrorUse> byCode = new TreeMap<>(ApiContract::compareCodes);
    firstSeen.forEach((code, error) -> byCode.put(code, new ErrorUse(error, raisedBy.get(code))));
    return java.util.Collections.unmodifiableSortedMap(byCode);
  }

  /** Orders {@code KT-CT-1111} before {@code KT-CT-10003}: by prefix, then by number. */
  public static int compareCodes(String left, String right) {
    int leftDash = left.lastIndexOf('-');
    int rightDash = right.lastIndexOf('-');
    int byPrefix = left.substring(0, leftDash).compareTo(right.substring(0, rightDash));
    if (byPrefix != 0) {
      return byPrefix;
    }
    return Long.compare(
        Long.parseLong(left.substring(leftDash + 1)), Long.parseLong(right.substring(rightDash + 1)));
  }

  /** An error code, its message, and the operations that document it. */
  public record ErrorUse(ErrorSpec error, List<String> operations) {
    public ErrorUse {
      operations = List.copyOf(operations);
    }
  }
}

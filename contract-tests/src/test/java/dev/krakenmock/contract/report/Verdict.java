package dev.krakenmock.contract.report;

/** What the suite concluded about one operation. */
public enum Verdict {
  /** Every check that ran found the operation as the contract describes it. */
  CONFORMANT("conformant"),
  /** At least one check found a departure. */
  NON_CONFORMANT("non-conformant"),
  /**
   * Nothing departed, but the example's data could not be checked (e.g. it needs data or
   * permissions).
   */
  NOT_EXERCISABLE("not exercisable");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

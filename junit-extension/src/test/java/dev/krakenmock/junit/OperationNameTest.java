package dev.krakenmock.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OperationNameTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
      query Account($n: String!) { account(accountNumber: $n) { number } } | Account
      mutation Login { obtainKrakenToken(input: {APIKey: "k"}) { token } }  | Login
      # query Commented\\n subscription Watch { ping }                      | Watch
      { account(accountNumber: "query Fake { x }") { number } }             | none
      query { viewer { email } }                                            | none
      query A { a } query B { b }                                           | none
      query A { a } { b }                                                   | none
      fragment F on Account { number } query Named { viewer { ...F } }      | Named
      query Q($s: String = "mutation M { }") { viewer { email } }           | Q
      """)
  void findsTheNameOfTheOnlyOperation(String document, String expected) {
    assertEquals(Optional.ofNullable(expected),
        OperationName.of(document.replace("\\n", "\n")));
  }
}

import Testing
@testable import LossKit

@Suite struct NumberListTests {
    @Test(arguments: [
        ("1,0,1", [1.0, 0, 1]),
        ("1 0 1", [1.0, 0, 1]),
        ("1; 0; 1", [1.0, 0, 1]),
        ("  [1, 0]  ", [1.0, 0]),
        ("[ .5 ,1e-3, -0.2 ]", [0.5, 0.001, -0.2]),
        ("−0.25\t+2E2", [-0.25, 200]),
        ("7", [7.0]),
        ("1.", [1.0]),
    ])
    func acceptsWhatPeopleType(_ text: String, _ expected: [Double]) throws {
        #expect(try NumberList.parse(text) == expected)
    }

    func message(_ text: String) -> String? {
        do { _ = try NumberList.parse(text); return nil } catch { return error.description }
    }

    @Test func namesTheValueAndItsText() {
        #expect(message("1, 0, 0..2") == #"value 3 ("0..2") is not a number"#)
        #expect(message("1 abc") == #"value 2 ("abc") is not a number"#)
        #expect(message("0x10") == #"value 1 ("0x10") is not a number"#)
        #expect(message("1e") == #"value 1 ("1e") is not a number"#)
        #expect(message(".") == #"value 1 (".") is not a number"#)
        #expect(message("1e999") == #"value 1 ("1e999") is not a finite number; type an ordinary number such as 0.5"#)
        #expect(message("1, nan") == #"value 2 ("nan") is not a finite number; type an ordinary number such as 0.5"#)
        #expect(message("-inf") == #"value 1 ("-inf") is not a finite number; type an ordinary number such as 0.5"#)
    }

    @Test func reportsMissingValuesWithTheirColumn() {
        #expect(message("1,,2") == "value 2 is missing at column 3: two separators in a row, or one at the end")
        #expect(message("1, 2,") == "value 3 is missing at column 6: two separators in a row, or one at the end")
        #expect(message(", 1") == "value 1 is missing at column 1: two separators in a row, or one at the end")
    }

    @Test func reportsEmptyListsAndBrackets() {
        #expect(message("") == "the list is empty; type numbers separated by commas or spaces, such as 1, 0, 0.5")
        #expect(message("  [ ] ") == "the list is empty; type numbers separated by commas or spaces, such as 1, 0, 0.5")
        #expect(message("[1, 2") == #"the "[" at column 1 is never closed"#)
        #expect(message("1, 2]") == #"the "]" at column 5 has no "[" before it"#)
    }

    @Test func errorCarriesPosition() {
        do {
            _ = try NumberList.parse("0.5, 1, x7")
            Issue.record("expected an error")
        } catch {
            #expect(error == NumberListError(.notANumber, value: 3, column: 9, text: "x7"))
        }
    }

    @Test func aLongBadValueIsQuotedShortAndEscaped() {
        let word = "\u{1B}" + String(repeating: "x", count: 100_000)
        do {
            _ = try NumberList.parse("1, " + word)
            Issue.record("a word was read as a number")
        } catch {
            #expect(error.description == "value 2 (\"\\e" + String(repeating: "x", count: 39) + "…\") is not a number")
        }
    }
}

import Foundation
import Testing
@testable import LossKit

@Suite struct FormattingTests {
    @Test func readableNumbers() {
        #expect(NumberFormat.readable(0.04000000000000001) == "0.04")
        #expect(NumberFormat.readable(1.2039728043259361) == "1.204")
        #expect(NumberFormat.readable(1e-7) == "1e-7")
        #expect(NumberFormat.readable(-16.11809565095832) == "-16.12")
        #expect(NumberFormat.readable(123456.7) == "1.235e5")
        #expect(NumberFormat.readable(100) == "100")
        #expect(NumberFormat.readable(0) == "0")
        #expect(NumberFormat.readable(.infinity) == "∞")
        #expect(NumberFormat.readable(-.infinity, infinity: "inf") == "-inf")
        #expect(Notation.unicode.number(-0.5) == "−0.5")
        #expect(NumberFormat.readable(-1.5e-8) == "-1.5e-8")
        #expect(Notation.unicode.number(-1.5e-8) == "−1.5e-8")
        #expect(NumberFormat.readable(1e100, digits: 3) == "1e100")
        #expect(NumberFormat.readable(0.1 + 0.2, digits: 17) == "0.30000000000000004")
        #expect(NumberFormat.readable(2.5, digits: 30) == "2.5")
        #expect(NumberFormat.readable(1234.5, digits: 1) == "1e3")
    }

    @Test func aReadingNeverShowsOneForAValueThatIsNot() {
        #expect(Notation.unicode.reading(1 - 1e-7) == "1 − 1e-7")
        #expect(Notation.ascii.reading(-1 - 2e-5) == "-1 - 2e-5")
        #expect(Notation.unicode.reading(1.00002) == "1 + 2e-5")
        #expect(Notation.unicode.reading(1) == "1")
        #expect(Notation.unicode.reading(0.99) == "0.99")
        // Elsewhere a reading is 4 significant digits, as tables write them.
        #expect(Notation.unicode.reading(330.0141) == "330")
        #expect(Notation.unicode.reading(-0.2231435513) == "−0.2231")
    }

    @Test func fullNumbersRoundTrip() {
        for v in [0.1, 1e-300, 5e-324, 0.6108643020548935, -2.5, 1e22, 123456789.125] {
            #expect(Double(NumberFormat.full(v)) == v)
        }
        #expect(NumberFormat.full(.infinity) == "inf")
        #expect(NumberFormat.full(-.infinity) == "-inf")
        #expect(NumberFormat.full(.nan) == "nan")
    }

    @Test func jsonHasEveryFieldAndRoundTrips() throws {
        let e = Evaluation(spec: LossSpec(loss: .bce), x: [1, 0, 0.3], xhat: [0, 0.2, 0.3])
        let object = try #require(JSONSerialization.jsonObject(with: Data(e.json().utf8)) as? [String: Any])
        #expect(object["loss"] as? String == "bce")
        #expect(object["convention"] as? String == "exact")
        #expect(object["reduction"] as? String == "mean")
        #expect(object["n"] as? Int == 3)
        #expect(object["value"] as? String == "inf")
        let terms = try #require(object["terms"] as? [[String: Any]])
        #expect(terms.count == 3)
        #expect(terms[0]["i"] as? Int == 1)
        #expect(terms[0]["loss"] as? String == "inf")
        #expect(terms[0]["gradient"] as? String == "-inf")
        #expect(terms[0]["x_log_xhat"] as? String == "-inf")
        // Foundation's JSON reader rounds some numbers, so the exact digits are checked as text.
        #expect(e.json().contains(#""loss": \#(NumberFormat.full(e.terms[2].loss))"#))
        #expect(e.json().contains(#""one_minus_x_log_one_minus_xhat": -0.22314355131420976"#))
        #expect(Double("0.6108643020548934") == e.terms[2].loss)
    }

    @Test func mseJsonHasDiffAndSquared() throws {
        let e = Evaluation(spec: LossSpec(loss: .mse), x: [1], xhat: [0.2])
        let object = try #require(JSONSerialization.jsonObject(with: Data(e.json().utf8)) as? [String: Any])
        let term = try #require((object["terms"] as? [[String: Any]])?.first)
        #expect(term["diff"] != nil && term["squared"] != nil)
        #expect(e.json().contains(#""diff": 0.8, "squared": 0.6400000000000001"#))
        #expect(e.json().contains(#""value": 0.6400000000000001"#))
    }
}

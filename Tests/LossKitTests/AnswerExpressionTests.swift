import Foundation
import Testing
@testable import LossKit

/// Answers read the way people write them, and errors that point at the column.
@Suite struct AnswerExpressionTests {
    @Test(arguments: [
        ("0.5", 0.5), (".5", 0.5), ("5.", 5), ("1/2", 0.5), ("2e-3", 0.002), ("2e−3", 0.002), ("2E+1", 20), ("-0.2", -0.2),
        ("−0.2", -0.2), ("-ln(0.8)", 0.2231435513142097), ("log(2)", 0.6931471805599453), ("LN(2)", 0.6931471805599453),
        ("log10(1000)", 3), ("log2(8)", 3), ("exp(0)", 1), ("sqrt(0.04)", 0.2), ("e", M_E), ("e^2", M_E * M_E),
        ("0.2^2", 0.04000000000000001), ("2 * 3", 6), ("2 × 3", 6), ("3 ÷ 4", 0.75), ("1 − 0.25", 0.75),
        ("(0.04 + 0.04 + 0) / 3", 0.08 / 3), ("-2^2", -4), ("2^-1", 0.5), ("2^3^2", 512), ("1 - 2 - 3", -4),
        ("8 / 2 / 2", 2), ("-(0.5 * ln(0.2) + 0.5 * ln(0.8))", 0.916290731874155), ("  0.25  ", 0.25),
        ("2(0.8 − 1)", -0.3999999999999999), ("2ln(2)", 2 * M_LN2), ("2 (3)", 6), ("0.2²", 0.04000000000000001), ("2³", 8),
        ("−[1 · ln(0.8) + 0 · ln(1 − 0.8)]", 0.2231435513142097), ("(1 − 0.8)² / 2", 0.019999999999999997),
    ] as [(String, Double)])
    func readsNumbersAndExpressions(_ text: String, _ expected: Double) throws {
        let answer = try AnswerExpression(text)
        #expect(abs(answer.value - expected) <= 1e-15 * max(1, abs(expected)), "\(text)")
    }

    @Test func logIsNaturalAndSaysSo() throws {
        #expect(try AnswerExpression("log(2)").notes == [AnswerExpression.Parser.naturalLogNote])
        #expect(try AnswerExpression("ln(2) + log(3)").notes.count == 1)
        #expect(try AnswerExpression("ln(2)").notes.isEmpty)
        #expect(try AnswerExpression("log10(2)").notes.isEmpty)
    }

    @Test func significantDigitsOfAPlainNumber() throws {
        #expect(try AnswerExpression("0.0267").significantDigits == 3)
        #expect(try AnswerExpression("0.08").significantDigits == 1)
        #expect(try AnswerExpression("0.080").significantDigits == 2)
        #expect(try AnswerExpression("-2.303").significantDigits == 4)
        #expect(try AnswerExpression("2e-3").significantDigits == 1)
        #expect(try AnswerExpression("0").significantDigits == 1)
        #expect(try AnswerExpression("1/2").significantDigits == nil)
        #expect(try AnswerExpression("(0.5)").significantDigits == nil)
        #expect(try AnswerExpression("0.08").quoted() == "0.08")
        #expect(try AnswerExpression("-ln(0.8)").quoted() == "-ln(0.8) = 0.2231")
    }

    /// Found by `scripts/fuzz.sh answers`: thousands of nested brackets or signs overflowed the stack.
    @Test func deepNestingIsRefusedNotOverflowed() throws {
        let deep = String(repeating: "[(", count: 5000) + "1" + String(repeating: ")]", count: 5000)
        #expect(throws: AnswerExpressionError(column: 65, "the answer nests signs or brackets more than 64 deep")) {
            try AnswerExpression(deep)
        }
        #expect(throws: AnswerExpressionError.self) { try AnswerExpression(String(repeating: "-+", count: 50_000) + "1") }
        let fine = String(repeating: "(", count: 30) + "0.5" + String(repeating: ")", count: 30)
        #expect(try AnswerExpression(fine).value == 0.5)
    }

    /// Found by `scripts/fuzz.sh answers`: a tab between the sign and the digits reached the feedback raw.
    @Test func controlCharactersInsideAnAnswerAreQuotedEscaped() throws {
        let answer = try AnswerExpression("+\t01.")
        #expect(answer.value == 1)
        #expect(answer.quoted() == "+\\t01.")
        #expect(try AnswerExpression("-\tln(0.8)").quoted() == "-\\tln(0.8) = 0.2231")
    }

    @Test(arguments: [
        ("0,0267", 2, "write 0.0267 with a point; a decimal comma is not read"),
        ("-ln(0,8)", 6, "write 0.8 with a point; a decimal comma is not read"),
        ("0.2, 0.3", 4, "expected one answer; a comma does not belong in it"),
        ("0.2 0.3", 5, "expected an operator such as + or ×, or the end, not \"0.3\""),
        ("ln(0.8", 7, "expected \")\" to close the \"(\" at column 3"),
        ("ln 0.8", 4, "expected \"(\" after ln, not \"0.8\""),
        ("lg(2)", 1, "unknown name \"lg\"; write one of ln, log, log10, log2, exp, sqrt or e"),
        ("2 *", 4, "expected a number, a name such as ln, or \"(\" before the end"),
        ("2 + ?", 5, "expected a number, a name such as ln, or \"(\", not \"?\""),
        ("1/0", 2, "division by 0"),
        ("ln(0)", 1, "ln needs a number above 0, not 0 (ln 0 is −∞)"),
        ("log(-1)", 1, "log needs a number above 0, not -1"),
        ("sqrt(-4)", 1, "sqrt needs a number of at least 0, not -4"),
        ("(-8)^0.5", 5, "-8^0.5 has no real value"),
        ("2 3", 3, "expected an operator such as + or ×, or the end, not \"3\""),
        ("[1 + 2)", 7, "expected \"]\" to close the \"[\" at column 1"),
        (".", 1, "expected a digit after \".\""),
        ("", 1, "expected a number, such as 0.25"),
        ("exp(1000)", 1, "the value is not a finite number"),
    ] as [(String, Int, String)])
    func errorsPointAtTheColumn(_ text: String, _ column: Int, _ message: String) {
        #expect(throws: AnswerExpressionError(column: column, message)) { try AnswerExpression(text) }
    }

    @Test func anErrorReadsAsASentence() {
        #expect(AnswerExpressionError(column: 7, "expected \")\"").description == "at column 7: expected \")\"")
    }
}

extension AnswerExpressionTests {
    /// A step's formula with the numbers in, as LossKit writes it, reads back as the value LossKit computes:
    /// a student who types the worked step gets the number the checker expects.
    @Test(arguments: [(1.0, 0.8), (0.0, 0.3), (0.5, 0.25), (0.3, 0.9)])
    func substitutedFormulasReadBackAsTheirValues(_ x: Double, _ xhat: Double) throws {
        for loss in Loss.all {
            let spec = LossSpec(loss: loss)
            let term = ElementTerm(spec: spec, index: 1, x: x, prediction: xhat, count: 1)
            let full = { (v: Double) in Notation.unicode.number(v, digits: nil) }
            let step = loss.definition.stepFormula(term, convention: .exact, notation: .unicode, number: full).substituted
            if !step.contains("|") {
                #expect(abs(try AnswerExpression(step).value - term.loss) <= 1e-15, "\(loss) \(step)")
            }
            let gradient = try #require(loss.definition.gradientFormula(term, convention: .exact, notation: .unicode, number: full))
            if !gradient.substituted.contains("sign") {
                #expect(abs(try AnswerExpression(gradient.substituted).value - term.gradient) <= 1e-14, "\(loss) \(gradient.substituted)")
            }
        }
    }
}

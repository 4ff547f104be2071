#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A typed answer read the way people write them: a number (`0.5`, `.5`, `2e-3`) or a small
/// expression (`1/2`, `-ln(0.8)`, `log(2)`, `sqrt(0.04)`, `0.2^2`, `(1 − 0.8) × 2`), evaluated.
///
/// `log` is the natural logarithm, as in mathematics and in every library LossLab follows; an
/// answer that uses it carries a note saying so. A decimal comma (`0,0267`) is refused with a
/// message that writes the number with a point.
public struct AnswerExpression: Sendable, Equatable {
    /// The text as typed, without surrounding spaces.
    public let text: String
    /// The value of the expression.
    public let value: Double
    /// What a reader should know about how the text was read, such as "log is read as ln".
    public let notes: [String]
    /// The significant digits written, when the text is one plain number (3 for "0.0267", 1 for "0.08").
    public let significantDigits: Int?

    /// Reads and evaluates `text`, or throws an error with the column and what was expected there.
    public init(_ text: String) throws(AnswerExpressionError) {
        var parser = Parser(text)
        let value = try parser.parseWhole()
        self.text = parser.trimmedText
        self.value = value
        self.notes = parser.notes
        self.significantDigits = parser.plainNumberDigits
    }

    /// Whether the text is one plain number rather than an expression.
    public var isPlainNumber: Bool { significantDigits != nil }

    /// The answer as feedback quotes it: the plain number as typed, or "−ln(0.8) = 0.2231"; a control
    /// character typed inside it (a tab between sign and digits) is shown escaped.
    public func quoted(_ notation: Notation = .unicode) -> String {
        let shown = text.replacingControlCharacters()
        return isPlainNumber ? shown : "\(shown) = \(notation.number(value))"
    }

    /// The names an expression may call, with what each computes.
    static let functions: [(name: String, apply: @Sendable (Double) -> Double)] = [
        ("ln", { log($0) }), ("log", { log($0) }), ("log10", { log10($0) }), ("log2", { log2($0) }),
        ("exp", { exp($0) }), ("sqrt", { $0.squareRoot() }),
    ]
}

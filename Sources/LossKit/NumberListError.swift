/// Why a typed list of numbers could not be read, and where.
public struct NumberListError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        case notANumber
        case notFinite
        case missing
        case empty
        case unclosedBracket
        case unopenedBracket
    }

    public var reason: Reason
    /// The 1-based number of the value concerned (0 when the whole list is concerned).
    public var value: Int
    /// The 1-based column, in Unicode scalars, where the problem starts (0 when it has none).
    public var column: Int
    /// The offending text (its first 40 characters and "…" when longer), with control characters escaped.
    public var text: String

    public init(_ reason: Reason, value: Int, column: Int, text: String) {
        self.reason = reason
        self.value = value
        self.column = column
        // A quote says which text is meant; a megabyte of it would bury the message.
        self.text = (text.count > 40 ? text.prefix(40) + "…" : text).replacingControlCharacters()
    }

    /// A sentence such as `value 3 ("0..2") is not a number`.
    public var description: String {
        switch reason {
        case .notANumber: "value \(value) (\"\(text)\") is not a number"
        case .notFinite: "value \(value) (\"\(text)\") is not a finite number; type an ordinary number such as 0.5"
        case .missing: "value \(value) is missing at column \(column): two separators in a row, or one at the end"
        case .empty: "the list is empty; type numbers separated by commas or spaces, such as 1, 0, 0.5"
        case .unclosedBracket: "the \"[\" at column \(column) is never closed"
        case .unopenedBracket: "the \"]\" at column \(column) has no \"[\" before it"
        }
    }
}

/// Why a typed answer could not be read: where (a 1-based column) and what was expected there.
public struct AnswerExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The 1-based column, in Unicode scalars of the trimmed text, where the problem starts.
    public var column: Int
    /// What went wrong, such as `expected ")" to close the "(" at column 3`.
    public var message: String

    /// An error at `column`; control characters quoted in the message are escaped.
    public init(column: Int, _ message: String) {
        self.column = column
        self.message = message.replacingControlCharacters()
    }

    /// `at column 7: expected ")" to close the "(" at column 3`.
    public var description: String { "at column \(column): \(message)" }
}

/// Why a data file could not be read, as `file:line:column: message` or `file: byte N: message`.
public struct DataFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    /// The 1-based line, or 0 when the whole file (or a byte offset) is concerned.
    public var line: Int
    /// The 1-based column, or 0 when it has none.
    public var column: Int
    /// The 0-based byte offset in a binary file (a `.npy` header, PGM pixels), when that says where.
    public var offset: Int?
    public var message: String

    /// An error in `path`; control characters in the path or the message are escaped (`\e`, `\x07`).
    public init(path: String, line: Int = 0, column: Int = 0, offset: Int? = nil, message: String) {
        self.path = path.replacingControlCharacters()
        self.line = line
        self.column = column
        self.offset = offset
        self.message = message.replacingControlCharacters()
    }

    public var description: String {
        let place = line > 0 ? (column == 0 ? "\(path):\(line)" : "\(path):\(line):\(column)")
            : offset.map { "\(path): byte \($0)" } ?? path
        return "\(place): \(message)"
    }
}

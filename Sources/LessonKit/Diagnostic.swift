import LossKit

/// One problem found in a lesson, located by file and 1-based line.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file as the reader named it, such as `Lessons/03-mse.md`.
    public var file: String
    /// The 1-based line; 0 when the problem concerns the whole file or folder.
    public var line: Int
    /// What is wrong, in words that say what to change.
    public var message: String

    /// A problem of `file`; control characters in the name or message are escaped, so it prints safely.
    public init(file: String, line: Int, message: String) {
        self.file = file.replacingControlCharacters()
        self.line = line
        self.message = message.replacingControlCharacters()
    }

    /// `file:line: message`, or `file: message` when there is no line.
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}

/// Problems found while reading one file, before the file name is attached.
struct LineProblems {
    private(set) var items: [(line: Int, message: String)] = []

    mutating func add(_ line: Int, _ message: String) { items.append((line, message)) }

    /// The problems as diagnostics of `file`.
    func diagnostics(file: String) -> [Diagnostic] {
        items.map { Diagnostic(file: file, line: $0.line, message: $0.message) }
    }
}

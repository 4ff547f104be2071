import TestSupport

/// Runs of the built binary that need no terminal.
enum BuiltBinaryRun {
    /// `losslab` with no arguments and pipes for its input and output.
    static func withoutTerminal() throws -> BuiltBinary.Result {
        try BuiltBinary.run([], stdin: "")
    }
}

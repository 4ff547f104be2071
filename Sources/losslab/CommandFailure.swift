import LossKit

/// An error about the input a subcommand reports as `Error: <message>` on standard error, exiting with status 1.
///
/// Unlike a `ValidationError` (a command line to fix, status 64), it prints no usage text: the message
/// itself says what in the data or files to change.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    /// A failure saying `message`, with control characters escaped (line breaks stay).
    init(_ message: String) { description = message.replacingControlCharacters(keepingLineBreaks: true) }
}

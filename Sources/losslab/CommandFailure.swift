/// An error a subcommand reports as `Error: <message>` on standard error, exiting with status 1.
///
/// Unlike a `ValidationError`, it prints no usage text: the message itself says what to change.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ message: String) { description = message }
}

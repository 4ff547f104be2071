#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import StateStore

/// `losslab notes`: follows a running presenter's speaker notes, for a second terminal.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Follow the speaker notes of a running `losslab present` in a second terminal.",
        discussion: """
            Prints the current step's notes each time the presenter moves, until the presentation ends \
            (or Ctrl-C). The presenter leaves them in $XDG_RUNTIME_DIR/losslab/presenter-notes.txt, \
            else /tmp/losslab-UID/presenter-notes.txt.
            """
    )

    @Flag(help: "Print the current notes once and exit.")
    var once = false

    /// How often the file is looked at.
    static let interval: useconds_t = 200_000

    func run() throws {
        let location = PresenterNotesLocation.resolve(environment: ["XDG_RUNTIME_DIR": Environment.value("XDG_RUNTIME_DIR") ?? ""],
                                                      uid: getuid())
        if once {
            guard let text = location.read() else { throw CommandFailure("no presenter is running (there is no \(location.path))") }
            print(text, terminator: "")
            return
        }
        var shown: String?
        var waiting = false
        while true {
            let text = location.read()
            switch (text, shown) {
            case (nil, nil) where !waiting:
                StandardError.print("losslab notes: waiting for a presenter (\(location.path))")
                waiting = true
            case (nil, .some):
                print("\n— the presentation has ended —")
                return
            case let (.some(text), _) where text != shown:
                let clear = isatty(STDOUT_FILENO) == 1 ? "\u{1B}[H\u{1B}[2J" : (shown == nil ? "" : "\n" + String(repeating: "─", count: 40) + "\n")
                print(clear + text, terminator: "")
                fflush(nil)
                shown = text
            default: break
            }
            usleep(Self.interval)
        }
    }
}

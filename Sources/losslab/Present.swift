#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LessonKit
import LossLabApp
import StateStore

/// `losslab present`: a lesson revealed block by block for a room, with speaker notes for a second terminal.
struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Present a lesson to a room: block by block, big numbers, notes in a second terminal.",
        discussion: """
            Space or → reveals the next block, ← or Backspace hides it, g and a slide number then Enter \
            jumps, b blanks the screen, T starts or stops a timer, l opens the slide's lab in the Lab with big \
            read-outs, Esc opens the lesson's reader, q asks \
            before quitting, ? lists the keys. Each step's speaker notes go to \
            $XDG_RUNTIME_DIR/losslab/presenter-notes.txt (else /tmp/losslab-UID/presenter-notes.txt), \
            which `losslab notes` follows, and to FILE with --notes (for tail -F FILE).
            """
    )

    @Argument(help: ArgumentHelp("The lesson's number (1 is the first) or its file name.", valueName: "lesson"))
    var lesson = "1"

    @Option(help: ArgumentHelp("Rewrite this file with the current step's notes at every step.", valueName: "file"))
    var notes: String?

    @OptionGroup var display: DisplayArguments

    func run() throws {
        let lessons = try display.lessonList()
        let k = try LessonsCommand.index(of: lesson, in: lessons)
        let state = AppState(width: 0, height: 0, options: Interactive.options(ascii: display.ascii), lessons: lessons,
                             page: .presenter(k))
        let runtime = PresenterNotesLocation.resolve(environment: ["XDG_RUNTIME_DIR": Environment.value("XDG_RUNTIME_DIR") ?? ""],
                                                     uid: getuid())
        let first = state.presenter!.notesText(lessons)
        if let notes, let failure = AtomicFile.write(first, to: notes) {
            throw CommandFailure("cannot write the notes to \(notes): \(failure)")
        }
        // The file `losslab notes` follows is a convenience: the talk goes on without it.
        _ = runtime.write(first)
        defer { runtime.remove() }
        // A talk to a room records no one's progress.
        try Interactive.open(Interactive.Start(page: .presenter(k), ascii: display.ascii, noColor: display.noColor, lessons: lessons,
                                               location: nil) { effect in
            guard case let .notes(text) = effect else { return }
            if let notes { _ = AtomicFile.write(text, to: notes) }
            _ = runtime.write(text)
        })
    }
}

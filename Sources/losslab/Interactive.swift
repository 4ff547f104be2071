#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LessonKit
import LossLabApp
import TerminalBackend

/// Starting the interactive app: the terminal checks, the locale, colour, then the event loop.
enum Interactive {
    /// The drawing options for this terminal: ASCII when asked or when the locale is not UTF-8, block
    /// charts on the Linux console.
    static func options(ascii: Bool) -> AppOptions {
        AppOptions(ascii: ascii, localeIsUTF8: localeIsUTF8(), term: getenv("TERM").map { String(cString: $0) })
    }

    /// The commands that work without a full-screen terminal, for the messages that say why the app cannot start.
    static let textCommands = "use `losslab explain` (a derivation as text), `losslab plot` (a chart) "
        + "or `losslab screen --size 80x24 --keys …` (the app's screen as text)."

    /// Runs the app from `state`, or explains why it cannot (no terminal, or one curses cannot drive)
    /// and exits non-zero with the terminal untouched.
    ///
    /// With `bundledLessons`, the state holds only the catalog and the lessons are parsed after the
    /// first frame is drawn, which keeps start-up short.
    static func run(_ state: AppState, noColor: Bool, bundledLessons: Bool) throws {
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
            try fail("losslab: the app needs a terminal (standard input and output must be a TTY).\n"
                + "Without one, \(textCommands)\n")
        }
        let colour = !(noColor || (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false))
        var state = state
        state.options.colour = colour
        do {
            try TerminalApp.run(state, colour: colour) { state in
                if bundledLessons { state.provideLessons(LessonLibrary.bundled.lessons) }
            }
        } catch {
            try fail("losslab: \(error)\n"
                + "Set TERM to your terminal's type (for example xterm-256color), or \(textCommands)\n")
        }
    }

    /// Writes `message` to standard error and exits with status 2.
    private static func fail(_ message: String) throws -> Never {
        _ = message.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
        throw ExitCode(2)
    }

    /// The built-in lessons' catalog, known without parsing them.
    static var bundledCatalog: [LessonSummary] {
        BundledLessons.contents.map { LessonSummary(title: $0.title, questions: $0.questions) }
    }

    /// Opens the app on its contents page, with the built-in lessons or those of `folder`.
    static func openContents(ascii: Bool, noColor: Bool, folder: String?, loadFolder: () throws -> [Lesson]) throws {
        let options = options(ascii: ascii)
        if folder == nil {
            try run(AppState(width: 0, height: 0, options: options, catalog: bundledCatalog), noColor: noColor, bundledLessons: true)
        } else {
            try run(AppState(width: 0, height: 0, options: options, lessons: try loadFolder()), noColor: noColor, bundledLessons: false)
        }
    }

    /// Opens the app on the Train screen `screen` (the built-in lessons behind it).
    static func openTrain(_ screen: TrainScreen, ascii: Bool, noColor: Bool) throws {
        var state = AppState(width: 0, height: 0, options: options(ascii: ascii), catalog: bundledCatalog)
        state.openTrain(screen)
        try run(state, noColor: noColor, bundledLessons: true)
    }

    /// Whether the locale (LC_ALL, else LC_CTYPE, else LANG) names UTF-8.
    static func localeIsUTF8() -> Bool {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = getenv(name), value.pointee != 0 else { continue }
            let text = String(cString: value).lowercased()
            return text.contains("utf-8") || text.contains("utf8")
        }
        return false
    }
}

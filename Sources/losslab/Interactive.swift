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
    /// The drawing options for a terminal: ASCII when asked or when the locale is not UTF-8.
    static func options(ascii: Bool) -> AppOptions {
        AppOptions(ascii: ascii || !localeIsUTF8())
    }

    /// Runs the app from `state`, or explains why it cannot (no terminal) and exits non-zero.
    ///
    /// With `bundledLessons`, the state holds only the catalog and the lessons are parsed after the
    /// first frame is drawn, which keeps start-up short.
    static func run(_ state: AppState, noColor: Bool, bundledLessons: Bool) throws {
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
            let message = "losslab: the app needs a terminal (standard input and output must be a TTY).\n"
                + "Without one, use `losslab explain` (a derivation as text), `losslab plot` (a chart) "
                + "or `losslab screen --size 80x24 --keys …` (the app's screen as text).\n"
            _ = message.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
            throw ExitCode(2)
        }
        let colour = !(noColor || (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false))
        var state = state
        state.options.colour = colour
        TerminalApp.run(state, colour: colour) { state in
            if bundledLessons { state.provideLessons(LessonLibrary.bundled.lessons) }
        }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import LessonKit
import LossLabApp
import ProgressKit
import StateStore
import TerminalBackend

/// Starting the interactive app: the terminal checks, the locale, colour, the saved progress, then the event loop.
enum Interactive {
    /// The drawing options for this terminal: ASCII when asked or when the locale is not UTF-8, block
    /// charts on the Linux console.
    static func options(ascii: Bool) -> AppOptions {
        AppOptions(ascii: ascii, localeIsUTF8: localeIsUTF8(), term: getenv("TERM").map { String(cString: $0) })
    }

    /// The commands that work without a full-screen terminal, for the messages that say why the app cannot start.
    static let textCommands = "use `losslab explain` (a derivation as text), `losslab plot` (a chart) "
        + "or `losslab screen --size 80x24 --keys …` (the app's screen as text)."

    /// How the app starts: where, with which lessons and Lab, and where its progress is kept.
    struct Start {
        var page: Page = .contents
        var lab: LabState?
        var ascii = false
        var noColor = false
        /// The lessons of `--lessons`, or nil for the built-in ones (parsed after the first frame).
        var lessons: [Lesson]?
        /// The progress file's place; nil for `--no-save`.
        var location: StateLocation?
        /// The Practice screen's seed; a random one when nil.
        var seed: UInt64?
        /// The Train screen to open on (`losslab open --train`, `train --watch`), the contents behind it.
        var train: TrainScreen?
        /// Carries out the effects that are neither quitting nor saving (the presenter's notes).
        var perform: (Effect) -> Void = { _ in }
    }

    /// Opens the app as `start` says, with the saved progress loaded (a file that cannot be read is set
    /// aside, a read-only home runs without saving; the contents page says so) and each change saved.
    static func open(_ start: Start) throws {
        guard isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 else {
            try fail("losslab: the app needs a terminal (standard input and output must be a TTY).\n"
                + "Without one, \(textCommands)\n")
        }
        let store = ProgressStore(location: start.location)
        let course = store.load()
        let notices = store.takeNotices()
        let options = options(ascii: start.ascii)
        let seed = start.seed ?? UInt64.random(in: 0...UInt64.max)
        var state = start.lessons.map {
            AppState(width: 0, height: 0, options: options, lessons: $0, course: course, notices: notices, page: start.page, lab: start.lab,
                     practiceSeed: seed)
        } ?? AppState(width: 0, height: 0, options: options, catalog: bundledCatalog, course: course, notices: notices,
                      page: start.page, lab: start.lab, practiceSeed: seed)
        if let train = start.train { state.openTrain(train) }
        let colour = !(start.noColor || (getenv("NO_COLOR").map { $0.pointee != 0 } ?? false))
        state.options.colour = colour
        let bundled = start.lessons == nil
        do {
            try TerminalApp.run(state, colour: colour, now: { Double(time(nil)) }, perform: { effect, state in
                guard case let .save(change) = effect else { return start.perform(effect) }
                store.update(change.apply)
                state.notices += store.takeNotices()
            }, afterFirstFrame: { state in
                if bundled { state.provideLessons(LessonLibrary.bundled.lessons) }
            })
        } catch {
            try fail("losslab: \(error)\n"
                + "Set TERM to your terminal's type (for example xterm-256color), or \(textCommands)\n")
        }
    }

    /// Writes `message` to standard error (escaped) and exits with status 2.
    private static func fail(_ message: String) throws -> Never {
        StandardError.print(message, newline: false)
        throw ExitCode(2)
    }

    /// The built-in lessons' catalog, known without parsing them.
    static var bundledCatalog: [LessonSummary] {
        BundledLessons.contents.map { LessonSummary(slug: $0.slug, title: $0.title, questions: $0.questions) }
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

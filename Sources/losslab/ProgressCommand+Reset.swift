import ArgumentParser
import LessonKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProgressCommand {
    /// `losslab progress reset [LESSON] [--yes]`: forgets one lesson's progress, or everything.
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Forget the progress of one lesson, or of everything.",
            discussion: "Asks for confirmation on a terminal; without one (a script, a pipe) it needs --yes."
        )

        @Argument(help: ArgumentHelp("The lesson: its number (2) or name (02-mean-squared-error). Without it, everything.",
                                     valueName: "lesson"))
        var lesson: String?

        @Flag(help: "Reset without asking.")
        var yes = false

        @OptionGroup var state: StateOptions

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        func run() throws {
            let slug = try lesson.map(resolve)
            let what = slug.map { "the progress of lesson \($0)" } ?? "all saved progress"
            if !yes {
                guard isatty(STDIN_FILENO) == 1 else {
                    throw CommandFailure("refusing to reset \(what) without --yes: standard input is not a terminal")
                }
                StandardError.print("Reset \(what)? This cannot be undone. [y/N] ", newline: false)
                guard let reply = readLine(), ["y", "yes"].contains(reply.lowercased()) else {
                    print("Nothing was reset.")
                    return
                }
            }
            let store = state.loadedStore()
            guard store.isSaving else {
                state.reportNotices(store)
                throw CommandFailure("nothing to reset: progress is not saved")
            }
            store.reset(lesson: slug)
            state.reportNotices(store)
            print("Reset \(what).")
        }

        /// The slug of the lesson `text` names by number or name.
        private func resolve(_ text: String) throws -> String {
            let lessons = try LessonsCommand.library(folder).lessons
            let name = text.hasSuffix(".md") ? String(text.dropLast(3)) : text
            if let found = lessons.first(where: { $0.slug == name }) { return found.slug }
            if let number = Int(text), let found = lessons.first(where: { Int($0.fileName.prefix(2)) == number }) { return found.slug }
            throw ValidationError("no lesson \"\(text)\"; give its number or name, as \"losslab lessons list\" shows them")
        }
    }
}

import ArgumentParser
import LessonKit

/// `losslab lessons`: lists, checks and shows lessons (subcommands in `LessonsCommand+*.swift`).
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons, or check lesson files for problems.",
        subcommands: [List.self, Check.self, Show.self]
    )
}

extension LessonsCommand {
    /// The lessons of `folder`, or the built-in ones when it is nil.
    static func library(_ folder: String?) throws -> LessonLibrary {
        guard let folder else { return LessonLibrary.bundled }
        do { return try LessonLibrary.load(folder: folder) } catch { throw CommandFailure(error.description) }
    }
}

import ArgumentParser
import LessonKit

/// `losslab lessons`: lists, checks and shows lessons (subcommands in `LessonsCommand+*.swift`).
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons, or check lesson files for problems.",
        subcommands: [List.self, Check.self, Show.self, Export.self]
    )
}

extension LessonsCommand {
    /// The lessons of `folder`, or the built-in ones when it is nil.
    static func library(_ folder: String?) throws -> LessonLibrary {
        guard let folder else { return LessonLibrary.bundled }
        do { return try LessonLibrary.load(folder: folder) } catch { throw CommandFailure(error.description) }
    }

    /// The index of the lesson `argument` names: its number in the list (1 is the first), its file
    /// name or its slug; `allowingAll` mentions `all` in the message when there is none (a wrong
    /// command line: exit status 64).
    static func index(of argument: String, in lessons: [Lesson], allowingAll: Bool = false) throws -> Int {
        if let n = Int(argument), n >= 1, n <= lessons.count { return n - 1 }
        if let k = lessons.firstIndex(where: { $0.fileName == argument || $0.slug == argument }) { return k }
        let range = lessons.isEmpty ? "there are no lessons" : "give a number from 1 to \(lessons.count)"
        throw ValidationError("no lesson \"\(argument)\"; \(range)\(allowingAll ? ", a file name or all" : " or a file name")")
    }
}

import ArgumentParser
import LessonKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Writes a line (or, without `newline`, a prompt) to standard error.
    static func printError(_ line: String, newline: Bool = true) {
        var bytes = Array((newline ? line + "\n" : line).utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}

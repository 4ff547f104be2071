import ArgumentParser
import LessonKit
import LossKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `losslab lessons`: lists the lessons and checks lesson files.
struct LessonsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lessons",
        abstract: "List the lessons, or check lesson files for problems.",
        subcommands: [List.self, Check.self, Show.self]
    )

    /// `losslab lessons list`: the lessons in order, with their titles.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the lessons in order with their titles.",
            discussion: "Without --lessons, the lessons built into losslab are listed."
        )

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        @Flag(help: "Use only ASCII characters.")
        var ascii = false

        func run() throws {
            let library = try LessonsCommand.library(folder)
            let nameWidth = library.lessons.map { DisplayWidth.of($0.fileName) }.max() ?? 0
            for lesson in library.lessons {
                let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(lesson.fileName))
                let line = "\(lesson.fileName)\(pad)  \(lesson.title)"
                print(ascii ? ASCIIText.transliterate(line) : line)
            }
            if !library.diagnostics.isEmpty {
                for d in library.diagnostics { LessonsCommand.printError(d.description) }
                LessonsCommand.printError("(run \"losslab lessons check \(folder ?? "Lessons")\" for a full check)")
            }
            if library.lessons.isEmpty { throw ExitCode(1) }
        }
    }

    /// `losslab lessons show`: one lesson laid out as text, as the app shows it.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one lesson as text, with a line for each interactive part.",
            discussion: "Example: losslab lessons show 2 --width 72"
        )

        @Argument(help: ArgumentHelp("The lesson's number in the list (1 is the first) or its file name.", valueName: "lesson"))
        var lesson: String

        @Option(name: .customLong("lessons"), help: ArgumentHelp("Read the lessons from this folder instead.", valueName: "dir"))
        var folder: String?

        @Option(help: "The line width, at least 20.")
        var width = 80

        @Flag(help: "Use only ASCII characters.")
        var ascii = false

        func run() throws {
            guard width >= 20 else { throw ValidationError("--width must be at least 20, not \(width)") }
            let library = try LessonsCommand.library(folder)
            let lessons = library.lessons
            guard let chosen = Int(lesson).flatMap({ $0 >= 1 && $0 <= lessons.count ? lessons[$0 - 1] : nil })
                ?? lessons.first(where: { $0.fileName == lesson || $0.slug == lesson }) else {
                throw CommandFailure("no lesson \"\(lesson)\"; give a number from 1 to \(lessons.count) or a file name")
            }
            let layout = LessonLayout(width: width, notation: ascii ? .ascii : .unicode)
            for line in layout.lines(chosen) {
                if case let .directive(index, indent) = line {
                    for text in layout.lines(chosen.directives[index], indent: indent) { print(text.plainText) }
                } else {
                    print(line.plainText)
                }
            }
        }
    }

    /// `losslab lessons check`: every problem in a folder of lessons, as `file:line: message`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lesson files and report every problem as file:line: message.",
            discussion: """
                Checks file names, titles, directives (lab, chart, question), that every stated answer \
                and inline value is what LossKit computes, and that the lessons together cover every \
                point S1-S23 and B1-B6. Without a folder, the lessons built into losslab are checked. \
                Exits with status 1 when there is any problem.
                """
        )

        @Argument(help: ArgumentHelp("The folder of lesson files (NN-slug.md).", valueName: "dir"))
        var folder: String?

        @Flag(help: "Do not require every coverage point to be taught (for a folder of extra lessons).")
        var skipCoverage = false

        func run() throws {
            let files: [LessonFile]
            var diagnostics: [Diagnostic] = []
            if let folder {
                do {
                    let read = try LessonFolder.read(folder)
                    files = read.files
                    diagnostics = read.problems
                } catch {
                    LessonsCommand.printError(error.description)
                    throw ExitCode(1)
                }
            } else {
                files = BundledLessons.files
            }
            let name = folder ?? "Lessons (built in)"
            diagnostics += LessonLinter(requireFullCoverage: !skipCoverage).check(files, folder: name)
            guard diagnostics.isEmpty else {
                for d in diagnostics { LessonsCommand.printError(d.description) }
                LessonsCommand.printError("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in \(name)")
                throw ExitCode(1)
            }
            let coverage = skipCoverage ? "" : "; every point S1-S23 and B1-B6 is covered"
            print("\(name): \(files.count) lesson\(files.count == 1 ? "" : "s"), no problems\(coverage)")
        }
    }
}

extension LessonsCommand {
    /// The lessons of `folder`, or the built-in ones when it is nil.
    static func library(_ folder: String?) throws -> LessonLibrary {
        guard let folder else { return LessonLibrary.bundled }
        do { return try LessonLibrary.load(folder: folder) } catch { throw CommandFailure(error.description) }
    }

    /// Writes a line to standard error.
    static func printError(_ line: String) {
        var bytes = Array((line + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}

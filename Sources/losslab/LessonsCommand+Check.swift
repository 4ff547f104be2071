import ArgumentParser
import LessonKit
import LossKit
import LossLabApp

extension LessonsCommand {
    /// `losslab lessons check`: every problem in a folder of lessons, as `file:line: message`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check lesson files and report every problem as file:line: message.",
            discussion: """
                Checks file names, titles, directives (lab, chart, question), that every stated answer \
                and inline value is what LossKit computes, and that the lessons together cover every \
                point \(CoveragePoint.summary). Without a folder, the lessons built into losslab are checked. \
                Exits with status 1 when there is any problem. It also warns (without failing) about a chart, \
                lab or question the reader cannot show whole on an 80×24 terminal.
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
                    StandardError.print(error.description)
                    throw ExitCode(1)
                }
            } else {
                files = BundledLessons.files
            }
            let name = folder?.replacingControlCharacters() ?? "Lessons (built in)"
            diagnostics += LessonLinter(requireFullCoverage: !skipCoverage).check(files, folder: name)
            let warnings = Self.fitWarnings(files)
            for w in warnings { StandardError.print(w.description) }
            guard diagnostics.isEmpty else {
                for d in diagnostics { StandardError.print(d.description) }
                StandardError.print("\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in \(name)")
                throw ExitCode(1)
            }
            let coverage = skipCoverage ? "" : "; every point \(CoveragePoint.summary) is covered"
            let warned = warnings.isEmpty ? "" : " (\(warnings.count) warning\(warnings.count == 1 ? "" : "s") on standard error)"
            print("\(name): \(files.count) lesson\(files.count == 1 ? "" : "s"), no problems\(coverage)\(warned)")
        }

        /// A warning for every chart, lab or question the reader cannot show whole at 80×24.
        static func fitWarnings(_ files: [LessonFile]) -> [Diagnostic] {
            files.flatMap { file -> [Diagnostic] in
                guard let lesson = LessonParser.parse(fileName: file.name, bytes: file.bytes, path: file.path).lesson else { return [] }
                return ReaderFit.problems(lesson).map { Diagnostic(file: file.path, line: $0.line, message: "warning: " + $0.message) }
            }
        }
    }
}

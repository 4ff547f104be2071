import Foundation
import Testing
@testable import LessonKit

/// The linter on deliberately broken lessons: every problem, with its exact file and line.
@Suite struct LessonLinterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func check(_ name: String, fullCoverage: Bool = false) throws -> [String] {
        let folder = fixtures.appendingPathComponent(name).path
        let (files, problems) = try LessonFolder.read(folder)
        let diagnostics = problems + LessonLinter(requireFullCoverage: fullCoverage).check(files, folder: folder)
        return diagnostics.map { $0.description.replacingOccurrences(of: folder + "/", with: "") }
    }

    @Test func brokenFolderReportsEveryProblemWithItsLine() throws {
        #expect(try Self.check("broken") == [
            "01-directives.md:1: the lesson has no working question; add a ```question block to check understanding",
            "01-directives.md:3: unknown coverage point \"S99\"; points are S1-S23, B1-B9",
            "01-directives.md:5: value `=mse x=1,2 xhat=1`: x has 2 values but x̂ has 1; give both the same length",
            "01-directives.md:7: unknown directive \"quiz\"; directives are lab, chart, question, train, and plain code blocks use ```text",
            "01-directives.md:13: lab: x value 3 is 2, outside [0, 1]: BCE needs targets in [0, 1]; "
                + "these look like 0-255 pixels: divide them by 255 first, or use MSE or MAE",
            "01-directives.md:17: lab: missing field \"x\"",
            "01-directives.md:20: lab: unknown field \"colour\"; known fields: loss, losses, x, xhat, logits, convention, reduction, shape, caption, learning-rate",
            "01-directives.md:25: chart: target: value 1 (\"0..5\") is not a number",
            "01-directives.md:28: question: no answer; add \"answer:\" with a number (and loss, x, xhat to compute it) "
                + "or the letter of the right option",
            "01-directives.md:38: question: answer 0.4 is wrong: LossKit computes 0.25 (0.25 to 4 significant digits)",
            "01-directives.md:44: question: give between 2 and 26 options, not 1",
            "01-directives.md:54: question: answer 0.027 has 2 significant digits, but digits asks for 3; write 0.0267",
            "01-directives.md:57: question: nudge is another name for hint; give one of them",
            "01-directives.md:67: question: give tolerance or digits, not both",
            "01-directives.md:77: question: a choice question takes no \"digits\"; remove it or the options",
            "02-empty.md:1: the lesson is empty: write some text after the title",
            "03-no-title.md:1: no title: begin the lesson with a level-1 heading, such as \"# Mean Squared Error\"",
            "04-binary.md:2: the file holds NUL bytes: it looks binary, not Markdown text",
            "05-bad-utf8.md:4: invalid UTF-8 bytes; save the file as UTF-8",
            "06-escape.md:4: terminal escape sequence removed; lessons are plain text",
            "06-same-title.md:1: the lesson has no working question; add a ```question block to check understanding",
            "07-Bad Name.md: the name must look like NN-slug.md: two digits, a dash, then lower-case letters, digits and dashes",
            "06-same-title.md: lesson number 06 is also used by 06-escape.md; give each lesson its own number",
            "06-same-title.md:1: the title \"Broken directives\" is also used by 01-directives.md",
        ])
    }

    @Test func goodFolderPassesWithoutCoverageAndNamesEveryMissingPointWithIt() throws {
        #expect(try Self.check("good") == [])
        let missing = try Self.check("good", fullCoverage: true)
        #expect(missing.count == CoveragePoint.all.count - 2)
        #expect(missing.first?.hasSuffix("good: coverage point S1 is taught by no lesson; tag the section that teaches it with <!-- covers: S1 -->") == true)
        #expect(missing.last?.hasSuffix("coverage point B9 is taught by no lesson; tag the section that teaches it with <!-- covers: B9 -->") == true)
        #expect(!missing.contains { $0.contains("point S2 ") || $0.contains("point S6 ") })
    }

    @Test func emptyFolderIsAProblem() {
        let diagnostics = LessonLinter().check([], folder: "empty")
        #expect(diagnostics.map(\.description) == ["empty: no lesson files (NN-slug.md) in this folder"])
    }

    @Test func missingFolderIsAReadError() {
        #expect(throws: LessonFolder.ReadError.self) { try LessonFolder.read("/nonexistent/lessons") }
    }

    @Test func lessonWithoutCoverageTagIsReported() {
        let file = LessonFile(name: "01-x.md", path: "L/01-x.md", bytes: Array("""
            # Untagged

            Text.

            ```question
            prompt: Pick.
            option: a
            option: b
            answer: a
            hint: h
            ```
            """.utf8))
        #expect(LessonLinter(requireFullCoverage: false).check([file], folder: "L").map(\.description) == [
            "L/01-x.md:1: the lesson tags no coverage point; add a comment such as <!-- covers: S6, S7 -->",
        ])
    }

    @Test(arguments: [("01-mse.md", true), ("10-a-b-2.md", true), ("1-mse.md", false), ("01_mse.md", false),
                      ("01-MSE.md", false), ("01-.md", false), ("ab-mse.md", false), ("01-mse.txt", false)])
    func fileNames(name: String, wellNamed: Bool) {
        #expect(LessonFile(name: name, path: name, bytes: []).isWellNamed == wellNamed)
    }
}

/// Reading a folder: odd entries are reported, never fatal.
@Suite struct LessonFolderTests {
    @Test func directoriesAndHugeFilesAreReportedAndReadmeIsSkipped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("02-dir.md"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("# Guide\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        try Data("# One\n\nText.\n".utf8).write(to: folder.appendingPathComponent("01-one.md"))
        try Data(repeating: 0x41, count: LessonFolder.maximumFileSize + 1).write(to: folder.appendingPathComponent("03-big.md"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let (files, problems) = try LessonFolder.read(folder.path)
        #expect(files.map(\.name) == ["01-one.md"])
        #expect(problems.map { $0.description.replacingOccurrences(of: folder.path + "/", with: "") } == [
            "02-dir.md: not a regular file",
            "03-big.md: the file is larger than 1 MiB; a lesson should be a few kilobytes",
        ])
        let library = try LessonLibrary.load(folder: folder.path)
        #expect(library.lessons.map(\.title) == ["One"])
        #expect(library.diagnostics.count == 2)
    }
}

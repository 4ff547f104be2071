import Foundation
import Testing
@testable import LessonKit

/// The lessons built into the binary: the same as `Lessons/`, and free of problems.
@Suite struct BundledLessonsTests {
    /// The repository's top folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The lesson files of `Lessons/`, read from disk.
    static func lessonsFolder() throws -> [(name: String, text: String)] {
        let folder = root.appendingPathComponent("Lessons")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
            .map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// Fails when `BundledLessons+Texts.swift` differs from `Lessons/`; with LOSSLAB_RECORD=1 it rewrites it.
    @Test func embeddedCopyMatchesLessonsFolder() throws {
        let files = try Self.lessonsFolder()
        let expected = BundledLessons.source(for: files)
        let generated = Self.root.appendingPathComponent("Sources/LessonKit/BundledLessons+Texts.swift")
        if ProcessInfo.processInfo.environment["LOSSLAB_RECORD"] == "1" {
            try expected.write(to: generated, atomically: true, encoding: .utf8)
            return
        }
        let actual = try String(contentsOf: generated, encoding: .utf8)
        #expect(actual == expected, "Sources/LessonKit/BundledLessons+Texts.swift is stale: run scripts/embed-lessons.sh")
        #expect(BundledLessons.texts.map(\.name) == files.map(\.name))
        #expect(BundledLessons.texts.map(\.text) == files.map(\.text))
    }

    @Test func bundledLessonsHaveNoProblems() {
        let diagnostics = LessonLinter().check(BundledLessons.files, folder: "Lessons")
        #expect(diagnostics.map(\.description) == [])
        #expect(LessonLibrary.bundled.diagnostics.isEmpty)
        #expect(LessonLibrary.bundled.lessons.count == BundledLessons.texts.count)
    }

    @Test func everyLessonHasALabPresetAChartAndAQuestion() {
        for lesson in LessonLibrary.bundled.lessons {
            let kinds = Set(lesson.directives.map { directive -> String in
                switch directive.kind {
                case .lab: "lab"
                case .chart: "chart"
                case .question: "question"
                }
            })
            #expect(kinds == ["lab", "chart", "question"], "\(lesson.fileName)")
        }
    }

    @Test func lessonsTogetherCoverEveryPoint() {
        let covered = Set(LessonLibrary.bundled.lessons.flatMap(\.coveredPoints))
        #expect(covered == Set(CoveragePoint.all))
        #expect(CoveragePoint.all.count == 29)
    }

    @Test func rawStringDelimitersOutnumberHashesInText() {
        #expect(BundledLessons.rawStringHashes("plain") == 1)
        #expect(BundledLessons.rawStringHashes("a \"# b") == 2)
        #expect(BundledLessons.rawStringHashes("\"\"\"### and \\## ") == 4)
        #expect(BundledLessons.rawStringHashes("# heading ##") == 1)
    }
}

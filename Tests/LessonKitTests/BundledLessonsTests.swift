import Foundation
import LossKit
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

    @Test func contentsMatchTheParsedLessons() {
        #expect(BundledLessons.contents == LessonLibrary.bundled.lessons.map {
            BundledLessons.ContentsEntry(fileName: $0.fileName, title: $0.title, questions: $0.questions.count)
        })
        #expect(BundledLessons.contents.first?.title == "Scoring a reconstruction")
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
        #expect(CoveragePoint.all.count == 31)
    }

    @Test func rawStringDelimitersOutnumberHashesInText() {
        #expect(BundledLessons.rawStringHashes("plain") == 1)
        #expect(BundledLessons.rawStringHashes("a \"# b") == 2)
        #expect(BundledLessons.rawStringHashes("\"\"\"### and \\## ") == 4)
        #expect(BundledLessons.rawStringHashes("# heading ##") == 1)
    }
}

/// No lesson types a result by hand: every number in its prose is an input of a computation, a count, or a known constant.
@Suite struct HandTypedNumberTests {
    /// Numbers that are facts, not results: data ranges (0 to 1, 0 to 255) and the libraries' constants.
    static let constants: Set<Double> = [0, 1, 255, -Convention.pytorchLogFloor, Convention.kerasEpsilon]

    static func numbers(in text: Substring) -> [Double] {
        text.matches(of: /\d+(\.\d+)?(e-?\d+)?/).compactMap { Double($0.output.0) }
    }

    /// The numbers in the prose of `text` that are neither inputs, counts of inputs, nor constants.
    static func strayNumbers(in text: String) -> Set<Double> {
        var allowed = constants
        // Inputs: the values given to directives and inline values, and the number of elements they hold.
        for block in text.matches(of: /```(?:lab|chart|question)\n(?<body>(?:.|\n)*?)```/) {
            for line in block.output.body.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon]
                guard ["x", "xhat", "logits", "target", "at", "element", "shape"].contains(key) else { continue }
                let values = numbers(in: line[line.index(after: colon)...])
                allowed.formUnion(values)
                allowed.insert(Double(values.count))
            }
        }
        for value in text.matches(of: /`=(?<expression>[^`]*)`/) {
            for word in value.output.expression.split(separator: " ") {
                let values = numbers(in: word)
                allowed.formUnion(values)
                allowed.insert(Double(values.count))
            }
        }
        let prose = text.replacing(/```(?:.|\n)*?```/, with: "").replacing(/`[^`]*`/, with: "").replacing(/<!--(?:.|\n)*?-->/, with: "")
        return Set(numbers(in: prose[...])).subtracting(allowed)
    }

    @Test(arguments: BundledLessons.texts.map(\.name))
    func proseNumbersAreInputsCountsOrConstants(name: String) throws {
        let text = try #require(BundledLessons.texts.first { $0.name == name }?.text)
        let stray = Self.strayNumbers(in: text)
        #expect(stray.isEmpty, "\(name) types these numbers by hand: \(stray.sorted())")
    }

    @Test func aHandTypedResultIsCaught() {
        let text = "# T\n\nFor x = 0.2, 0.8 the loss is 0.4125, not `=mse x=0.2,0.8 xhat=0,0`.\n\n```lab\nloss: mse\nx: 0.2, 0.8\nxhat: 0.3, 0.5\n```\n"
        #expect(Self.strayNumbers(in: text) == [0.4125])
    }
}

import Foundation
import LossKit
import TestSupport
import TrainingKit
import Testing
@testable import LessonKit
@testable import embed_lessons

/// The lessons built into the binary: the same as `Lessons/`, and free of problems.
@Suite struct BundledLessonsTests {
    /// The repository's top folder, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Fails, showing the lines that differ, when `BundledLessons+Texts.swift` is not what
    /// `swift run embed-lessons` makes of `Lessons/`; it never writes the file.
    @Test func embeddedCopyMatchesLessonsFolder() throws {
        let files = try EmbeddedLessonsSource.lessons(in: Self.root.appendingPathComponent("Lessons"))
        let path = "Sources/LessonKit/BundledLessons+Texts.swift"
        let generated = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        let diff = LineDiff(old: generated, new: EmbeddedLessonsSource.source(for: files))
        if !diff.isEmpty {
            Issue.record("\(path) is stale: run swift run embed-lessons (- now, + after):\n\(diff.unified())")
        }
    }

    @Test func bundledLessonsHaveNoProblems() {
        let diagnostics = LessonLinter().check(BundledLessons.files, folder: "Lessons")
        #expect(diagnostics.map(\.description) == [])
        #expect(LessonLibrary.bundled.diagnostics.isEmpty)
        #expect(LessonLibrary.bundled.lessons.count == BundledLessons.texts.count)
    }

    /// `embed-lessons` reads titles and question counts from the Markdown lines; the parser must agree.
    @Test func contentsMatchTheParsedLessons() {
        #expect(BundledLessons.contents == LessonLibrary.bundled.lessons.map {
            BundledLessons.ContentsEntry(fileName: $0.fileName, title: $0.title, questions: $0.questions.count)
        }, "embed-lessons reads a title or question count differently from the parser: keep a lesson's title plain text on a `# ` line")
        #expect(BundledLessons.contents.first?.title == "Scoring a reconstruction")
    }

    @Test func everyLessonHasALabPresetAChartAndAQuestion() {
        for lesson in LessonLibrary.bundled.lessons {
            let kinds = Set(lesson.directives.map { directive -> String in
                switch directive.kind {
                case .lab: "lab"
                case .chart: "chart"
                case .question: "question"
                case .train: "train"
                }
            })
            #expect(kinds.isSuperset(of: ["lab", "chart", "question"]), "\(lesson.fileName)")
        }
    }

    @Test func lessonsTogetherCoverEveryPoint() {
        let covered = Set(LessonLibrary.bundled.lessons.flatMap(\.coveredPoints))
        #expect(covered == Set(CoveragePoint.all))
        #expect(CoveragePoint.all.count == 32)
    }

    @Test func outlineReadsTheFirstTitleAndCountsQuestionFences() {
        let markdown = """
            <!-- a comment -->
            #  Losses, closed ##
            ```text
            # not a title
            ```question
            ```
            ~~~~question
            prompt: ~~~ is no end
            ~~~~
            # A second title
              ```question extra
            ```
            """
        let outline = LessonOutline(markdown: markdown)
        #expect(outline.title == "Losses, closed")
        #expect(outline.questions == 2)
        #expect(LessonOutline.headingText("C# #") == "C#")
        #expect(LessonOutline.headingText("#") == "")
        #expect(LessonOutline(markdown: "no heading\n#hashtag\n").title == nil)
    }

    @Test func rawStringDelimitersOutnumberHashesInText() {
        #expect(EmbeddedLessonsSource.rawStringHashes("plain") == 1)
        #expect(EmbeddedLessonsSource.rawStringHashes("a \"# b") == 2)
        #expect(EmbeddedLessonsSource.rawStringHashes("\"\"\"### and \\## ") == 4)
        #expect(EmbeddedLessonsSource.rawStringHashes("# heading ##") == 1)
    }
}

/// No lesson types a result by hand: every number in its prose is an input of a computation, a count, or a known constant.
@Suite struct HandTypedNumberTests {
    /// Numbers that are facts, not results: data ranges (0 to 1, 0 to 255) and the libraries' constants.
    static let constants = Set<Double>([0, 1, 255, -Convention.pytorchLogFloor, Convention.kerasEpsilon])
        // The Train screen's generated images and default network, which lesson 10 describes.
        .union([GeneratedData.shape.rows, GeneratedData.shape.columns, GeneratedData.shape.count,
                TrainingSettings().hidden, TrainingSettings().batchSize].map(Double.init))

    static func numbers(in text: Substring) -> [Double] {
        text.matches(of: /\d+(\.\d+)?(e-?\d+)?/).compactMap { Double($0.output.0) }
    }

    /// The numbers in the prose of `text` that are neither inputs, counts of inputs, nor constants.
    static func strayNumbers(in text: String) -> Set<Double> {
        var allowed = constants
        // Inputs: the values given to directives and inline values, and the number of elements they hold.
        for block in text.matches(of: /```(?:lab|chart|question|train)\n(?<body>(?:.|\n)*?)```/) {
            for line in block.output.body.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon]
                guard ["x", "xhat", "logits", "target", "at", "element", "shape", "hidden", "lr"].contains(key) else { continue }
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

import Testing
@testable import ProgressKit

/// The progress model: its JSON, its version, and anchors that find their place again.
@Suite struct ProgressModelTests {
    static let sample: CourseProgress = {
        var p = CourseProgress()
        p[lesson: "02-mean-squared-error"] = LessonProgress(
            position: ContentAnchor(block: 7, heading: "Averaging", text: "The mean divides the sum by n."),
            readToEnd: true,
            questions: [QuestionProgress.key(prompt: "What is the MSE?"): QuestionProgress(tries: 2, hintsUsed: 1, answeredRight: true)])
        p.lab = LabValues(x: "1, 0, 0.5", xhat: "0.8, 0.2, 0.5", losses: ["mse", "bce"], convention: "pytorch", reduction: "mean")
        p.practice.skills["mse-mean"] = PracticeStatistics.SkillRecord(attempts: 6, right: 5, streak: 5, practisedAt: 1_800_000_000)
        return p
    }()

    @Test func roundTripThroughJSON() throws {
        let bytes = Self.sample.encoded()
        #expect(try CourseProgress.decode(bytes) == Self.sample)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("{\n"))
        #expect(text.contains("\"version\" : 1"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func badBytesSayWhy() {
        #expect(throws: CourseProgress.DecodingProblem.futureVersion(2)) {
            try CourseProgress.decode(Array(#"{"version": 2, "lessons": {}}"#.utf8))
        }
        #expect(throws: CourseProgress.DecodingProblem.malformed("version 0")) {
            try CourseProgress.decode(Array(#"{"version": 0}"#.utf8))
        }
        #expect(throws: CourseProgress.DecodingProblem.malformed("missing \"practice\"")) {
            try CourseProgress.decode(Array(#"{"version": 1, "lessons": {}}"#.utf8))
        }
        let wrongType = #"{"version": 1, "lessons": {"a": {"readToEnd": "yes", "questions": {}}}, "practice": {"version": 1, "skills": {}}}"#
        #expect(throws: CourseProgress.DecodingProblem.malformed("lessons.a.readToEnd: expected Bool")) {
            try CourseProgress.decode(Array(wrongType.utf8))
        }
        let truncated = Array(Self.sample.encoded().dropLast(20))
        #expect(throws: (any Error).self) { try CourseProgress.decode(truncated) }
        #expect(CourseProgress.DecodingProblem.futureVersion(2).description
            == "it was written by a newer LossLab (file version 2, this one reads 1)")
    }

    @Test func doneMeansReadToTheEndAndEveryQuestionRight() {
        let keys = ["q-a", "q-b"]
        var lesson = LessonProgress(readToEnd: true, questions: ["q-a": QuestionProgress(tries: 1, answeredRight: true)])
        #expect(lesson.answeredRight(of: keys) == 1)
        #expect(!lesson.isDone(questionKeys: keys))
        lesson.questions["q-b"] = QuestionProgress(tries: 3, hintsUsed: 2, answeredRight: true)
        #expect(lesson.isDone(questionKeys: keys))
        #expect(lesson.tries == 4)
        #expect(lesson.hintsUsed == 2)
        lesson.readToEnd = false
        #expect(!lesson.isDone(questionKeys: keys))
    }

    @Test func anAnchorFindsItsBlockAfterAnEdit() {
        let blocks: [(heading: String?, text: String)] = ["Intro", "Squares", "The mean divides the sum by n.", "Example"].map {
            ("Averaging", $0)
        }
        let anchor = ContentAnchor(block: 2, heading: "Averaging", text: "The mean divides the sum by n.")
        #expect(anchor.locate(in: blocks) == 2)
        // Two paragraphs inserted above: the same text is found at its new place.
        let edited = [(nil, "New"), (nil, "Newer")] + blocks
        #expect(anchor.locate(in: edited) == 4)
        // The paragraph rewritten: the first block under its heading.
        let rewritten = [(nil, "Top")] + blocks.map { ($0.heading, $0.text + "!") }
        #expect(anchor.locate(in: rewritten) == 1)
        // Nothing in common: the old index, kept in range.
        #expect(ContentAnchor(block: 9, heading: "Gone", text: "Gone").locate(in: blocks) == 3)
        #expect(anchor.locate(in: []) == nil)
        #expect(ContentAnchor.hash("") == "cbf29ce484222325")
    }
}

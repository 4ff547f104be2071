import LessonKit
import LossKit

/// A printable worksheet of generated practice problems, numbered with room to answer, and a separate
/// answer key with each problem's worked solution from the step trace.
///
/// Pure and reproducible: the same seed, count and skills give the same document byte for byte, so a
/// teacher can print the sheet again (the byline says how).
public struct Worksheet: Sendable {
    /// The most problems one worksheet holds.
    public static let maxCount = 200

    public let seed: UInt64
    /// The skills asked for; empty means every skill.
    public let skills: [PracticeSkill]
    /// The problems in order: the skills in turn, each round one level harder.
    public let problems: [PracticeProblem]

    /// The first `count` problems `PracticeGenerator(seed:skills:)` serves.
    public init(seed: UInt64, count: Int, skills: [PracticeSkill] = []) {
        var generator = PracticeGenerator(seed: seed, skills: skills)
        self.seed = seed
        self.skills = skills
        problems = (0..<count).map { _ in generator.next() }
    }

    /// The worksheet as a document in `format`.
    public func render(_ format: Handout.Format) -> String {
        switch format {
        case .markdown: MarkdownWorksheet(sheet: self).document()
        case .html: HTMLWorksheet(sheet: self).document()
        case .text: TextWorksheet(sheet: self).document()
        }
    }

    static let title = "LossLab worksheet"

    /// What the sheet is and how to make it again.
    var byline: String {
        let skillList = skills.isEmpty ? "" : " --skills " + skills.map(\.rawValue).joined(separator: ",")
        return "\(problems.count) problems, seed \(seed) (losslab practice --worksheet --seed \(seed) --count \(problems.count)\(skillList))"
    }

    /// What the answers should look like.
    static let instructions = "Give every number answer to \(PracticeGenerator.digits) significant digits; "
        + "for a choice, give its letter."

    /// The problem's kind as it heads the problem: "MSE, the mean." (a title that ends in a question
    /// mark keeps it alone).
    static func kind(of problem: PracticeProblem) -> String {
        let title = problem.skill.title
        return title.hasSuffix("?") ? title : title + "."
    }

    /// The options of a choice problem, lettered "a) …", or none.
    static func options(of problem: PracticeProblem) -> [String] {
        guard case let .choice(options, _) = problem.answer else { return [] }
        return options.enumerated().map { "\(Question.letter($0))) \($1)" }
    }
}

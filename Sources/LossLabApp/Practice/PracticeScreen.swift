import LessonKit
import LossKit
import ProgressKit

/// The Practice screen: generated problems without end, judged with the named mistakes and hints in
/// tiers of a lesson's questions, mastery per skill (five right in a row without hints; a check with
/// fresh numbers after 16 hours), the Lab one key away, and a summary when the session ends.
public struct PracticeScreen: Sendable, Equatable {
    /// What this session did, for the summary.
    public struct Session: Sendable, Equatable {
        /// Problems answered (the first answer to each counts).
        public var answered = 0
        /// Of those, right at the first answer without hints.
        public var rightUnaided = 0
        /// Problems where a hint or the answer was asked for.
        public var hinted = 0
        /// Skills marked practised, and mastered, in this session.
        public var practised: [PracticeSkill] = []
        public var mastered: [PracticeSkill] = []
    }

    var generator: PracticeGenerator
    /// The skill practised now.
    public internal(set) var skill: PracticeSkill
    public internal(set) var problem: PracticeProblem
    /// The problem as a question, for judging and hints.
    var question: Question
    /// The answer being typed, if any.
    var field: TextField?
    /// Why the typed text is no answer yet (it cost no try).
    var notice: String?
    /// The last answer checked.
    var answer: ReaderState.Answer?
    /// This problem's tries, hints and shown answer.
    var record = QuestionProgress()
    /// Whether this problem's first answer was counted for its skill.
    var counted = false
    public internal(set) var session = Session()
    /// Whether the summary is shown (on leaving; a second key leaves).
    public internal(set) var showsSummary = false
    /// Where leaving leads.
    var origin: Page = .contents
    /// The first line shown when the text is taller than the screen; nil follows its end (the newest feedback).
    var scroll: Int?

    /// Practice from `seed`, starting on the skill the saved statistics suggest.
    init(seed: UInt64, _ context: ScreenContext) {
        generator = PracticeGenerator(seed: seed)
        skill = Self.suggestedSkill(after: nil, context)
        problem = generator.problem(skill, level: 0)
        question = Question(practice: problem)
        newProblem(context)
    }

    /// A skill's saved record.
    static func record(_ skill: PracticeSkill, _ context: ScreenContext) -> PracticeStatistics.SkillRecord {
        context.course.practice.skills[skill.rawValue] ?? PracticeStatistics.SkillRecord()
    }

    /// The skill to practise next: one whose mastery check is due, else `current` while it is still being
    /// learnt, else the first being learnt, else the one after `current` (all practised: a review).
    static func suggestedSkill(after current: PracticeSkill?, _ context: ScreenContext) -> PracticeSkill {
        let all = PracticeSkill.allCases
        func standing(_ skill: PracticeSkill) -> PracticeStatistics.SkillRecord.Standing { record(skill, context).standing(now: context.now) }
        if let due = all.first(where: { standing($0) == .checkDue }) { return due }
        if let current, standing(current) == .learning { return current }
        if let learning = all.first(where: { standing($0) == .learning }) { return learning }
        let next = current.flatMap { all.firstIndex(of: $0) }.map { ($0 + 1) % all.count } ?? 0
        return all[next]
    }

    /// Whether the problem shown is a mastery check.
    func isCheck(_ context: ScreenContext) -> Bool { Self.record(skill, context).standing(now: context.now) == .checkDue }

    /// A fresh problem of the current skill at the level its streak has reached.
    mutating func newProblem(_ context: ScreenContext) {
        let saved = Self.record(skill, context)
        let level = saved.standing(now: context.now) == .learning ? saved.streak : PracticeSkill.topLevel
        problem = generator.problem(skill, level: level)
        question = Question(practice: problem)
        (field, notice, answer, record, counted, scroll) = (nil, nil, nil, QuestionProgress(), false, nil)
    }

    /// Whether the problem is finished: answered right or its answer shown.
    var isSolved: Bool { answer?.isRight == true || record.answerShown }

    /// The panel under the problem: the verdict with the mistake named, the hints, the answer once shown.
    func panel(_ context: ScreenContext) -> QuestionPanel {
        QuestionPanel(question: question, answer: answer, notice: notice, typing: field != nil, record: record,
                      notation: context.options.notation, answerText: problem.answerText(context.options.notation))
    }

    /// Checks `typed`; the first answer to a problem counts for its skill. Returns the change to save, if any.
    mutating func check(_ typed: String, _ context: ScreenContext) -> ProgressChange? {
        let verdict = question.judge(typed, notation: context.options.notation)
        guard let judged = ReaderState.Answer(typed: typed, verdict: verdict) else {
            if case let .unreadable(text) = verdict { notice = text }
            return nil
        }
        (field, notice, answer) = (nil, nil, judged)
        record = panel(context).answered(judged)
        guard !counted else { return nil }
        counted = true
        let hinted = record.hintsUsed > 0 || record.answerShown
        var saved = Self.record(skill, context)
        let before = saved.standing(now: context.now)
        saved.record(right: judged.isRight, hinted: hinted, now: context.now)
        let after = saved.standing(now: context.now)
        session.answered += 1
        if judged.isRight && !hinted { session.rightUnaided += 1 }
        if hinted { session.hinted += 1 }
        if before == .learning && after == .practised { session.practised.append(skill) }
        if after == .mastered && before != .mastered { session.mastered.append(skill) }
        return .practice(skill: skill.rawValue, saved)
    }
}

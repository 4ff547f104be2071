import LessonKit
import LossKit
import ProgressKit
import Testing
@testable import LossLabApp

/// The Practice screen: answers judged with the mistake named, hints in tiers, mastery per skill on
/// the app's clock, the Lab as a calculator, statistics saved, a summary on leaving.
@Suite struct PracticeScreenTests {
    func practice(now: Double = 1_000_000, course: CourseProgress = CourseProgress()) -> AppState {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons, course: course)
        state.now = now
        state.practiceSeed = 11
        state.open(.practice)
        return state
    }

    func press(_ state: inout AppState, _ keys: String) {
        LossLabApp.run(&state, try! KeyNotation.parse(keys))
    }

    /// The right answer to the problem on screen, as typed.
    func right(_ state: AppState) -> String {
        switch state.practice!.problem.answer {
        case let .number(_, value, _, _): NumberFormat.plain(value)
        case let .choice(_, correct): Question.letter(correct)
        }
    }

    @Test func theSameSeedServesTheSameProblems() {
        #expect(practice().practice!.problem == practice().practice!.problem)
        #expect(practice().practice!.skill == .mseMean, "a new learner starts on the first skill")
    }

    @Test func aWrongAnswerIsNamedAndCountedOnce() {
        var state = practice()
        guard case let .number(data, _, _, _) = state.practice!.problem.answer else { Issue.record("not a number problem"); return }
        let sum = NumberFormat.plain(Evaluation(spec: data.spec, x: data.x, xhat: data.xhat).sum)
        press(&state, "<Enter>\(sum)<Enter>")
        #expect(state.practice!.answer?.feedback?.mistake == .sumInsteadOfMean)
        #expect(state.render().text.contains("Essential: \(sum) is Σᵢ"))
        press(&state, "<Enter>\(right(state))<Enter>")
        let record = state.course.practice.skills["mse-mean"]
        #expect(record == PracticeStatistics.SkillRecord(attempts: 1, right: 0, streak: 0), "only the first answer counts")
        #expect(state.practice!.isSolved)
        #expect(state.render().lines().last!.contains("Enter next problem"))
    }

    @Test func fiveInARowWithoutHintsMarkTheSkillPractised() {
        var state = practice()
        for k in 1...5 {
            #expect(state.practice!.skill == .mseMean)
            #expect(state.practice!.problem.data?.x.count == min(1 + k, 5), "n grows with the streak")
            press(&state, "<Enter>\(right(state))<Enter><Enter>")
        }
        #expect(state.course.practice.skills["mse-mean"]?.practisedAt == 1_000_000)
        #expect(state.practice!.skill == .mseSum, "the next skill not yet practised comes next")
        #expect(state.practice!.session.practised == [.mseMean])
    }

    @Test func aHintBreaksTheRun() {
        var state = practice()
        press(&state, "<Enter>\(right(state))<Enter><Enter>")
        press(&state, "h<Enter>\(right(state))<Enter>")
        #expect(state.course.practice.skills["mse-mean"] == PracticeStatistics.SkillRecord(attempts: 2, right: 2, streak: 0))
        #expect(state.practice!.session.hinted == 1)
    }

    @Test func hintsComeInTiersThenTheAnswer() {
        var state = practice()
        let tiers = Question(practice: state.practice!.problem).hints()
        #expect(tiers.count == 3)
        for (k, tier) in tiers.enumerated() {
            #expect(state.render().lines().last!.contains("h hint \(k + 1) of 3"))
            press(&state, "h")
            #expect(state.render().text.contains(String(tier.prefix(30))))
        }
        press(&state, "h")
        #expect(state.practice!.record.answerShown && state.practice!.isSolved)
        #expect(state.render().text.contains("The answer: " + state.practice!.problem.answerText()))
    }

    @Test func aMasteryCheckComesAfterSixteenHours() {
        var course = CourseProgress()
        course.practice.skills["mae"] = PracticeStatistics.SkillRecord(attempts: 5, right: 5, streak: 5, practisedAt: 0)
        #expect(practice(now: 3_600, course: course).practice!.skill == .mseMean, "not yet due")
        var state = practice(now: 16 * 3_600, course: course)
        #expect(state.practice!.skill == .mae)
        #expect(state.render().text.contains("mastery check"))
        press(&state, "<Enter>\(right(state))<Enter>")
        #expect(state.course.practice.skills["mae"]?.masteredAt == 16.0 * 3_600)
        #expect(state.practice!.session.mastered == [.mae])
    }

    @Test func theLabIsACalculatorOnTheProblemsNumbers() {
        var state = practice()
        let data = state.practice!.problem.data!
        press(&state, "l")
        #expect(state.page == .lab)
        #expect(state.lab.data.x == data.x && state.lab.data.predictions == data.xhat)
        press(&state, "t")
        #expect(state.page == .practice)
    }

    @Test func leavingShowsTheSummaryFirst() {
        var state = practice()
        press(&state, "<Enter>\(right(state))<Enter>t")
        #expect(state.practice!.showsSummary)
        #expect(state.render().text.contains("Problems answered: 1, 1 right at the first try without hints"))
        press(&state, "<Enter>")
        #expect(state.page == .contents)
    }

    @Test func theSkillCanBeChosen() {
        var state = practice()
        press(&state, "<Left>")
        #expect(state.practice!.skill == .whichLoss)
        press(&state, "<Enter>\(right(state))<Enter>")
        #expect(state.course.practice.skills["which-loss"]?.right == 1)
    }
}

/// Practice in ASCII holds only ASCII, and text taller than the screen scrolls instead of being cut.
@Suite struct PracticeScreenTextTests {
    @Test func asciiPracticeHoldsOnlyASCII() throws {
        var state = AppState(width: 80, height: 24, options: AppOptions(ascii: true), lessons: FixtureLessons.lessons, page: .practice)
        LossLabApp.run(&state, try KeyNotation.parse("<Enter>0.18<Enter>hhhh"))
        #expect(state.render().text.unicodeScalars.allSatisfy { $0.isASCII })
        LossLabApp.run(&state, try KeyNotation.parse("<Left>hhh"))
        #expect(state.render().text.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func tallFeedbackScrolls() throws {
        var state = AppState(width: 60, height: 18, lessons: FixtureLessons.lessons, page: .practice)
        LossLabApp.run(&state, try KeyNotation.parse("<Enter>0.18<Enter>hhh"))
        let bottom = state.render().text
        #expect(bottom.contains("Σ / n = 0.18 / 2"), "the newest hint is in view")
        #expect(!bottom.contains("Skill:"))
        LossLabApp.run(&state, try KeyNotation.parse("kkkkk"))
        #expect(state.render().text.contains("Skill: MSE, the mean"))
        #expect(state.render().text.contains("x = 0.7, 0.2"))
    }
}

import ProgressKit
import Testing

/// Mastery per skill, Khan-style, and the small changes the app saves.
@Suite struct PracticeMasteryTests {
    typealias Record = PracticeStatistics.SkillRecord

    @Test func fiveRightInARowWithoutHintsMarkItPractised() {
        var record = Record()
        for k in 1...4 { record.record(right: true, hinted: false, now: Double(k)) }
        #expect(record.standing(now: 4) == .learning)
        record.record(right: true, hinted: true, now: 5)
        #expect(record.streak == 0 && record.standing(now: 5) == .learning, "a hint ends the run")
        for k in 6...10 { record.record(right: true, hinted: false, now: Double(k)) }
        #expect(record.practisedAt == 10 && record.standing(now: 10) == .practised)
        #expect(record.attempts == 10 && record.right == 10)
    }

    @Test func aMasteryCheckComesAfterSixteenHours() {
        var record = Record(streak: 5, practisedAt: 1000)
        #expect(record.standing(now: 1000 + Record.checkAfter - 1) == .practised)
        #expect(record.standing(now: 1000 + Record.checkAfter) == .checkDue)
        var failed = record
        failed.record(right: false, hinted: false, now: 1000 + Record.checkAfter)
        #expect(failed.standing(now: 1000 + Record.checkAfter) == .learning, "a failed check means practising again")
        record.record(right: true, hinted: false, now: 1000 + Record.checkAfter)
        #expect(record.standing(now: 1000 + Record.checkAfter) == .mastered)
    }

    @Test func changesApplyToTheProgress() throws {
        var progress = CourseProgress()
        let anchor = ContentAnchor(block: 3, heading: "Terms", text: "Each term")
        ProgressChange.position(lesson: "02-mse", anchor).apply(to: &progress)
        ProgressChange.readToEnd(lesson: "02-mse").apply(to: &progress)
        ProgressChange.question(lesson: "02-mse", key: "q-1", QuestionProgress(tries: 2, answeredRight: true, lastAnswer: "0.5"))
            .apply(to: &progress)
        ProgressChange.lab(LabValues(x: "1, 0", xhat: "0.5, 0.5", losses: ["mse"], convention: "exact", reduction: "mean"))
            .apply(to: &progress)
        ProgressChange.practice(skill: "mae", Record(attempts: 1, right: 1, streak: 1)).apply(to: &progress)
        #expect(progress.lastLesson == "02-mse")
        #expect(progress[lesson: "02-mse"] == LessonProgress(position: anchor, readToEnd: true,
                                                             questions: ["q-1": QuestionProgress(tries: 2, answeredRight: true, lastAnswer: "0.5")]))
        #expect(progress.lab?.x == "1, 0")
        #expect(progress.practice.skills["mae"]?.right == 1)
        #expect(try CourseProgress.decode(progress.encoded()) == progress)
    }

    @Test func aFileWithoutTheNewerFieldsStillReads() throws {
        let old = #"{"version": 1, "lessons": {"a": {"readToEnd": true, "questions": {"q": {"tries": 1, "hintsUsed": 0, "answerShown": false, "answeredRight": true}}}}, "practice": {"version": 1, "skills": {"mae": {"attempts": 1, "right": 1, "streak": 1}}}}"#
        let progress = try CourseProgress.decode(Array(old.utf8))
        #expect(progress.lastLesson == nil)
        #expect(progress[lesson: "a"].questions["q"]?.lastAnswer == nil)
        #expect(progress.practice.skills["mae"]?.masteredAt == nil)
    }
}

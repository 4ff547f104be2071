import Foundation
import Testing

/// Progress that survives in the real `losslab`: answer a question, quit, start again with the same
/// `--state-dir`, and be offered the rest with the answer kept.
@Suite(.serialized) struct ResumeInTmuxTests {
    @Test func answerQuitAndResume() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        let stateDir = session.folder.appendingPathComponent("my-progress").path
        try session.launch(["--state-dir", stateDir])
        try session.waitFor("1. Scoring a reconstruction")
        #expect(!(try session.capture().contains("Continue:")), "a new learner has nothing to continue")
        try session.press("Down", "Enter")
        try session.waitFor("Lesson 2 of ")
        // Lesson 2's first widget is its Lab, the second its question.
        try session.press("Tab", "Tab", "Enter")
        try session.waitFor("Your answer (")
        try session.type("0.08")
        try session.press("Enter")
        try session.waitFor("the mean divides it by n = 3")
        try session.press("Enter")
        try session.type("0.02667")
        try session.press("Enter")
        try session.waitFor("✓ Right: 0.02667")
        try session.press("q")
        try session.waitFor("EXIT=0")
        let saved = try String(contentsOfFile: stateDir + "/progress.json", encoding: .utf8)
        #expect(saved.contains("\"lastAnswer\" : \"0.02667\""))
        #expect(saved.contains("\"lastLesson\" : \"02-mean-squared-error\""))

        try session.launch(["--state-dir", stateDir])
        try session.waitFor("Continue: 2. Mean Squared Error (")
        try session.waitFor("✓ 1/1")
        try session.press("Enter")
        try session.waitFor("Lesson 2 of ")
        try session.waitFor("✓ Right: 0.02667")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }

    @Test func practiceFromTheCommandLineWithASeed() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        func problem() throws -> String {
            try session.waitFor("Skill: MSE, the mean")
            return try session.capture().split(separator: "\n").first { $0.contains("x = ") }.map(String.init) ?? ""
        }
        try session.launch(["practice", "--seed", "11", "--no-save"])
        let first = try problem()
        try session.press("q")
        try session.waitFor("EXIT=0")
        try session.launch(["practice", "--seed", "11", "--no-save"])
        #expect(try problem() == first && !first.isEmpty, "the same seed, the same problem")
        try session.press("h")
        try session.waitFor("Hint 1 (nudge): Use L(x, x̂) = (1/n) Σᵢ (xᵢ − x̂ᵢ)².")
        try session.press("t")
        try session.waitFor("1. Scoring a reconstruction")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }
}

/// A state file that cannot be used is said once on the contents page, and the app goes on.
@Suite(.serialized) struct StateNoticeInTmuxTests {
    @Test func aCorruptFileIsSetAsideAndSaid() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        let stateDir = session.folder.appendingPathComponent("corrupt").path
        try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"lessons\": ".utf8).write(to: URL(fileURLWithPath: stateDir + "/progress.json"))
        try session.launch(["--state-dir", stateDir])
        try session.waitFor("was set")
        try session.waitFor("1. Scoring a reconstruction")
        try session.press("Enter")
        try session.waitFor("Lesson 1 of ")
        try session.press("t")
        try session.waitFor("1. Scoring a reconstruction")
        #expect(!(try session.capture().contains("set aside")), "said once")
        try session.press("q")
        try session.expectRestored(exit: "0")
        let kept = try FileManager.default.contentsOfDirectory(atPath: stateDir)
        #expect(kept.contains { $0.hasPrefix("progress.json.bad-") }, "the bad file is kept beside: \(kept)")
        #expect(kept.contains("progress.json"), "and a good one written")
    }

    @Test func aFolderThatCannotBeMadeRunsWithoutSaving() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        // A plain file where a folder should be: no user, root included, can create the state folder below it.
        let blocker = session.folder.appendingPathComponent("home-file")
        try Data("not a folder".utf8).write(to: blocker)
        try session.launch(["--state-dir", blocker.path + "/losslab"])
        try session.waitFor("Progress will not be saved this time")
        try session.press("Down", "Enter")
        try session.waitFor("Lesson 2 of ")
        try session.press("q")
        try session.expectRestored(exit: "0")
    }
}

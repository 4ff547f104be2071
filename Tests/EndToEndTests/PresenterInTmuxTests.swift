import Foundation
import Testing
import TestSupport

/// The real `losslab present` in tmux: a whole lesson revealed step by step, the notes file rewritten
/// at each step, `losslab notes` reading along, the high-contrast theme, and `q` asking before it quits.
@Suite(.serialized) struct PresenterInTmuxTests {
    @Test func presentLessonFiveToTheEndWithNotesInASecondFile() throws {
        let runtime = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-runtime-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: runtime, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: runtime) }
        let notes = runtime.appendingPathComponent("notes.txt")
        let session = try TmuxSession(width: 100, height: 30, environment: ["TERM": "xterm-256color", "XDG_RUNTIME_DIR": runtime.path])
        defer { session.close() }
        try session.launch(["present", "5", "--notes", notes.path])
        try session.waitFor("BCE, one pixel at a time")
        try session.waitFor("slide 1/4 · 1/15")
        #expect(!(try session.capture().contains("quit")), "no key bar")
        // High contrast: text on a black background (colour 0).
        #expect(try session.captureWithStyles().contains("40m"))
        #expect(try String(contentsOf: notes, encoding: .utf8).contains("Before showing anything, ask the room"))

        // Forward through every step to the end, one block at a time.
        for step in 2...15 {
            try session.press("Space")
            try session.waitFor("· \(step)/15")
        }
        try session.waitFor("Which prediction does BCE punish hardest")
        try session.waitFor("MSE =")
        let last = try String(contentsOf: notes, encoding: .utf8)
        #expect(last.hasPrefix("Lesson 5: BCE, one pixel at a time · slide 4 of 4 · step 15 of 15"))

        // Back twice, then to the table's step, whose note is about reading the table.
        try session.press("Left", "BSpace")
        try session.waitFor("· 13/15")
        try session.type("g2")
        try session.waitFor("go to slide (1–4): 2_")
        try session.press("Enter")
        try session.waitFor("slide 2/4 · 2/15")
        try session.press("Space", "Space", "Space")
        try session.waitFor("· 5/15")
        #expect(try String(contentsOf: notes, encoding: .utf8).contains("Read the table from the top"))
        // A second terminal reads the same notes through the runtime file.
        let follower = try BuiltBinary.run(["notes", "--once"], environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(follower.status == 0)
        #expect(follower.stdout.contains("step 5 of 15") && follower.stdout.contains("Read the table from the top"))

        // b blanks, T starts the timer, q asks first.
        try session.press("b")
        try session.waitUntil("a blank screen") { !$0.contains("slide 2/4") }
        try session.press("b", "T")
        try session.waitFor("00:01")
        try session.press("q")
        try session.waitFor("Quit the presentation?")
        try session.press("n")
        try session.waitUntil("the question gone") { !$0.contains("Quit the presentation?") }
        try session.press("q", "y")
        try session.expectRestored(exit: "0")
        #expect(!FileManager.default.fileExists(atPath: runtime.appendingPathComponent("losslab/presenter-notes.txt").path))
        let ended = try BuiltBinary.run(["notes", "--once"], environment: ["XDG_RUNTIME_DIR": runtime.path])
        #expect(ended.status != 0 && ended.stdout == "" && ended.stderr.contains("no presenter is running"))
    }

    @Test func anUnwritableNotesFileStopsBeforeTheTerminalIsTouched() throws {
        let result = try BuiltBinary.run(["present", "5", "--notes", "/nonexistent-folder/notes.txt"])
        #expect(result.status != 0 && result.stdout == "")
        #expect(result.stderr == "Error: cannot write the notes to /nonexistent-folder/notes.txt: No such file or directory\n")
        let missing = try BuiltBinary.run(["present", "12"])
        #expect(missing.status != 0 && missing.stdout == "")
        #expect(missing.stderr.hasPrefix("Error: no lesson \"12\"; give a number from 1 to 10 or a file name"))
    }
}

import Foundation
import LessonKit
import ProgressKit
import Testing
import TestSupport

/// `losslab progress` and `losslab progress reset`, run as a user would, on a private state folder.
@Suite struct ProgressCommandTests {
    /// A fresh state folder path (not yet created), removed by the caller.
    static func stateFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("losslab-progress-\(UUID().uuidString)").path
    }

    /// Lesson 1 read to the end with its question answered right in 2 tries, lesson 2 begun.
    static func writeSample(to folder: String) throws {
        let lessons = LessonLibrary.bundled.lessons
        var progress = CourseProgress()
        let first = lessons[0]
        progress[lesson: first.slug] = LessonProgress(readToEnd: true, questions: [
            QuestionProgress.key(prompt: first.questions[0].question.prompt): QuestionProgress(tries: 2, hintsUsed: 1, answeredRight: true),
        ])
        let second = lessons[1]
        let middle = second.places[second.places.count / 2 - 1]
        progress[lesson: second.slug] = LessonProgress(position: ContentAnchor(block: second.places.count / 2 - 1, heading: middle.heading,
                                                                               text: middle.text))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(progress.encoded()).write(to: URL(fileURLWithPath: folder + "/progress.json"))
    }

    @Test func theTableShowsEachLessonAndTheCourse() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.writeSample(to: folder)
        let result = try BuiltBinary.run(["progress", "--state-dir", folder])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == " #  Lesson                         Read  Questions  Tries  Hints")
        #expect(lines[1] == " 1  Scoring a reconstruction       100%  ✓ 1/1          2      1  done")
        #expect(lines[2] == " 2  Mean Squared Error              50%  0/1            0      0")
        #expect(lines[3] == " 3  Why square, and why average      0%  0/3            0      0")
        #expect(lines.suffix(3) == ["Course: 1 of 10 lessons done  ██░░░░░░░░░░░░░░░░░░ 10%", "Progress is kept in \(folder)/progress.json.", ""])
    }

    @Test func practiceStatisticsAreSummedUp() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var progress = CourseProgress()
        progress.practice.skills["mse-mean"] = PracticeStatistics.SkillRecord(attempts: 7, right: 6, streak: 5, practisedAt: 100)
        progress.practice.skills["mae"] = PracticeStatistics.SkillRecord(attempts: 3, right: 1, streak: 0)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(progress.encoded()).write(to: URL(fileURLWithPath: folder + "/progress.json"))
        let result = try BuiltBinary.run(["progress", "--state-dir", folder])
        #expect(result.stdout.contains("\nPractice: 10 problems, 7 right; 1 skill practised, 0 mastered.\nProgress is kept in"))
        let json = try BuiltBinary.run(["progress", "--format", "json", "--state-dir", folder])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["practice"] as? [String: Any])?.keys.sorted() == ["mae", "mse-mean"])
    }

    @Test func jsonHasEveryFigure() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.writeSample(to: folder)
        let result = try BuiltBinary.run(["progress", "--format", "json"], environment: ["LOSSLAB_STATE_DIR": folder])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["stateFile"] as? String == folder + "/progress.json")
        let rows = object?["rows"] as? [[String: Any]] ?? []
        #expect(rows.count == 10)
        #expect(rows.first?["lesson"] as? String == "01-scoring-a-reconstruction")
        #expect(rows.first?["done"] as? Bool == true)
        #expect(rows.first?["tries"] as? Int == 2)
        #expect(rows.dropFirst().first?["readPercent"] as? Int == 50)
    }

    @Test func theStateFollowsXDGAndNoSaveWritesNothing() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let xdg = try BuiltBinary.run(["progress"], environment: ["XDG_STATE_HOME": folder, "LOSSLAB_STATE_DIR": ""])
        #expect(xdg.stdout.hasSuffix("Progress is kept in \(folder)/losslab/progress.json.\n"))
        let home = try BuiltBinary.run(["progress"], environment: ["HOME": folder, "XDG_STATE_HOME": "", "LOSSLAB_STATE_DIR": ""])
        #expect(home.stdout.hasSuffix("Progress is kept in \(folder)/.local/state/losslab/progress.json.\n"))
        let elsewhere = folder + "/unused"
        let none = try BuiltBinary.run(["progress", "--no-save", "--state-dir", elsewhere])
        #expect(none.stdout.hasSuffix("Progress is not saved (--no-save, or no home folder).\n"))
        #expect(!FileManager.default.fileExists(atPath: elsewhere))
    }

    @Test func resetRefusesWithoutYesWhenThereIsNoTerminal() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.writeSample(to: folder)
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json"))
        let refused = try BuiltBinary.run(["progress", "reset", "--state-dir", folder], stdin: "y\n")
        #expect(refused.status == 1)
        #expect(refused.stderr == "Error: refusing to reset all saved progress without --yes: standard input is not a terminal\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json")) == before)

        let one = try BuiltBinary.run(["progress", "reset", "1", "--yes", "--state-dir", folder])
        #expect(one.status == 0)
        #expect(one.stdout == "Reset the progress of lesson 01-scoring-a-reconstruction.\n")
        let afterOne = try BuiltBinary.run(["progress", "--format", "json", "--state-dir", folder])
        #expect(afterOne.stdout.contains("\"done\" : true") == false)

        let all = try BuiltBinary.run(["progress", "reset", "--yes", "--state-dir", folder])
        #expect(all.stdout == "Reset all saved progress.\n")
        let progress = try CourseProgress.decode(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json"))))
        #expect(progress == CourseProgress())

        let unknown = try BuiltBinary.run(["progress", "reset", "42", "--yes", "--state-dir", folder])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "Error: no lesson \"42\"; give its number or name, as \"losslab lessons list\" shows them\n"
            + "  See 'losslab progress reset --help' for more information.\n")
    }

    @Test func aCorruptFileIsSetAsideWithAMessage() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"less".utf8).write(to: URL(fileURLWithPath: folder + "/progress.json"))
        let result = try BuiltBinary.run(["progress", "--state-dir", folder])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("The progress file \(folder)/progress.json was set aside as \(folder)/progress.json.bad-"))
        #expect(result.stdout.contains("Course: 0 of 10 lessons done"))
        let aside = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("progress.json.bad-") }
        #expect(aside.count == 1)
    }
}

extension ProgressCommandTests {
    /// On a terminal (a pseudo-terminal made by `script`), reset asks first and does nothing unless told yes.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func onATerminalResetAsksFirst() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.writeSample(to: folder)
        func reset(answering reply: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "\(BuiltBinary.losslab.path) progress reset 1 --state-dir \(folder)", "/dev/null"]
            let input = Pipe()
            let output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            input.fileHandleForWriting.write(Data(reply.utf8))
            try input.fileHandleForWriting.close()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json"))
        let declined = try reset(answering: "n\n")
        #expect(declined.contains("Reset the progress of lesson 01-scoring-a-reconstruction? This cannot be undone. [y/N] "))
        #expect(declined.contains("Nothing was reset."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json")) == before)
        let accepted = try reset(answering: "y\n")
        #expect(accepted.contains("Reset the progress of lesson 01-scoring-a-reconstruction."))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json")) != before)
    }
}

extension ProgressCommandTests {
    /// Nine instances at once each forget one lesson: the lock and the re-read before each write mean
    /// none brings back a lesson another removed, and the file stays whole.
    @Test func nineInstancesAtOnceLoseNoChange() throws {
        let folder = Self.stateFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var progress = CourseProgress()
        let lessons = LessonLibrary.bundled.lessons
        for lesson in lessons { progress[lesson: lesson.slug] = LessonProgress(readToEnd: true) }
        progress.lab = LabValues(x: "1, 0", xhat: "0.8, 0.3", losses: ["bce"], convention: "exact", reduction: "mean")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(progress.encoded()).write(to: URL(fileURLWithPath: folder + "/progress.json"))

        let processes = try lessons.indices.map { k in
            let process = Process()
            process.executableURL = BuiltBinary.losslab
            process.arguments = ["progress", "reset", String(k + 1), "--yes", "--state-dir", folder]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let final = try CourseProgress.decode(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/progress.json"))))
        #expect(final.lessons.isEmpty)
        #expect(final.lab == progress.lab)
    }
}

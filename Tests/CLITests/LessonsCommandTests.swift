import Foundation
import Testing
import TestSupport

/// `losslab lessons list | check | show`, run as a user would.
@Suite struct LessonsCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/LessonKitTests/Fixtures")

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static let expectedTitles = [
        "01-scoring-a-reconstruction.md  Scoring a reconstruction",
        "02-mean-squared-error.md        Mean Squared Error",
        "03-why-square-and-average.md    Why square, and why average",
        "04-binary-cross-entropy.md      Binary Cross-Entropy",
        "05-when-bce-punishes.md         BCE, one pixel at a time",
        "06-choosing-a-loss.md           Choosing between MSE and BCE",
        "07-gradients.md                 How a loss pushes: gradients",
        "08-what-libraries-compute.md    What libraries really compute",
        "09-reading-a-reconstruction.md  Reading a real reconstruction",
        "10-watch-it-learn.md            Watch it learn",
    ]

    @Test func listShowsTheBuiltInLessonsInOrder() throws {
        let result = try BuiltBinary.run(["lessons", "list"])
        #expect(result.status == 0)
        #expect(result.stdout == Self.expectedTitles.joined(separator: "\n") + "\n")
        #expect(result.stderr == "")
    }

    @Test func aCopyOfTheBinaryRunFromAnotherFolderStillHasItsLessons() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("losslab")
        try FileManager.default.copyItem(at: BuiltBinary.losslab, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["lessons", "list"]
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == Self.expectedTitles.joined(separator: "\n") + "\n")
        let check = try BuiltBinary.run(["lessons", "check"], currentDirectory: folder)
        #expect(check.status == 0)
    }

    @Test func checkPassesOnTheLessonsFolderAndProvesCoverage() throws {
        let result = try BuiltBinary.run(["lessons", "check", "Lessons"], currentDirectory: Self.root)
        #expect(result.status == 0)
        #expect(result.stdout == "Lessons: 10 lessons, no problems; every point S1-S23, B1-B9 is covered\n")
        #expect(result.stderr == "")
    }

    @Test func checkReportsEveryProblemOfABrokenFolderAndFails() throws {
        let result = try BuiltBinary.run(["lessons", "check", "Tests/LessonKitTests/Fixtures/broken", "--skip-coverage"],
                                         currentDirectory: Self.root)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 25)
        #expect(lines.contains("Tests/LessonKitTests/Fixtures/broken/01-directives.md:38: question: answer 0.4 is wrong: "
            + "LossKit computes 0.25 (0.25 to 4 significant digits)"))
        #expect(lines.contains("Tests/LessonKitTests/Fixtures/broken/04-binary.md:2: the file holds NUL bytes: it looks binary, not Markdown text"))
        #expect(lines.contains("Tests/LessonKitTests/Fixtures/broken/05-bad-utf8.md:4: invalid UTF-8 bytes; save the file as UTF-8"))
        #expect(lines.contains("Tests/LessonKitTests/Fixtures/broken/01-directives.md:67: question: give tolerance or digits, not both"))
        #expect(lines.last == "24 problems in Tests/LessonKitTests/Fixtures/broken")
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func checkWithoutSkippingCoverageNamesMissingPoints() throws {
        let result = try BuiltBinary.run(["lessons", "check", Self.fixtures.appendingPathComponent("good").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("good: coverage point S23 is taught by no lesson"))
        #expect(result.stderr.hasSuffix("30 problems in \(Self.fixtures.appendingPathComponent("good").path)\n"))
    }

    @Test func checkOfAMissingFolderFails() throws {
        let result = try BuiltBinary.run(["lessons", "check", "/nonexistent/lessons"])
        #expect(result.status == 1)
        #expect(result.stderr == "/nonexistent/lessons: cannot open the folder (No such file or directory)\n")
    }

    @Test func untrustedLessonsNeverReachTheTerminalRaw() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "# Evil \u{1B}]0;owned\u{07}title\u{1B}[2J\n\n<!-- covers: S1 -->\n\nBody \u{1B}[31mred\u{9B}1m.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("01-evil.md"))
        let list = try BuiltBinary.run(["lessons", "list", "--lessons", folder.path])
        #expect(list.stdout == "01-evil.md  Evil title\n")
        let show = try BuiltBinary.run(["lessons", "show", "1", "--lessons", folder.path])
        #expect(show.stdout == "Evil title\n\nBody red.\n")
        for output in [list.stdout, list.stderr, show.stdout, show.stderr] {
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func checkSurvivesRandomBytes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var generator = SystemRandomNumberGenerator()
        for k in 1...5 {
            let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try Data(bytes).write(to: folder.appendingPathComponent("0\(k)-random.md"))
        }
        let result = try BuiltBinary.run(["lessons", "check", folder.path, "--skip-coverage"])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("in \(folder.path)\n"))
    }

    @Test func showLaysOutALessonAtTheGivenWidth() throws {
        let result = try BuiltBinary.run(["lessons", "show", "2", "--width", "40", "--ascii"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Mean Squared Error")
        #expect(lines.contains("> Lab: MSE of x = 0.2, 0.8, 0.5 and xhat"))
        #expect(lines.contains("  = 0.3, 0.6, 0.5 (mean)"))
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.contains("  L(x, xhat) = (1/n) sum_i=1^n (x_i -"))
        #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        let missing = try BuiltBinary.run(["lessons", "show", "99"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no lesson \"99\"; give a number from 1 to 10 or a file name"))
    }

    @Test func showExplainsEachQuestionsAnswer() throws {
        let result = try BuiltBinary.run(["lessons", "show", "1", "--width", "60"])
        let text = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("c) The reconstruction x̂ and the network's weights Answer: b) The input x and the reconstruction x̂. "
            + "Every reconstruction loss takes the original x and the copy x̂ side by side."))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
    }

    @Test func everyLessonShowsWithItsChartsDrawn() throws {
        for number in 1...Self.expectedTitles.count {
            for ascii in [false, true] {
                let result = try BuiltBinary.run(["lessons", "show", String(number), "--width", "60"] + (ascii ? ["--ascii"] : []))
                #expect(result.status == 0, "lesson \(number)")
                #expect(result.stderr == "")
                if ascii { #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII }, "lesson \(number)") }
            }
        }
        let bce = try BuiltBinary.run(["lessons", "show", "05-when-bce-punishes.md", "--width", "72"])
        #expect(bce.stdout.contains("BCE against x̂, target x = 1"))
        #expect(bce.stdout.contains("x̂ = 0.1   BCE = 2.303"))
    }
}

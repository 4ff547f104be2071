import Foundation
import Testing
import TestSupport

/// `losslab lessons export`, run as a user would: handouts to standard output or a file, and bad input.
@Suite struct LessonsExportCommandTests {
    @Test(arguments: ["markdown", "html", "text"])
    func aLessonGoesToStandardOutputWithItsAnswerKey(format: String) throws {
        let result = try BuiltBinary.run(["lessons", "export", "5", "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("BCE, one pixel at a time"))
        #expect(result.stdout.contains("Answer key"))
        #expect(result.stdout.contains("2.303"))
    }

    @Test func outWritesTheFileAndPrintsNothing() throws {
        let folder = try LessonsCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("handout.html")
        let result = try BuiltBinary.run(["lessons", "export", "all", "--format", "html", "--answers", "--out", file.path])
        #expect(result.status == 0 && result.stdout == "" && result.stderr == "")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && html.hasSuffix("</html>\n"))
        // Nothing else is left in the folder (the temporary file was renamed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["handout.html"])
    }

    @Test(arguments: [
        (["lessons", "export", "42"], "Error: no lesson \"42\"; give a number from 1 to 10, a file name or all"),
        (["lessons", "export", "0", "--format", "text"], "Error: no lesson \"0\""),
        (["lessons", "export", "5", "--format", "pdf"], "Error: The value 'pdf' is invalid for '--format <format>'"),
        (["lessons", "export", "5", "--out", "/nonexistent-folder/x.md"],
         "Error: cannot write the handout to /nonexistent-folder/x.md: No such file or directory"),
        (["lessons", "export", "5", "--out", "/tmp"], "Error: cannot write the handout to /tmp: it is a folder"),
    ])
    func badInputIsNamedOnStandardErrorAlone(arguments: [String], message: String) throws {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }
}

/// `losslab lessons check` warns about parts the reader cannot show whole at 80×24.
@Suite struct LessonsCheckFitTests {
    @Test func aQuestionWithAVeryLongExplanationIsAWarningNotAProblem() throws {
        let folder = try LessonsCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let long = Array(repeating: "The loss grows as the prediction moves away from the target, and each step costs more.",
                         count: 22).joined(separator: " ")
        let lesson = """
            # A long explanation

            <!-- covers: S5 -->

            Some text.

            ```question
            prompt: What is the MSE of x = 1 and x̂ = 0.5?
            loss: mse
            x: 1
            xhat: 0.5
            answer: 0.25
            hint: Square the error.
            explanation: \(long)
            ```
            """
        try lesson.write(to: folder.appendingPathComponent("01-long.md"), atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["lessons", "check", folder.path, "--skip-coverage"])
        #expect(result.status == 0)
        #expect(result.stdout == "\(folder.path): 1 lesson, no problems (1 warning on standard error)\n")
        #expect(result.stderr == "\(folder.path)/01-long.md:7: warning: this question needs 29 rows at 80×24 (with its "
            + "longest feedback), but the reader shows 22; shorten its prompt, options, hint or explanation\n")
    }

    @Test func theBuiltInLessonsFitAt80x24() throws {
        let result = try BuiltBinary.run(["lessons", "check"])
        #expect(result.status == 0 && result.stderr == "")
    }
}

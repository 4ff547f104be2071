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
        (["lessons", "export", "42"], "Error: no lesson \"42\"; give a number from 1 to 9, a file name or all"),
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

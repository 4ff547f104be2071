import Foundation
import Testing
import TestSupport

/// `losslab practice --worksheet`, run as a user would: sheets to standard output or a file, and bad input.
@Suite struct PracticeWorksheetCommandTests {
    @Test(arguments: ["markdown", "html", "text"])
    func aWorksheetGoesToStandardOutputTheSameForTheSameSeed(format: String) throws {
        let arguments = ["practice", "--worksheet", "--count", "10", "--seed", "42", "--format", format]
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 0 && result.stderr == "")
        #expect(result.stdout.contains("LossLab worksheet") && result.stdout.contains("Answer key"))
        #expect(result.stdout.contains("--seed 42 --count 10"))
        #expect(try BuiltBinary.run(arguments).stdout == result.stdout)
        #expect(try BuiltBinary.run(["practice", "--worksheet", "--count", "10", "--seed", "43", "--format", format]).stdout != result.stdout)
    }

    @Test func withoutASeedTheSheetNamesTheOneItDrew() throws {
        let result = try BuiltBinary.run(["practice", "--worksheet", "--count", "3"])
        #expect(result.status == 0 && result.stderr == "")
        let seed = try #require(result.stdout.firstMatch(of: /--seed (\d+) --count 3/)?.1)
        #expect(try BuiltBinary.run(["practice", "--worksheet", "--count", "3", "--seed", String(seed)]).stdout == result.stdout)
    }

    @Test func skillsAndOutWriteTheChosenKindsToTheFile() throws {
        let folder = try LessonsCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sheet.html")
        let result = try BuiltBinary.run(["practice", "--worksheet", "--seed", "7", "--skills", "bce-x1, which-loss",
                                          "--format", "html", "--out", file.path])
        #expect(result.status == 0 && result.stdout == "" && result.stderr == "")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.components(separatedBy: "BCE where every x is 1.").count - 1 == 5)
        #expect(html.components(separatedBy: "which loss for this data?").count - 1 == 5)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["sheet.html"])
    }

    @Test(arguments: [
        (["practice", "--worksheet", "--seed", "forty-two"], "Error: The value 'forty-two' is invalid for '--seed <seed>'", 64),
        (["practice", "--worksheet", "--seed", "-1"], "Error: The value '-1' is invalid for '--seed <seed>'", 64),
        (["practice", "--worksheet", "--count", "-3"], "Error: --count -3: a worksheet has 1 to 200 problems", 64),
        (["practice", "--worksheet", "--count", "0"], "Error: --count 0: a worksheet has 1 to 200 problems", 64),
        (["practice", "--worksheet", "--count", "201"], "Error: --count 201: a worksheet has 1 to 200 problems", 64),
        (["practice", "--worksheet", "--count", "ten"], "Error: The value 'ten' is invalid for '--count <n>'", 64),
        (["practice", "--worksheet", "--skills", "mse-mean,bce"],
         "Error: --skills: no skill \"bce\"; the skills are mse-mean, mse-sum, mae, bce-x1, bce-x0, bce-soft, gradient, term, which-loss", 64),
        (["practice", "--worksheet", "--skills", ","], "Error: --skills: give one or more of mse-mean, mse-sum,", 64),
        (["practice", "--worksheet", "--format", "pdf"], "Error: The value 'pdf' is invalid for '--format <format>'", 64),
        (["practice", "--worksheet", "--out", "/nonexistent-folder/sheet.md"],
         "Error: cannot write the worksheet to /nonexistent-folder/sheet.md: No such file or directory", 1),
        (["practice", "--worksheet", "--out", "/tmp"], "Error: cannot write the worksheet to /tmp: it is a folder", 1),
        (["practice", "--count", "10"], "Error: --count is a worksheet option; add --worksheet", 64),
        (["practice", "--seed", "42", "--format", "html"], "Error: --format is a worksheet option; add --worksheet", 64),
        (["practice", "--skills", "mae"], "Error: --skills is a worksheet option; add --worksheet", 64),
        (["practice", "--out", "sheet.md"], "Error: --out is a worksheet option; add --worksheet", 64),
    ])
    func badInputIsNamedOnStandardErrorAlone(arguments: [String], message: String, status: Int32) throws {
        let result = try BuiltBinary.run(arguments)
        // A wrong command line exits 64; a worksheet that cannot be written, 1 (README, "Exit status").
        #expect(result.status == status)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
    }
}

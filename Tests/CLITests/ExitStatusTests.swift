import Testing
import TestSupport

/// What `losslab` says and returns when the command line or the input is wrong (README, "Exit status").
@Suite struct ExitStatusTests {
    @Test func versionIsPrinted() throws {
        let result = try BuiltBinary.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.split(separator: ".").count == 3 && result.stdout.hasSuffix("\n"))
    }

    @Test(arguments: [
        ["explain", "--loss", "mse", "--x", "1", "--xhat", "1", "--bogus"],
        ["plot", "--target", "1", "--width", "5"],
        ["plot", "--target", "1", "--width", "1001"],
        ["plot", "--target", "1", "--height", "99999999999999999999999"],
        ["lessons", "show", "1", "--width", "1001"],
        ["lessons", "show", "99"],
        ["screen", "--size", "1001x10"],
        ["screen", "--keys", "<Nope>"],
        ["lab", "--x", "1", "--xhat", "1", "--shape", "99999999999x99999999999"],
        ["explain", "--loss", "hinge", "--x", "1", "--xhat", "1"],
        ["practice", "--worksheet", "--count", "0"],
        ["practice", "--worksheet", "--count", "10000"],
        ["practice", "--worksheet", "--skills", "nope"],
        ["practice", "--count", "5"],
        ["train", "--data", "nosuchset"],
        ["train", "--hidden", "0"],
        ["train", "--lr", "-1"],
        ["train", "--epochs", "1", "--export", "500", "/tmp"],
        ["progress", "reset", "nosuchlesson", "--no-save"],
    ])
    func aWrongCommandLineExits64(_ arguments: [String]) throws {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: "))
    }

    @Test(arguments: [
        ["explain", "--loss", "mse", "--x", "1,abc", "--xhat", "1,1"],
        ["explain", "--loss", "mse", "--x", "@/nonexistent/x.txt", "--xhat", "1"],
        ["lessons", "check", "/nonexistent/lessons"],
        ["screen", "--lessons", "/nonexistent/lessons"],
        ["train", "--data", "/nonexistent/images.npy"],
        ["practice", "--worksheet", "--out", "/nonexistent-folder/sheet.md"],
    ])
    func wrongInputExits1(_ arguments: [String]) throws {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status == 1, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: [
        ["explain", "--loss", "mse", "--x", "1", "--xhat", "1", "--\u{1B}[2J"],
        ["\u{1B}]0;owned\u{07}"],
        ["explain", "--loss", "mse\u{1B}[2J", "--x", "1", "--xhat", "1"],
        ["explain", "--loss", "mse", "--x", "1,\u{1B}[2J", "--xhat", "1,1"],
        ["screen", "--keys", "<\u{1B}[31m>"],
        ["lessons", "check", "/nonexistent/\u{1B}[2J\u{202E}"],
    ])
    func noControlCharacterReachesTheTerminal(_ arguments: [String]) throws {
        let result = try BuiltBinary.run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        let shown = result.stderr.unicodeScalars.filter { $0 != "\n" && ($0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}") }
        #expect(shown.isEmpty, "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains("\\e"))
    }
}

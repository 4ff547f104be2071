import Foundation
import Testing
import TestSupport

/// `losslab screen` and `losslab lab` as a user runs them: headless screens, and clear errors.
@Suite struct ScreenCommandTests {
    @Test func theLabAfterKeysShowsTheNudgedLoss() throws {
        let result = try BuiltBinary.run(["screen", "--size", "80x24", "--loss", "mse", "--x", "1,0,1",
                                          "--xhat", "0.9,0.2,0.6", "--keys", "<Down>]]"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 25, "24 rows and a final newline")
        // x̂₂ = 0.22: (0 − 0.22)² = 0.0484, so Σ = 0.01 + 0.0484 + 0.16 = 0.2184 and L = 0.0728.
        #expect(result.stdout.contains("L(x, x̂) = Σ ÷ n = 0.2184 ÷ 3 = 0.0728"))
        #expect(result.stdout.contains(" x̂ = 0.9, 0.22, 0.6"))
    }

    @Test func fieldsShowTheFilesTheyCameFrom() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-fields-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let x = folder.appendingPathComponent("x.txt"), xhat = folder.appendingPathComponent("xhat.txt")
        try Data("1 0 1\n".utf8).write(to: x)
        try Data("0.00018989253606315637 0.2 0.6\n".utf8).write(to: xhat)
        let result = try BuiltBinary.run(["screen", "--size", "80x24", "--loss", "mse", "--x", "@" + x.path,
                                          "--xhat", "@" + xhat.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains(" x = @\(x.path)"))
        #expect(result.stdout.contains(" x̂ = @\(xhat.path)"))
    }

    @Test func stepModeShowsTheSubstitutedFormula() throws {
        let result = try BuiltBinary.run(["screen", "--size", "120x40", "--loss", "bce", "--x", "1,0,1",
                                          "--xhat", "0.9,0.2,0.6", "--keys", "<Space><Space>"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("step 2/6: −[x₂ log x̂₂ + (1 − x₂) log(1 − x̂₂)]"))
        #expect(result.stdout.contains("= −[0 · log(0.2) + 1 · log(1 − 0.2)] = 0.2231"))
    }

    @Test func opensOnTheBuiltInContents() throws {
        let result = try BuiltBinary.run(["screen", "--size", "80x24"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("LossLab · Contents"))
        #expect(result.stdout.contains("1. Scoring a reconstruction"))
        #expect(result.stdout.contains("The Lab: type x and x̂"))
    }

    @Test func asciiScreensAreASCII() throws {
        let result = try BuiltBinary.run(["screen", "--size", "120x40", "--ascii", "--loss", "both", "--keys", "<Space>?"])
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(result.stdout.contains("LossLab - Help: Lab"))
        #expect(result.stdout.contains("Keys of this screen"))
    }

    @Test func keysMayHoldTicksAndWaits() throws {
        let still = try BuiltBinary.run(["screen", "--size", "80x24", "--keys", "l"])
        let waited = try BuiltBinary.run(["screen", "--size", "80x24", "--keys", "<Tick>l<Wait 100ms><Tick><Wait 2s>"])
        #expect(waited.status == 0)
        #expect(waited.stdout == still.stdout, "the Lab does not animate: time changes nothing")
        let bad = try BuiltBinary.run(["screen", "--keys", "<Wait soon>"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("<Tick> <Wait 100ms>"))
    }

    @Test func tooSmallAsksForMoreRoom() throws {
        let result = try BuiltBinary.run(["screen", "--size", "30x10"])
        #expect(result.stdout.contains("Please enlarge the terminal"))
        #expect(result.stdout.contains("(needs 60×18, now 30×10)"))
    }

    @Test func badInputGetsAClearMessage() throws {
        let badList = try BuiltBinary.run(["screen", "--loss", "bce", "--x", "1,0,2", "--xhat", "0.5,0.5,0.5"])
        #expect(badList.status != 0)
        #expect(badList.stderr.contains("x value 3 is 2, outside [0, 1]"))
        let badKeys = try BuiltBinary.run(["screen", "--keys", "ab<Nope>"])
        #expect(badKeys.status != 0)
        #expect(badKeys.stderr.contains("unknown key <Nope> at column 3"))
        let badSize = try BuiltBinary.run(["screen", "--size", "80by24"])
        #expect(badSize.status != 0)
        #expect(badSize.stderr.contains("--size: \"80by24\" is not WIDTHxHEIGHT"))
        let lonely = try BuiltBinary.run(["lab", "--x", "1,0"])
        #expect(lonely.status != 0)
        #expect(lonely.stderr.contains("give both --x and --xhat"))
    }

    @Test func labNeedsATerminal() throws {
        let result = try BuiltBinary.run(["lab", "--x", "1", "--xhat", "0.5"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("the app needs a terminal"))
    }
}

/// The Lab on an image: a PGM file, or `--shape`, turns the contribution bars into a heat map.
@Suite struct ScreenImageTests {
    @Test func aPGMImageIsDrawnPixelByPixel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-image-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "P2\n2 2\n255\n0 255\n255 0\n".write(to: folder.appendingPathComponent("x.pgm"), atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["screen", "--size", "120x40", "--loss", "bce", "--x", "@x.pgm",
                                          "--xhat", "0.1, 0.9, 0.3, 0.2"], currentDirectory: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("BCE per pixel") && result.stdout.contains("darker: more loss"))
    }

    @Test func aShapeMustMatchTheVectors() throws {
        let typed = try BuiltBinary.run(["screen", "--size", "120x40", "--x", "1,0,1,0", "--xhat", "0,0,0,0", "--shape", "2x2"])
        #expect(typed.status == 0)
        #expect(typed.stdout.contains("MSE per pixel"))
        let plain = try BuiltBinary.run(["screen", "--size", "120x40", "--x", "1,0,1,0", "--xhat", "0,0,0,0", "--shape", "2x2",
                                         "--no-color"])
        #expect(plain.stdout.contains("denser: more loss"))
        let wrong = try BuiltBinary.run(["screen", "--size", "80x24", "--x", "1,0,1", "--xhat", "0,0,0", "--shape", "2x2"])
        #expect(wrong.status != 0)
        #expect(wrong.stdout.isEmpty)
        #expect(wrong.stderr.contains("Error: --shape 2x2 has 4 pixels but the vectors have 3 values"))
        let bad = try BuiltBinary.run(["screen", "--size", "80x24", "--x", "1", "--xhat", "0", "--shape", "two"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("--shape"))
    }
}

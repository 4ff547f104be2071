import Testing
import TestSupport

@Suite("losslab plot")
struct PlotCommandTests {
    @Test("The issue's example: both curves, legend, nice ticks, the marker and the read-out at 80 × 24")
    func example() throws {
        let result = try BuiltBinary.run(["plot", "--loss", "mse,bce", "--target", "1", "--at", "0.2",
                                          "--width", "80", "--height", "24", "--braille"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 24)
        #expect(lines.allSatisfy { $0.count == 80 })
        #expect(result.stdout.contains("● MSE") && result.stdout.contains("◆ BCE"))
        #expect(result.stdout.contains("0.0") && result.stdout.contains("0.4") && result.stdout.contains("1.0"))
        #expect(result.stdout.contains("┊"))
        #expect(result.stdout.contains("x̂ = 0.2   MSE = 0.64   BCE = 1.609"))
        if let mismatch = Snapshot.mismatch(result.stdout, named: "plot-mse-bce-target1-at0.2-braille-80x24") {
            Issue.record(Comment(rawValue: mismatch))
        }
    }

    @Test("Without a terminal the chart is 80 × 24; --width and --height set it exactly")
    func sizes() throws {
        let standard = try BuiltBinary.run(["plot", "--target", "0", "--ascii"])
        #expect(standard.status == 0)
        #expect(standard.stdout.split(separator: "\n").map(\.count) == Array(repeating: 80, count: 24))
        let small = try BuiltBinary.run(["plot", "--target", "0.3", "--width", "20", "--height", "8", "--blocks"])
        #expect(small.status == 0)
        #expect(small.stdout.split(separator: "\n").map(\.count) == Array(repeating: 20, count: 8))
    }

    @Test("--ascii, or a locale that is not UTF-8, writes only ASCII bytes and no colour codes")
    func asciiOnly() throws {
        for (arguments, environment) in [
            (["plot", "--target", "1", "--at", "0", "--ascii"], [String: String]()),
            (["plot", "--target", "1", "--at", "0.5", "--gradient"], ["LC_ALL": "C"]),
            (["plot", "--target", "0.3", "--at", "1", "--log-y"], ["LC_ALL": "", "LC_CTYPE": "", "LANG": "C"]),
        ] {
            let result = try BuiltBinary.run(arguments, environment: environment)
            #expect(result.status == 0)
            #expect(result.stdout.utf8.allSatisfy { $0 < 0x80 && $0 != 0x1B }, "\(arguments) \(environment)")
        }
        let infinite = try BuiltBinary.run(["plot", "--target", "1", "--at", "0", "--ascii"])
        #expect(infinite.stdout.contains("xhat = 0   MSE = 1   BCE = inf"))
    }

    @Test("A UTF-8 locale gets braille without a flag")
    func localeBraille() throws {
        let result = try BuiltBinary.run(["plot", "--target", "1"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
    }

    @Test("Bad arguments get a clear message on standard error and a non-zero exit", arguments: [
        (["--target", "1.5"], "outside [0, 1]"),
        (["--target", "-0.1", "--loss", "bce"], "BCE needs a target in [0, 1]"),
        (["--target", "1", "--width", "19"], "at least 20 columns"),
        (["--target", "1", "--height", "7"], "at least 8 lines"),
        (["--target", "1", "--loss", "mse,hinge"], "unknown loss \"hinge\": choose mse, bce, mae, both (= mse,bce) or all"),
        (["--target", "1", "--at", "1.2"], "outside [0, 1]"),
        (["--target", "1", "--y-max", "0"], "positive number"),
        (["--target", "1", "--log-y", "--gradient"], "log scale cannot show gradients"),
        (["--target", "1", "--ascii", "--braille"], "--ascii"),
        (["--loss", "mse"], "--target"),
        (["--target", "1", "--loss", "mse", "--x-range", "5:1"], "A must be below B"),
        (["--target", "1", "--loss", "mse", "--x-range", "0:inf"], "A must be below B and both finite"),
        (["--target", "1", "--loss", "mse", "--x-range", "0-255"], "write two numbers A:B"),
        (["--target", "1", "--loss", "mse", "--x-range", "0:1", "--at", "3"], "outside the x range [0, 1]"),
        (["--target", "0.5", "--x-range", "0:2"], "where BCE is defined"),
    ])
    func badArguments(_ arguments: [String], _ message: String) throws {
        let result = try BuiltBinary.run(["plot"] + arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }

    @Test("MSE on pixels: the range widens to hold x and x̂; --x-range sets it, negative ends included")
    func pixelRange() throws {
        let pixels = try BuiltBinary.run(["plot", "--loss", "mse", "--target", "200", "--at", "180", "--ascii"])
        #expect(pixels.status == 0)
        #expect(pixels.stdout.contains("xhat = 180   MSE = 400"))
        #expect(pixels.stdout.contains("@") && pixels.stdout.contains("200"))
        let given = try BuiltBinary.run(["plot", "--loss", "mse", "--target", "0", "--at", "1", "--x-range", "-2:2", "--ascii"])
        #expect(given.status == 0)
        #expect(given.stdout.contains("-2") && given.stdout.contains("xhat = 1   MSE = 1"))
    }

    @Test("MSE alone accepts any target, even outside [0, 1]")
    func mseAnyTarget() throws {
        let result = try BuiltBinary.run(["plot", "--loss", "mse", "--target", "1.5", "--at", "0.5", "--ascii"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("xhat = 0.5   MSE = 1"))
    }
}

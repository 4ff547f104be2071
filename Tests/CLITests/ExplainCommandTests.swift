import Foundation
import Testing
import TestSupport

/// `losslab explain`, run as a user runs it.
@Suite struct ExplainCommandTests {
    func run(_ arguments: String) throws -> BuiltBinary.Result {
        try BuiltBinary.run(["explain"] + arguments.split(separator: " ").map(String.init))
    }

    @Test(arguments: [
        ("explain-mse-text", "--loss mse --x 1,0,1 --xhat 0.9,0.2,0.6"),
        ("explain-bce-text", "--loss bce --x 1,0,1 --xhat 0.9,0.2,0.6"),
        ("explain-bce-infinite", "--loss bce --x 1,0,1 --xhat 0,0.2,0.6"),
        ("explain-bce-pytorch-ascii", "--loss bce --x 1,0,1 --xhat 0,0.2,0.6 --convention pytorch --ascii"),
        ("explain-bce-keras-markdown", "--loss bce --x 1,0,0.3 --xhat 0,0.2,0.3 --convention keras --format markdown"),
        ("explain-mse-sum-full", "--loss mse --x [0.1,0.2] --xhat [0.3,0.7] --reduction sum --full"),
        ("explain-mae-text", "--loss mae --x 1,0,1 --xhat 0.9,0.2,1"),
        ("explain-bce-logits", "--loss bce --x 1,0,1 --xhat 2.2,-1.4,-6 --logits"),
        ("explain-mse-logits-markdown", "--loss mse --x 1,0 --xhat -6,0 --logits --format markdown"),
        ("explain-bce-keras-float32", "--loss bce --x 0,1 --xhat 1,0.3 --convention keras --dtype float32"),
        ("explain-both-text", "--loss both --x 1,0 --xhat 0.9,0.2"),
    ])
    func printsTheDerivation(_ name: String, _ arguments: String) throws {
        let result = try run(arguments)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(Snapshot.mismatch(result.stdout, named: name) == nil, "\(Snapshot.mismatch(result.stdout, named: name) ?? "")")
    }

    @Test func asciiOutputIsPureAscii() throws {
        let result = try run("--loss bce --x 1,0,1 --xhat 0,0.2,0.6 --ascii")
        #expect(result.stdout.utf8.allSatisfy { $0 < 128 })
        #expect(result.stdout.contains("L(x, xhat) = -(1/n) sum_i [x_i log xhat_i + (1 - x_i) log(1 - xhat_i)]"))
    }

    @Test func jsonIsOneObjectWithExactNumbers() throws {
        let result = try run("--loss bce --x 1,0,1 --xhat 0.9,0.2,0 --format json")
        #expect(result.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["loss", "convention", "reduction", "n", "value", "sum", "terms"])
        #expect(object["value"] as? String == "inf")
        let terms = try #require(object["terms"] as? [[String: Any]])
        #expect(terms.map { $0["i"] as? Int } == [1, 2, 3])
        #expect(terms[2]["loss"] as? String == "inf")
        #expect(result.stdout.contains(#""loss": 0.10536051565782628"#))
        #expect(result.stdout.contains(#""x_log_xhat": -0.10536051565782628"#))
    }

    @Test func severalLossesGiveAJSONArrayInOrder() throws {
        let result = try run("--loss mae,mse --x 1,0 --xhat 0.5,0.5 --format json")
        #expect(result.status == 0)
        let array = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["loss"] as? String } == ["mae", "mse"])
        #expect(array.map { $0["value"] as? Double } == [0.5, 0.25])
        let mae = try #require(array[0]["terms"] as? [[String: Any]])
        #expect(mae[0]["absolute"] as? Double == 0.5)
        #expect(mae[0]["gradient"] as? Double == -0.5)
    }

    @Test func logitsAndFloat32AreNamedInTheJSON() throws {
        let logits = try run("--loss bce --x 1 --xhat 0 --logits --format json")
        #expect(logits.stdout.contains(#""prediction": "logits""#))
        #expect(logits.stdout.contains(#""z": 0.0, "xhat": 0.5"#))
        #expect(logits.stdout.contains(#""gradient": -0.5"#))
        let float32 = try run("--loss bce --x 0 --xhat 1 --convention keras --dtype float32 --format json")
        #expect(float32.stdout.contains(#""dtype": "float32""#))
        #expect(float32.stdout.contains(#""value": 15.942384719848633"#))
    }

    @Test(arguments: [
        ("--loss mse --x 1 --xhat 1 --dtype float16", "Error: The value 'float16' is invalid for '--dtype <dtype>'"),
        ("--loss bce --x 1 --xhat inf --logits", #"Error: x̂: value 1 ("inf") is not a finite number"#),
        ("--loss bce --x 2 --xhat 3 --logits", "Error: x value 1 is 2, outside [0, 1]: BCE needs targets in [0, 1]"),
        ("--loss mae --x 1,0 --xhat 1", "Error: x has 2 values but x̂ has 1; give both the same length"),
        ("--loss , --x 1 --xhat 1", "Error: --loss: no loss given"),
        ("--loss mse --x 1,0,0..2 --xhat 1,1,1", #"Error: x: value 3 ("0..2") is not a number"#),
        ("--loss mse --x 1,0,1 --xhat 0.5,0.5", "Error: x has 3 values but x̂ has 2; give both the same length"),
        ("--loss mse --x [] --xhat 1", "Error: x: the list is empty"),
        ("--loss mse --x nan --xhat 1", #"Error: x: value 1 ("nan") is not a finite number"#),
        ("--loss mse --x 1 --xhat inf", #"Error: x̂: value 1 ("inf") is not a finite number"#),
        ("--loss bce --x 1,0 --xhat 0.5,1.2", "Error: x̂ value 2 is 1.2, outside [0, 1]: BCE needs predictions in [0, 1]; use MSE"),
        ("--loss bce --x 0,128,255 --xhat 0.5,0.5,0.5", "these look like 0-255 pixels: divide them by 255 first, or use MSE"),
        ("--loss bce --x 1,0 --xhat 0.5,1.2 --ascii", "Error: xhat value 2 is 1.2"),
        ("--loss hinge --x 1 --xhat 1", "Error: --loss: unknown loss \"hinge\": choose mse, bce, mae, both (= mse,bce) or all"),
        ("--loss bce --x 1 --xhat 1 --convention tf", "Error: The value 'tf' is invalid for '--convention <convention>'"),
        ("--loss bce --x 1 --xhat 1 --format html", "Error: The value 'html' is invalid for '--format <format>'"),
        ("--loss mse --x 1", "Error: Missing expected argument '--xhat <xhat>'"),
    ])
    func badInputFailsCleanly(_ arguments: String, _ message: String) throws {
        let result = try run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "stderr was: \(result.stderr)")
    }

    @Test func negativeValuesAreNotTakenForOptions() throws {
        let result = try run("--loss mse --x -0.2,1 --xhat 0,-1 --format json")
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""value": 2.02"#))
    }
}

/// `--x @FILE` and `--xhat @FILE`: vectors read from text lists and PGM images.
@Suite struct ExplainFromFilesTests {
    @Test func readsBothVectorsFromFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "P2\n3 1\n255\n0 255 0\n".write(to: folder.appendingPathComponent("x.pgm"), atomically: true, encoding: .utf8)
        try "0.1,\n0.9,\n0.2\n".write(to: folder.appendingPathComponent("xhat.txt"), atomically: true, encoding: .utf8)
        let result = try BuiltBinary.run(["explain", "--loss", "bce", "--x", "@x.pgm", "--xhat", "@xhat.txt", "--format", "json"],
                                         currentDirectory: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains(#""n": 3"#))
        #expect(result.stdout.contains(#""x": 1.0, "xhat": 0.9"#))

        try "0.1 0.9 x\n".write(to: folder.appendingPathComponent("bad.txt"), atomically: true, encoding: .utf8)
        let bad = try BuiltBinary.run(["explain", "--loss", "mse", "--x", "@x.pgm", "--xhat", "@bad.txt"], currentDirectory: folder)
        #expect(bad.status != 0)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains(#"Error: x̂: bad.txt:1:9: value 3 ("x") is not a number"#))
    }
}

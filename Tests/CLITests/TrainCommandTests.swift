import Foundation
import Testing
import TestSupport

@Suite("losslab train")
struct TrainCommandTests {
    /// A new empty folder under the temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-train-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A `.npy` file (version 1) with the given type, shape text and raw data bytes.
    static func npy(descr: String, shape: String, data: [UInt8]) -> Data {
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(shape), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        let length = header.utf8.count
        return Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(header.utf8) + data)
    }

    static func float64Bytes(_ values: [Double]) -> [UInt8] {
        values.flatMap { v in (0..<8).map { UInt8(truncatingIfNeeded: v.bitPattern >> (8 * $0)) } }
    }

    @Test("The same options print the same numbers on every run; another seed prints others")
    func reproducible() throws {
        let arguments = ["train", "--data", "digits", "--epochs", "2", "--format", "csv"]
        let (a, b) = (try BuiltBinary.run(arguments), try BuiltBinary.run(arguments))
        let c = try BuiltBinary.run(arguments + ["--seed", "2"])
        #expect(a.status == 0 && a.stderr.isEmpty)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        let lines = a.stdout.split(separator: "\n")
        #expect(lines.first == "epoch,train_mse,train_bce,train_mae,test_mse,test_bce,test_mae")
        #expect(lines.count == 4)
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",").count == 7 })
    }

    @Test("Text shows the data, network and settings, then one line per epoch with train and test loss under every loss")
    func text() throws {
        let result = try BuiltBinary.run(["train", "--data", "grey", "--loss", "mse", "--optimizer", "sgd", "--epochs", "2",
                                          "--hidden", "8", "--activation", "tanh"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "grey: 2000 training and 500 test images of 8x8")
        #expect(lines[1] == "network 64-8-64 (tanh hidden, sigmoid output), trained on MSE from the logits; sgd, η = 2.0, batch 32, seed 1")
        #expect(lines[3] == " epoch  train MSE  train BCE  train MAE   test MSE   test BCE   test MAE")
        #expect(lines.count == 8 && lines[4].hasPrefix("    0 ") && lines[6].hasPrefix("    2 "))
    }

    @Test("JSON holds the settings and, per epoch, train and test losses keyed by loss; a convention trains on x̂")
    func json() throws {
        let result = try BuiltBinary.run(["train", "--epochs", "1", "--format", "json", "--convention", "keras", "--batch", "64"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["convention"] as? String == "keras")
        #expect(object?["batch"] as? Int == 64)
        let epochs = object?["epochs"] as? [[String: Any]]
        #expect(epochs?.count == 2)
        let test = epochs?.last?["test"] as? [String: Double]
        #expect(Set(test?.keys ?? [:].keys) == ["mse", "bce", "mae"])
    }

    @Test("--out saves the model as JSON; --export writes x and x̂ that losslab lab and explain read as an 8x8 image")
    func outAndExport() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.json").path
        let images = folder.appendingPathComponent("image3").path
        let result = try BuiltBinary.run(["train", "--epochs", "1", "--out", model, "--export", "3", images])
        #expect(result.status == 0)
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: model))) as? [String: Any]
        #expect(saved?["format"] as? String == "losslab-autoencoder")
        #expect((saved?["network"] as? [String: Any])?["parameters"] as? [Double] != nil)
        let explain = try BuiltBinary.run(["explain", "--loss", "bce", "--x", "@\(images)/x.txt", "--xhat", "@\(images)/xhat.txt"])
        #expect(explain.status == 0 && explain.stdout.contains("n = 64"), "\(explain.stderr)")
        let lab = try BuiltBinary.run(["screen", "--size", "80x24", "--loss", "bce", "--x", "@\(images)/x.txt",
                                       "--xhat", "@\(images)/xhat.txt", "--shape", "8x8"])
        #expect(lab.status == 0 && lab.stdout.contains("Lab"), "\(lab.stderr)")
    }

    @Test("A run that diverges stops, says so on standard error only, and saves the last good model")
    func divergence() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let model = folder.appendingPathComponent("model.json")
        let result = try BuiltBinary.run(["train", "--lr", "1e307", "--epochs", "5", "--out", model.path])
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.contains("training diverged in epoch 1: the network's outputs became infinite or NaN (try a smaller --lr); "
            + "stopped, keeping the model after epoch 0 (saved to \(model.path))"), "\(result.stderr)")
        let saved = try JSONSerialization.jsonObject(with: Data(contentsOf: model)) as? [String: Any]
        #expect((saved?["training"] as? [String: Any])?["epochs"] as? Int == 0)
    }

    @Test("A folder of PGM images and a .npy array train like the generated sets")
    func ownData() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for k in 0..<5 {
            let pixels = (0..<16).map { ($0 + k) % 3 == 0 ? "255" : "0" }.joined(separator: " ")
            try "P2\n4 4\n255\n\(pixels)\n".write(to: folder.appendingPathComponent("img\(k).pgm"), atomically: true, encoding: .utf8)
        }
        let pgm = try BuiltBinary.run(["train", "--data", folder.path, "--epochs", "1"])
        #expect(pgm.status == 0, "\(pgm.stderr)")
        #expect(pgm.stdout.hasPrefix("\(folder.path): 4 training and 1 test images of 4x4"))
        let array = folder.appendingPathComponent("a.npy")
        try Self.npy(descr: "|u1", shape: "(6, 9)", data: (0..<54).map { UInt8($0 * 4) }).write(to: array)
        let npy = try BuiltBinary.run(["train", "--data", array.path, "--epochs", "1", "--hidden", "2"])
        #expect(npy.status == 0, "\(npy.stderr)")
        #expect(npy.stdout.contains("5 training and 1 test images of 3x3"))
    }

    @Test("Bad options get a clear message on standard error, status 64 and nothing on standard output", arguments: [
        (["--data", "faces"], "--data: no data set \"faces\"; give shapes, digits, grey, a folder of .pgm images or a .npy file"),
        (["--loss", "hinge"], "unknown loss \"hinge\": choose mse, bce, mae"),
        (["--hidden", "0"], "--hidden 0: the hidden layer needs 1 to 1024 units"),
        (["--hidden", "1025"], "--hidden 1025: the hidden layer needs 1 to 1024 units"),
        (["--lr", "0"], "--lr 0.0: the learning rate must be a positive finite number"),
        (["--lr", "-0.1"], "the learning rate must be a positive finite number"),
        (["--lr", "nan"], "--lr nan: the learning rate must be a positive finite number"),
        (["--lr", "inf"], "--lr inf: the learning rate must be a positive finite number"),
        (["--epochs", "0"], "--epochs 0: give 1 to 10000 epochs"),
        (["--epochs", "1000000"], "give 1 to 10000 epochs"),
        (["--batch", "0"], "--batch 0: give 1 to 65536 images per minibatch"),
        (["--batch", "99999999"], "give 1 to 65536 images per minibatch"),
        (["--export", "3"], "--export takes two values"),
        (["--export", "500", "/tmp"], "--export 500: the test set has 500 images, numbered 0 to 499"),
    ])
    func badOptions(_ arguments: [String], _ message: String) throws {
        let result = try BuiltBinary.run(["train"] + arguments)
        #expect(result.status == 64, "a wrong command line (README, \"Exit status\"): \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }

    @Test("Bad data: an unreadable path, mixed sizes, NaN, a wrong .npy type or shape — each said clearly, no output")
    func badData() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mixed = folder.appendingPathComponent("mixed")
        try FileManager.default.createDirectory(at: mixed, withIntermediateDirectories: true)
        try "P2\n2 2\n1\n0 1 1 0\n".write(to: mixed.appendingPathComponent("a.pgm"), atomically: true, encoding: .utf8)
        try "P2\n3 2\n1\n0 1 1 0 1 0\n".write(to: mixed.appendingPathComponent("b.pgm"), atomically: true, encoding: .utf8)
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let nan = folder.appendingPathComponent("nan.npy")
        try Self.npy(descr: "<f8", shape: "(2, 4)", data: Self.float64Bytes([0, 1, 0.5, .nan, 0, 0, 1, 1])).write(to: nan)
        let big = folder.appendingPathComponent("big.npy")
        try Self.npy(descr: "<f8", shape: "(2, 2)", data: Self.float64Bytes([0, 3, 1, 0])).write(to: big)
        let complex = folder.appendingPathComponent("complex.npy")
        try Self.npy(descr: "<c16", shape: "(2, 1)", data: Array(repeating: 0, count: 32)).write(to: complex)
        let shape = folder.appendingPathComponent("shape.npy")
        try Self.npy(descr: "<f8", shape: "(2, 2, 2, 2)", data: Self.float64Bytes(Array(repeating: 0, count: 16))).write(to: shape)
        let short = folder.appendingPathComponent("short.npy")
        try Self.npy(descr: "<f8", shape: "(3, 4)", data: Self.float64Bytes([0, 1])).write(to: short)
        let text = folder.appendingPathComponent("list.txt")
        try "1 0 1\n".write(to: text, atomically: true, encoding: .utf8)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        var cases: [(String, String)] = [
            (folder.appendingPathComponent("missing").path, "no such data set or file (No such file or directory)"),
            (mixed.path, "the images differ in size: a.pgm is 2x2 but b.pgm is 2x3"),
            (empty.path, "the folder holds no .pgm images"),
            (nan.path, "image 0, pixel 3 is NaN; pixels must be intensities in [0, 1]"),
            (big.path, "image 0, pixel 1 is 3.0, outside [0, 1]"),
            (complex.path, "complex.npy: byte 10: complex numbers ('<c16') are not read; save the real part"),
            (shape.path, "the shape (2, 2, 2, 2) is not N x H x W or N x D"),
            (short.path, "short.npy: byte 128: the header says shape (3, 4) of float64, 96 bytes, but the file has 16 bytes after the header"),
            (text.path, "not a folder of .pgm images or a .npy file"),
        ]
        if getuid() != 0 { cases.append((locked.path, "cannot read the folder (Permission denied)")) }
        for (path, message) in cases {
            let result = try BuiltBinary.run(["train", "--data", path, "--epochs", "1"])
            #expect(result.status != 0, "\(path)")
            #expect(result.stdout.isEmpty, "\(path)")
            #expect(result.stderr.contains("--data: ") && result.stderr.contains(message), "\(path): \(result.stderr)")
        }
    }
}

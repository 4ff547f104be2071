import Foundation
import Testing
import TestSupport

/// `losslab explain` reading data files: every format, and bad files refused on standard error alone.
@Suite struct DataFileCommandTests {
    /// The LossKit fixtures (written by Tests/LossKitTests/Fixtures/make_fixtures.py).
    static let fixtures = String(#filePath.dropLast("CLITests/DataFileCommandTests.swift".count)) + "LossKitTests/Fixtures/"

    func explain(_ x: String, _ xhat: String, _ more: [String] = []) throws -> BuiltBinary.Result {
        try BuiltBinary.run(["explain", "--loss", "mse", "--x", x, "--xhat", xhat, "--format", "json"] + more)
    }

    @Test func readsNpyCsvAndPGMWithTheirNormalisation() throws {
        let npy = try explain("@\(Self.fixtures)u1le.npy", "0,0,0")
        #expect(npy.status == 0)
        #expect(npy.stdout.contains(#""x": 0.00392156862745098"#))   // 1 / 255
        let scaled = try explain("@\(Self.fixtures)u1le.npy", "0,0,0", ["--scale", "1"])
        #expect(scaled.stdout.contains(#""x": 255.0"#))
        let csv = try explain("@\(Self.fixtures)header.csv:target", "@\(Self.fixtures)header.csv:prediction")
        #expect(csv.status == 0)
        #expect(csv.stdout.contains(#""xhat": 0.6"#))
    }

    @Test(arguments: [
        ("object.npy", "byte 10: an object array"),
        ("truncated-header.npy", "byte 40: the header claims 118 bytes"),
        ("truncated-data.npy", "byte 128: the header says shape (3,)"),
        ("overflow.npy", "byte 10: the shape (4611686018427387904, 4) has more than"),
        ("nan.npy", "row 2, column 1 is inf"),
        ("ragged.csv:a", "ragged.csv:3: the row has 1 field"),
        ("missing.csv:b", "missing.csv:3:3: the value in column \"b\" is missing"),
        ("images.npy[9]", "index 9 is outside 0...2"),
    ])
    func refusesABadFileOnStandardErrorAlone(_ file: String, _ expected: String) throws {
        let result = try explain("@\(Self.fixtures)\(file)", "0")
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    @Test func refusesABadScale() throws {
        let result = try explain("1", "0", ["--scale", "0"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("--scale must be a positive number"))
    }
}

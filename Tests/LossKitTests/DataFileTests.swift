import Foundation
import Testing
@testable import LossKit

@Suite struct DataFileTests {
    /// Writes `bytes` to a new temporary file and returns its path.
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("losslab-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    func message(_ path: String) -> String? {
        do { _ = try DataFile.values(atPath: path); return nil } catch { return error.description }
    }

    @Test func readsTextListsOverSeveralLines() throws {
        let path = try file("x.txt", "# a 2x3 image\n0, 0.5, 1,\n1 1 0   # last row\n\n")
        #expect(try DataFile.values(atPath: path) == [0, 0.5, 1, 1, 1, 0])
    }

    @Test func namesFileLineAndColumnOfABadValue() throws {
        let path = try file("x.txt", "1 2\n3 abc\n")
        #expect(message(path) == "\(path):2:3: value 4 (\"abc\") is not a number")
    }

    @Test func refusesMissingEmptyAndBinaryFiles() throws {
        #expect(message("/nonexistent/x.txt") == "/nonexistent/x.txt: cannot read the file (No such file or directory)")
        let empty = try file("e.txt", "# nothing here\n")
        #expect(message(empty) == "\(empty): the file holds no numbers")
        let binary = try file("b.bin", [0xFF, 0xFE, 0x00, 0x41])
        #expect(message(binary) == "\(binary):1: the line is not text (not valid UTF-8)")
        let folder = URL(fileURLWithPath: binary).deletingLastPathComponent().path
        #expect(message(folder) == "\(folder): not a regular file")
    }

    @Test func readsPlainPGMAsIntensities() throws {
        let path = try file("plus.pgm", "P2\n# a plus sign\n3 3\n255\n0 255 0\n255 255 255\n0 255 0\n")
        #expect(try DataFile.values(atPath: path) == [0, 1, 0, 1, 1, 1, 0, 1, 0])
        let gray = try file("gray.pgm", "P2 2 1 4 1 3")
        #expect(try DataFile.values(atPath: gray) == [0.25, 0.75])
    }

    @Test func readsBinaryPGMWithOneOrTwoBytesPerPixel() throws {
        let small = try file("a.pgm", Array("P5\n2 1\n255\n".utf8) + [0, 51])
        #expect(try DataFile.values(atPath: small) == [0, 0.2])
        let wide = try file("b.pgm", Array("P5 2 1 1000\n".utf8) + [0x01, 0xF4, 0x03, 0xE8])
        #expect(try DataFile.values(atPath: wide) == [0.5, 1])
    }

    @Test func reportsBrokenPGMs() throws {
        let short = try file("s.pgm", "P2\n2 2\n255\n0 255 0\n")
        #expect(message(short) == "\(short):5: the image ends too early")
        let above = try file("a.pgm", "P2\n2 1\n10\n3 11\n")
        #expect(message(above) == "\(above):4: pixel 2 is 11, above the maximum value 10")
        let header = try file("h.pgm", "P2\nwide 1\n255\n0\n")
        #expect(message(header) == "\(header):2: the width (\"wide\") is not a whole number")
        let truncated = try file("t.pgm", Array("P5 2 2 255\n".utf8) + [1, 2])
        #expect(message(truncated) == "\(truncated):1: the image needs 4 bytes of pixels but the file has 2")
    }

    @Test func vectorArgumentReadsFilesAfterAnAt() throws {
        let x = try file("x.txt", "1 0 1")
        let input = try VectorArgument.input(x: "@" + x, xhat: "0.9, 0.2, 0.6", losses: [.bce])
        #expect(input.x == [1, 0, 1])
        do {
            _ = try VectorArgument.input(x: "@/nonexistent/x.txt", xhat: "1", losses: [.mse])
            Issue.record("expected an error")
        } catch {
            #expect(error.message(.ascii) == "x: /nonexistent/x.txt: cannot read the file (No such file or directory)")
        }
    }

    @Test func pgmMagicIsExact() throws {
        let p2x = try file("a.pgm", "P2x 2 1 255\n1 2\n")
        #expect(message(p2x) == "\(p2x):1: the file starts with \"P2x\", but a PGM image starts with P2 or P5")
        let p55 = try file("b.pgm", "P55 2 1 255\n\u{1}\u{2}")
        #expect(message(p55) == "\(p55):1: the file starts with \"P55\", but a PGM image starts with P2 or P5")
    }

    @Test func pgmSizesThatOverflowOrLieAreRefusedBeforeAllocating() throws {
        let huge = try file("h.pgm", "P5 99999999999 99999999999 255\n")
        #expect(message(huge) == "\(huge):1: the image size 99999999999x99999999999 is not usable: each side must be at least 1 "
            + "and the image at most 100000000 pixels")
        let overflow = try file("o.pgm", "P2 9223372036854775807 2 255\n1")
        #expect(message(overflow)?.contains("is not usable") == true)
        let lying = try file("l.pgm", "P2 10000 10000 255\n1 2 3")
        #expect(message(lying) == "\(lying):1: the image says 10000x10000 = 100000000 pixels, more than the rest of the file can hold")
    }

    @Test func controlCharactersInPathsAndValuesAreEscaped() throws {
        let path = try file("evil\u{1B}[2J.txt", "1 \u{1B}[2Jx\u{07}\n")
        let shown = path.replacingOccurrences(of: "\u{1B}", with: "\\e")
        #expect(message(path) == "\(shown):1:3: value 2 (\"\\e[2Jx\\x07\") is not a number")
    }

    @Test func imageShapesAreCheckedForOverflowAndTheMaximum() {
        #expect(ImageShape("28x28") == ImageShape(rows: 28, columns: 28))
        #expect(ImageShape("99999999999x99999999999") == nil)
        #expect(ImageShape("9223372036854775807x2") == nil)
        #expect(ImageShape("10000x10000") != nil)
        #expect(ImageShape("10001x10000") == nil)
        #expect(ImageShape.pixelCount(rows: 0, columns: 5) == nil)
    }
}

extension DataFileTests {
    /// A version 1.0 `.npy` file of little-endian float64 `values`, shape (count,).
    func npy(_ values: [Double]) -> [UInt8] {
        var header = "{'descr': '<f8', 'fortran_order': False, 'shape': (\(values.count),), }"
        while (10 + header.utf8.count + 1) % 64 != 0 { header += " " }
        header += "\n"
        let length = UInt16(header.utf8.count)
        return [0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(header.utf8)
            + values.flatMap { value in (0..<8).map { UInt8(truncatingIfNeeded: value.bitPattern.littleEndian >> (8 * $0)) } }
    }

    /// Native doubles are copied and checked eight at a time with a tail of fewer: a value that is not
    /// finite is found in either part, and every value arrives bit for bit.
    @Test func nativeDoublesAreCopiedWholeAndCheckedInBothParts() throws {
        let values = (0..<21).map { Double($0) / 7 - 1 }
        #expect(try DataFile.values(atPath: try file("x.npy", npy(values))) == values)
        for bad in [5, 19] {
            var broken = values
            broken[bad] = bad == 5 ? .nan : -.infinity
            let path = try file("x.npy", npy(broken))
            #expect(message(path) == "\(path): element \(bad) is \(bad == 5 ? "nan" : "-inf"); LossLab needs finite numbers")
        }
    }

    /// Past 4 MiB the doubles are copied in parts whose mapped pages are released as they go: every
    /// value arrives, a bad one in a later part is still found, and the file reads the same again.
    @Test func aLongArrayIsCopiedInPartsReleasedOneByOne() throws {
        let values = (0..<((1 << 19) + 3)).map { Double($0 % 1000) / 999 }
        let path = try file("x.npy", npy(values))
        #expect(try DataFile.values(atPath: path) == values)
        #expect(try DataFile.values(atPath: path) == values)
        var broken = values
        broken[(1 << 19) + 1] = .infinity
        let brokenPath = try file("x.npy", npy(broken))
        #expect(message(brokenPath) == "\(brokenPath): element \((1 << 19) + 1) is inf; LossLab needs finite numbers")
    }
}

extension DataFileTests {
    /// A long text list read a megabyte at a time: the progress grows, and the values and the errors
    /// are those of one whole read.
    @Test func aTextListReadInSlicesEqualsOneRead() throws {
        let numbers = (0..<400_000).map { Double($0) / 400_000 }
        let path = try file("x.txt", numbers.map { "\($0)" }.joined(separator: "\n") + "\n")
        var reading = DataFileReading(DataFileReference(path: path))
        var progress: [Double] = []
        while reading.state == .running {
            progress.append(reading.progress)
            reading.advance(bytes: 1 << 20)
        }
        #expect(progress.count >= 3 && progress == progress.sorted() && progress[0] == 0)
        #expect(reading.progress == 1)
        #expect(reading.state == .finished(DataRead(values: numbers, normalisation: .asStored("text"))))

        let broken = try file("y.csv", "a,b\n" + String(repeating: "1,2\n", count: 300_000) + "1\n")
        var table = DataFileReading(DataFileReference(broken + ":b")!)
        while table.state == .running { table.advance(bytes: 1 << 20) }
        let whole = DataFileError(path: broken, line: 300_002, message: "the row has 1 field but line 1 has 2")
        #expect(table.state == .failed(whole))
        #expect(throws: whole) { try DataFile.read(DataFileReference(broken + ":b")!) }
    }
}

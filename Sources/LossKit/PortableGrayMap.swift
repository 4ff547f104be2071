/// A PGM gray-scale image (`P2` plain text or `P5` binary), the simplest image file to write by hand.
struct PortableGrayMap {
    var width: Int
    var height: Int
    var maximum: Int
    var pixels: [Int]

    /// Whether a file starting with `head` is a PGM image: `P2` or `P5` and then whitespace, exactly.
    static func isImage(_ head: [UInt8]) -> Bool {
        head.count >= 3 && head[0] == UInt8(ascii: "P") && (head[1] == UInt8(ascii: "2") || head[1] == UInt8(ascii: "5"))
            && [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(head[2])
    }

    /// The default rule: pixels divided by the image's maximum value, giving intensities in [0, 1].
    var normalisation: Normalisation {
        Normalisation(source: maximum < 256 ? "PGM" : "16-bit PGM", divisor: Double(maximum), reason: "its maxval")
    }

    /// Reads the image, or says what in the file is wrong.
    init(bytes: [UInt8], path: String) throws(DataFileError) {
        var reader = HeaderReader(bytes: bytes, path: path)
        let magic = try reader.token()
        guard magic == "P2" || magic == "P5" else {
            throw reader.failure("the file starts with \"\(magic.prefix(16))\", but a PGM image starts with P2 or P5")
        }
        width = try reader.number("width")
        height = try reader.number("height")
        maximum = try reader.number("maximum value")
        guard let count = ImageShape.pixelCount(rows: height, columns: width) else {
            throw reader.failure("the image size \(width)x\(height) is not usable: each side must be at least 1 "
                + "and the image at most \(ImageShape.maximumCount) pixels")
        }
        guard (1...65535).contains(maximum) else { throw reader.failure("the maximum value \(maximum) is outside 1...65535") }
        if magic == "P2" {
            // Every pixel but the last needs a digit and a separator: refuse a lying size before allocating.
            guard count <= (bytes.count - reader.offset + 1) / 2 else {
                throw reader.failure("the image says \(width)x\(height) = \(count) pixels, more than the rest of the file can hold")
            }
            var pixels: [Int] = []
            pixels.reserveCapacity(count)
            for _ in 0..<count { pixels.append(try reader.number("pixel \(pixels.count + 1)")) }
            self.pixels = pixels
        } else {
            // One whitespace byte ends the header; then 1 byte per pixel, or 2 (most significant first).
            let start = reader.offset + 1
            let size = maximum < 256 ? 1 : 2
            guard bytes.count - start >= count * size else {
                throw reader.failure("the image needs \(count * size) bytes of pixels but the file has \(max(0, bytes.count - start))")
            }
            pixels = (0..<count).map { i in
                size == 1 ? Int(bytes[start + i]) : Int(bytes[start + 2 * i]) << 8 | Int(bytes[start + 2 * i + 1])
            }
        }
        if let bad = pixels.firstIndex(where: { $0 > maximum }) {
            throw reader.failure("pixel \(bad + 1) is \(pixels[bad]), above the maximum value \(maximum)")
        }
    }

    /// Reads the whitespace-separated tokens of a PGM header, skipping `#` comments, tracking lines.
    private struct HeaderReader {
        let bytes: [UInt8]
        let path: String
        var offset = 0
        var line = 1

        init(bytes: [UInt8], path: String) {
            self.bytes = bytes
            self.path = path
        }

        mutating func token() throws(DataFileError) -> String {
            while offset < bytes.count {
                let b = bytes[offset]
                if b == UInt8(ascii: "#") {
                    while offset < bytes.count && bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
                } else if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n") {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    offset += 1
                } else {
                    break
                }
            }
            let start = offset
            while offset < bytes.count, ![UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n")].contains(bytes[offset]) {
                offset += 1
            }
            guard offset > start else { throw failure("the image ends too early") }
            return String(decoding: bytes[start..<offset], as: UTF8.self)
        }

        mutating func number(_ what: String) throws(DataFileError) -> Int {
            let text = try token()
            guard let value = Int(text), value >= 0 else { throw failure("the \(what) (\"\(text)\") is not a whole number") }
            return value
        }

        func failure(_ message: String) -> DataFileError {
            DataFileError(path: path, line: line, column: 0, message: message)
        }
    }
}

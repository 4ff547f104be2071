/// Reads a fuzzer's bytes as a stream of small decisions; when the bytes run out every read gives 0.
struct FuzzInput {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    var isEmpty: Bool { offset >= bytes.count }

    /// The next byte.
    mutating func byte() -> UInt8 {
        guard offset < bytes.count else { return 0 }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// A number in `range`, from the next two bytes.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let raw = Int(byte()) << 8 | Int(byte())
        return range.lowerBound + raw % (range.upperBound - range.lowerBound + 1)
    }

    /// Up to `limit` of the next bytes as text (invalid UTF-8 repaired), the count taken from one byte.
    mutating func text(limit: Int) -> String {
        let count = min(Int(byte()), limit, bytes.count - min(offset, bytes.count))
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }
}

/// Reads the Python dictionary literal of a `.npy` header: strings, True/False, integers, tuples, lists.
struct PythonLiteralParser {
    /// A parsed literal.
    enum Value: Equatable {
        case string(String)
        case bool(Bool)
        case int(Int)
        case tuple([Int])
        case list
    }

    let bytes: [UInt8]
    /// The file offset of `bytes[0]`, so errors name the byte in the file.
    let base: Int
    let path: String
    private var i = 0

    init(bytes: [UInt8], base: Int, path: String) {
        self.bytes = bytes
        self.base = base
        self.path = path
    }

    /// `{key: value, ...}` with string keys; the rest of the header must be spaces and a newline.
    mutating func dictionary() throws(DataFileError) -> [String: Value] {
        try expect(UInt8(ascii: "{"))
        var result: [String: Value] = [:]
        while true {
            skipSpaces()
            if peek == UInt8(ascii: "}") { i += 1; break }
            guard case let .string(key) = try value() else { throw failure("a header key is not a string") }
            skipSpaces()
            try expect(UInt8(ascii: ":"))
            result[key] = try value()
            skipSpaces()
            if peek == UInt8(ascii: ",") { i += 1; continue }
            skipSpaces()
            try expect(UInt8(ascii: "}"))
            break
        }
        skipSpaces()
        guard i == bytes.count else { throw failure("unexpected text after the header's dictionary") }
        return result
    }

    private var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpaces() {
        while let b = peek, b == UInt8(ascii: " ") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") { i += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws(DataFileError) {
        skipSpaces()
        guard peek == byte else {
            throw failure(peek == nil ? "the header ends early, where \"\(Character(Unicode.Scalar(byte)))\" should be"
                : "the header has an unexpected character where \"\(Character(Unicode.Scalar(byte)))\" should be")
        }
        i += 1
    }

    private func failure(_ message: String) -> DataFileError {
        DataFileError(path: path, offset: base + i, message: message)
    }

    private mutating func value() throws(DataFileError) -> Value {
        skipSpaces()
        guard let b = peek else { throw failure("the header ends where a value should be") }
        switch b {
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            i += 1
            let start = i
            while let c = peek, c != b { i += 1 }
            guard peek == b else { throw failure("a string in the header is not closed") }
            i += 1
            return .string(String(decoding: bytes[start..<i - 1], as: UTF8.self))
        case UInt8(ascii: "("):
            i += 1
            var items: [Int] = []
            while true {
                skipSpaces()
                if peek == UInt8(ascii: ")") { i += 1; break }
                guard case let .int(n) = try value() else { throw failure("a dimension of the shape is not a whole number") }
                items.append(n)
                skipSpaces()
                if peek == UInt8(ascii: ",") { i += 1; continue }
                try expect(UInt8(ascii: ")"))
                break
            }
            return .tuple(items)
        case UInt8(ascii: "["):
            // A structured type: skipped whole (brackets balanced), since it is refused anyway.
            var depth = 0
            repeat {
                guard let c = peek else { throw failure("a list in the header is not closed") }
                if c == UInt8(ascii: "[") { depth += 1 } else if c == UInt8(ascii: "]") { depth -= 1 }
                i += 1
            } while depth > 0
            return .list
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var n = 0
            while let c = peek, c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                let (m, o1) = n.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int(c - UInt8(ascii: "0")))
                guard !o1, !o2 else { throw failure("a number in the header is too large") }
                n = s
                i += 1
            }
            if peek == UInt8(ascii: "L") { i += 1 }   // Python 2 wrote long integers as 3L
            return .int(n)
        default:
            let start = i
            while let c = peek, (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") { i += 1 }
            switch String(decoding: bytes[start..<i], as: UTF8.self) {
            case "True": return .bool(true)
            case "False": return .bool(false)
            default:
                i = start
                throw failure(b == UInt8(ascii: "-") ? "a negative number in the header" : "the header holds a value LossLab does not read")
            }
        }
    }
}

/// One lesson file as read from disk or from the binary: its name and its raw bytes.
public struct LessonFile: Sendable, Equatable {
    /// The file name, such as `03-mse.md`.
    public var name: String
    /// How diagnostics name it, such as `Lessons/03-mse.md`.
    public var path: String
    public var bytes: [UInt8]

    public init(name: String, path: String, bytes: [UInt8]) {
        self.name = name
        self.path = path
        self.bytes = bytes
    }

    /// Whether the name has the form `NN-slug.md`: two digits, a dash, then lower-case letters, digits and dashes.
    public var isWellNamed: Bool {
        let chars = Array(name)
        guard chars.count > 6, name.hasSuffix(".md"), chars[0].isASCII, chars[0].isNumber,
              chars[1].isASCII, chars[1].isNumber, chars[2] == "-" else { return false }
        let slug = chars[3..<(chars.count - 3)]
        return !slug.isEmpty && slug.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    /// The two-digit number that orders the lesson, if the name has one.
    public var number: Int? { isWellNamed ? Int(String(name.prefix(2))) : nil }
}

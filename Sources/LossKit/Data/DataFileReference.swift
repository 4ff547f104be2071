/// A data file as named after `@`: a path, and for a `.npy` array or a CSV file which part to read.
///
/// `x.npy[3]` reads image 3 (counted from 0, as NumPy counts) of an array of images, `[2, 3]` when
/// two leading dimensions select it; `data.csv:name` and `data.csv:2` read one column of a CSV or TSV
/// file by its header name or its number (from 1). Any other path is taken whole.
public struct DataFileReference: Sendable, Equatable {
    /// Which part of the file to read.
    public enum Selector: Sendable, Equatable {
        case whole
        /// Indices into the leading dimensions of a `.npy` array.
        case image([Int])
        /// A CSV column by header name or number (as typed).
        case column(String)
    }

    public var path: String
    public var selector: Selector

    public init(path: String, selector: Selector = .whole) {
        self.path = path
        self.selector = selector
    }

    /// Reads `file.npy[i]`, `file.csv:column` or a plain path; nil for a malformed index (`x.npy[a]`).
    public init?(_ text: String) {
        if text.hasSuffix("]"), let open = text.lastIndex(of: "["), Self.isNumpy(text[..<open]) {
            let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
            let parts = inside.split(separator: ",", omittingEmptySubsequences: false)
            let indices = parts.compactMap { Int($0.trimmingSpaces) }
            guard indices.count == parts.count, indices.allSatisfy({ $0 >= 0 }) else { return nil }
            self.init(path: String(text[..<open]), selector: .image(indices))
        } else if let colon = text.lastIndex(of: ":"), Self.isTable(text[..<colon]) {
            self.init(path: String(text[..<colon]), selector: .column(String(text[text.index(after: colon)...])))
        } else {
            self.init(path: text)
        }
    }

    /// Whether the path names a `.npy` file.
    static func isNumpy(_ path: Substring) -> Bool { path.lowercased().hasSuffix(".npy") }

    /// Whether the path names a CSV or TSV file.
    static func isTable(_ path: Substring) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".csv") || lower.hasSuffix(".tsv")
    }
}

extension Substring {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: Substring {
        var s = self
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return s
    }
}

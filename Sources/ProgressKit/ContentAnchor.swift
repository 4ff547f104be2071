/// A place in a lesson that survives a resize or an edited lesson: the block's index, the heading
/// above it and a hash of the block's text.
///
/// Found again by the hash nearest to the index, else by the heading, else by the index itself.
public struct ContentAnchor: Sendable, Equatable, Codable {
    /// The 0-based index of the block among the lesson's blocks.
    public var block: Int
    /// The text of the nearest heading above the block, if any.
    public var heading: String?
    /// `ContentAnchor.hash` of the block's text.
    public var textHash: String

    public init(block: Int, heading: String?, text: String) {
        self.block = block
        self.heading = heading
        self.textHash = Self.hash(text)
    }

    /// The index of the anchored block among `blocks` (each the heading above a block and its text): the block with the same text nearest the old
    /// index; else the first block under the same heading; else the old index, kept in range.
    public func locate(in blocks: [(heading: String?, text: String)]) -> Int? {
        guard !blocks.isEmpty else { return nil }
        let sameText = blocks.indices.filter { Self.hash(blocks[$0].text) == textHash }
        if let nearest = sameText.min(by: { abs($0 - block) < abs($1 - block) }) { return nearest }
        if let heading, let first = blocks.firstIndex(where: { $0.heading == heading }) { return first }
        return min(max(block, 0), blocks.count - 1)
    }

    /// A short stable hash of `text`: FNV-1a over its UTF-8 bytes, as 16 hexadecimal digits.
    public static func hash(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        let digits = String(h, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

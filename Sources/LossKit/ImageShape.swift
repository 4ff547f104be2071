/// The rows and columns of a small image whose pixels are read row by row.
public struct ImageShape: Sendable, Hashable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// Reads `ROWSxCOLUMNS`, such as `5x5`, `5 x 5` or `5×5`; nil unless both are whole numbers from 1 on.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" || $0 == " " })
        guard parts.count == 2, let rows = Int(parts[0]), let columns = Int(parts[1]), rows > 0, columns > 0 else { return nil }
        self.init(rows: rows, columns: columns)
    }

    /// The number of pixels.
    public var count: Int { rows * columns }

    /// `ROWSxCOLUMNS`.
    public var description: String { "\(rows)x\(columns)" }
}

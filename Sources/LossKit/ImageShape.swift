/// The rows and columns of a small image whose pixels are read row by row.
public struct ImageShape: Sendable, Hashable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The most pixels an image may have: 10⁸, more than any data file LossLab reads holds.
    public static let maximumCount = 100_000_000

    /// Reads `ROWSxCOLUMNS`, such as `5x5`, `5 x 5` or `5×5`; nil unless both are whole numbers from 1
    /// on whose product is at most `maximumCount`.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" || $0 == " " })
        guard parts.count == 2, let rows = Int(parts[0]), let columns = Int(parts[1]),
              Self.pixelCount(rows: rows, columns: columns) != nil else { return nil }
        self.init(rows: rows, columns: columns)
    }

    /// `rows × columns`, or nil when either is below 1 or the product is above `maximumCount`
    /// (checked without overflow, so any two numbers read from input may be given).
    public static func pixelCount(rows: Int, columns: Int) -> Int? {
        guard rows > 0, columns > 0 else { return nil }
        let (count, overflow) = rows.multipliedReportingOverflow(by: columns)
        return overflow || count > maximumCount ? nil : count
    }

    /// The number of pixels.
    public var count: Int { rows * columns }

    /// `ROWSxCOLUMNS`.
    public var description: String { "\(rows)x\(columns)" }
}

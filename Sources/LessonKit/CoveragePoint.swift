/// A point the lessons must teach: S1–S23 from the source text, B1–B6 beyond it.
public struct CoveragePoint: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// "S" for the source's points, "B" for the points beyond it.
    public let series: Character
    public let number: Int

    /// The point named `id`, such as "S7" or "b2"; nil when no such point exists.
    public init?(_ id: some StringProtocol) {
        guard let first = id.first, let n = Int(id.dropFirst()) else { return nil }
        let series = Character(first.uppercased())
        guard (series == "S" && (1...23).contains(n)) || (series == "B" && (1...6).contains(n)) else { return nil }
        self.series = series
        self.number = n
    }

    private init(series: Character, number: Int) {
        self.series = series
        self.number = number
    }

    /// Every point, S1…S23 then B1…B6.
    public static let all: [CoveragePoint] =
        (1...23).map { CoveragePoint(series: "S", number: $0) } + (1...6).map { CoveragePoint(series: "B", number: $0) }

    /// The id, such as "S7".
    public var description: String { "\(series)\(number)" }

    public static func < (a: CoveragePoint, b: CoveragePoint) -> Bool {
        a.series != b.series ? a.series == "S" : a.number < b.number
    }
}

/// A coverage tag in a lesson: the point and the line of the comment that names it.
public struct CoverageMark: Sendable, Equatable {
    public var point: CoveragePoint
    public var line: Int
}

import ArgumentParser
import LossPlot

extension CanvasMode: EnumerableFlag {
    public static func help(for value: CanvasMode) -> ArgumentHelp? {
        switch value {
        case .braille: "Draw curves with braille dots (2×4 per cell)."
        case .blocks: "Draw curves with half blocks (1×2 per cell)."
        case .ascii: "Use only ASCII characters."
        }
    }
}

/// The x range of `plot --x-range A:B`, read when validated so every mistake gets a message that says what to write.
struct XRangeArgument: ExpressibleByArgument {
    var text: String

    init?(argument: String) { text = argument }

    /// The range A...B, or an error when the text is not two finite numbers with A < B.
    func range() throws -> ClosedRange<Double> {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let lower = Double(parts[0]), let upper = Double(parts[1]) else {
            throw ValidationError("--x-range \(text): write two numbers A:B, such as 0:255 or -8:8")
        }
        guard lower.isFinite, upper.isFinite, lower < upper else {
            throw ValidationError("--x-range \(text): A must be below B and both finite, such as 0:255")
        }
        return lower...upper
    }
}

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

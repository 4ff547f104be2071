import ArgumentParser
import CellGrid
import LossKit
import LossPlot
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `losslab plot`: draws loss against the prediction x̂ for one target value.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Draw losses (MSE, BCE, MAE) against the prediction x̂, or the logit z, for a target x.",
        discussion: """
            Example: losslab plot --loss mse,bce --target 1 --at 0.2
            Without --ascii, --braille or --blocks the locale decides: braille when it is UTF-8, ASCII otherwise.
            x̂ runs over [0, 1]; with MSE or MAE alone the range widens to hold x and x̂ (such as 0 to 255 for pixels).
            """
    )

    @Option(help: ArgumentHelp(LossList.help, valueName: "losses"))
    var loss = "both"

    // `.unconditional` lets a negative number such as -0.1 through, to be refused with a reason.
    @Option(parsing: .unconditional, help: "The target value x: 0, 1 or a soft target such as 0.3 (BCE needs it in [0, 1]).")
    var target: Double

    @Option(name: .customLong("at"), parsing: .unconditional, help: ArgumentHelp("Mark a prediction with a guide, a dot on each curve and a read-out.",
                                                        valueName: "xhat"))
    var prediction: Double?

    @Option(help: "How BCE treats log 0: exact (∞ possible), pytorch (logs clamped at -100), keras (x̂ clipped to [1e-7, 1-1e-7]).")
    var convention: Convention = .exact

    @Option(help: "Columns of output (20 to 1000; default: the terminal's width, or 80).")
    var width: Int?

    @Option(help: "Lines of output (8 to 1000; default: the terminal's height less one for the prompt, or 24).")
    var height: Int?

    @Flag(exclusivity: .exclusive)
    var mode: CanvasMode?

    @Flag(help: "Use a logarithmic y axis.")
    var logY = false

    @Flag(help: "Add each loss' gradient dL/dx̂ (dL/dz with --logits) as a curve of its own.")
    var gradient = false

    @Flag(help: "Draw against the logit z, with x̂ = σ(z) (--at is then a logit).")
    var logits = false

    @Option(parsing: .unconditional, help: "The highest y shown; higher values are drawn as arrows (default: chosen from the curves).")
    var yMax: Double?

    @Option(name: .customLong("x-range"), parsing: .unconditional,
            help: ArgumentHelp("The x̂ (or z) range shown, such as 0:255; A < B, both finite (default: chosen from x and x̂).",
                               valueName: "A:B"))
    var xRange: XRangeArgument?

    func validate() throws {
        let most = CellBuffer.maximumSide
        if let width, width < 20 { throw ValidationError("--width \(width) is too narrow: a chart needs at least 20 columns") }
        if let width, width > most { throw ValidationError("--width \(width) is too wide: a chart has at most \(most) columns") }
        if let height, height < 8 { throw ValidationError("--height \(height) is too short: a chart needs at least 8 lines") }
        if let height, height > most { throw ValidationError("--height \(height) is too tall: a chart has at most \(most) lines") }
        if let problem = try curves().problem(notation) { throw ValidationError(problem) }
    }

    func run() throws {
        // In a terminal, the last line is left for the shell's prompt, so the title does not scroll away.
        let terminal = TerminalSize.current()
        let most = CellBuffer.maximumSide
        let size = terminal.map { (columns: min(most, max(20, $0.columns)), lines: min(most, max(8, $0.lines - 1))) }
            ?? (columns: 80, lines: 24)
        let chart = try curves().chart(notation).buffer(width: width ?? size.columns, height: height ?? size.lines,
                                                        mode: canvasMode)
        let colour = isatty(STDOUT_FILENO) == 1 && Environment.value("NO_COLOR") == nil && Environment.value("TERM") != "dumb"
        print((colour ? chart.ansiLines() : chart.lines()).joined(separator: "\n"))
    }

    private var canvasMode: CanvasMode { mode ?? .automatic(environment: Environment.locale()) }

    private var notation: Notation { canvasMode.isUnicode ? .unicode : .ascii }

    /// The chart's settings, once the loss list has been read.
    private func curves() throws -> LossCurves {
        let losses: [Loss]
        do { losses = try LossList.parse(loss) } catch { throw ValidationError("--loss: \(error)") }
        return LossCurves(losses: losses, target: target, convention: convention, prediction: prediction,
                          logScale: logY, gradients: gradient, yMax: yMax, logits: logits, xRange: try xRange?.range())
    }
}

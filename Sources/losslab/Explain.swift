import ArgumentParser
import LossKit

/// `losslab explain`: prints the step-by-step derivation of a loss.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the step-by-step derivation of MSE or BCE for x and x̂.",
        discussion: """
            Lists take commas, spaces or semicolons: "1,0,1", "1 0 1", "[1, 0.5]". \
            Example: losslab explain --loss bce --x 1,0,1 --xhat 0.9,0.2,0.6
            """
    )

    /// The three output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, markdown, json
    }

    @Option(help: "The loss: mse or bce.")
    var loss: LossKind

    @Option(name: .customLong("x"), parsing: .unconditional,
            help: "The original values x, such as 1,0,1, or @FILE to read a text list or a PGM image.")
    var x: String

    @Option(name: .customLong("xhat"), parsing: .unconditional,
            help: "The reconstruction x̂, as many values as x (or @FILE).")
    var xhat: String

    @Option(help: "How BCE treats log 0: exact (∞ possible), pytorch (logs clamped at -100), keras (x̂ clipped to [1e-7, 1-1e-7]).")
    var convention: Convention = .exact

    @Option(help: "mean divides the sum by n; sum does not.")
    var reduction: Reduction = .mean

    @Option(help: "text, markdown or json (json always writes numbers in full).")
    var format: Format = .text

    @Flag(help: "Write numbers in full (round-trip) instead of rounded to 4 significant digits.")
    var full = false

    @Flag(help: "Use only ASCII characters (xhat, sum, x_i).")
    var ascii = false

    func run() throws {
        let input: LossInput
        do {
            input = try VectorArgument.input(x: x, xhat: xhat, loss: loss)
        } catch {
            throw CommandFailure(error.message(ascii ? .ascii : .unicode))
        }
        let evaluation = Evaluation(spec: LossSpec(loss: loss, convention: convention, reduction: reduction), input: input)
        let derivation = Derivation(evaluation, notation: ascii ? .ascii : .unicode, digits: full ? nil : 4)
        switch format {
        case .text: print(derivation.text(), terminator: "")
        case .markdown: print(derivation.markdown(), terminator: "")
        case .json: print(evaluation.json())
        }
    }
}

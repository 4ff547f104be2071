import ArgumentParser
import LossKit

/// `losslab explain`: prints the step-by-step derivation of a loss.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the step-by-step derivation of a loss (MSE, BCE, MAE) for x and x̂.",
        discussion: """
            Lists take commas, spaces or semicolons: "1,0,1", "1 0 1", "[1, 0.5]". \
            Several losses (--loss mse,bce) print one derivation each; JSON is then an array. \
            Example: losslab explain --loss bce --x 1,0,1 --xhat 0.9,0.2,0.6
            """
    )

    /// The three output formats.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, markdown, json
    }

    @Option(help: ArgumentHelp(LossList.help, valueName: "losses"))
    var loss: String

    @Option(name: .customLong("x"), parsing: .unconditional,
            help: "The original values x, such as 1,0,1, or @FILE: a text list, @x.npy (@x.npy[i] for image i), @data.csv:COLUMN or a PGM image.")
    var x: String

    @Option(name: .customLong("xhat"), parsing: .unconditional,
            help: "The reconstruction x̂, as many values as x (or @FILE); logits z with --logits.")
    var xhat: String

    @OptionGroup var computation: ComputationArguments

    @Option(help: "text, markdown or json (json always writes numbers in full).")
    var format: Format = .text

    @Flag(help: "Write numbers in full (round-trip) instead of rounded to 4 significant digits.")
    var full = false

    @Flag(help: "Use only ASCII characters (xhat, sum, x_i).")
    var ascii = false

    func run() throws {
        let losses = try LossList.argument(loss)
        let input: LossInput
        do {
            input = try VectorArgument.input(x: x, xhat: xhat, losses: losses, logits: computation.logits, scale: computation.scale)
        } catch {
            throw CommandFailure(error.message(ascii ? .ascii : .unicode))
        }
        let evaluations = losses.map { Evaluation(spec: computation.spec($0), input: input) }
        let derivations = evaluations.map { Derivation($0, notation: ascii ? .ascii : .unicode, digits: full ? nil : 4) }
        // Written as computed, so 10⁷ elements stream out instead of standing in memory as text.
        var out = StandardOutput()
        switch format {
        case .text, .markdown:
            for (k, derivation) in derivations.enumerated() {
                if k > 0 { out.write("\n") }
                if format == .text { derivation.writeText(to: &out) } else { derivation.writeMarkdown(to: &out) }
            }
        case .json:
            if evaluations.count == 1 { evaluations[0].writeJSON(to: &out) } else { Evaluation.writeJSON(evaluations, to: &out) }
            out.write("\n")
        }
        out.flush()
    }
}

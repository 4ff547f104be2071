import ArgumentParser
import LossKit

extension Convention: ExpressibleByArgument {}
extension Reduction: ExpressibleByArgument {}
extension Precision: ExpressibleByArgument {}

extension LossList {
    /// Reads the losses of `--loss`, failing with LossKit's message (it names every loss that can be written).
    static func argument(_ text: String) throws -> [Loss] {
        do { return try parse(text) } catch { throw ValidationError("--loss: \(error)") }
    }

    /// The help line of a `--loss` option.
    static var help: String { "The losses, in a list such as mse,bce: \(choices)." }
}

/// The options every command that computes a loss shares: convention, reduction, precision, logits.
struct ComputationArguments: ParsableArguments {
    @Option(help: "How BCE treats log 0: exact (∞ possible), pytorch (logs clamped at -100), keras (x̂ clipped to [1e-7, 1-1e-7]).")
    var convention: Convention = .exact

    @Option(help: "mean divides the sum by n; sum does not.")
    var reduction: Reduction = .mean

    @Option(help: "float64, or float32 as PyTorch and Keras compute by default (each element's term in float32).")
    var dtype: Precision = .float64

    @Option(help: ArgumentHelp("Divide the numbers of @FILE data by this instead of the default (integer .npy types by their maximum, PGM by its maxval, the rest as stored).",
                               valueName: "divisor"))
    var scale: Double?

    @Flag(help: "Read x̂ as logits z, the raw outputs before a Sigmoid (x̂ = σ(z)): gradients are then dL/dz, and BCE uses the stable form.")
    var logits = false

    /// Checks that `--scale` is a usable divisor.
    func validate() throws {
        if let scale, !(scale.isFinite && scale > 0) {
            throw ValidationError("--scale must be a positive number, such as 255")
        }
    }

    /// The spec of `loss` under these options.
    func spec(_ loss: Loss) -> LossSpec {
        LossSpec(loss: loss, convention: convention, reduction: reduction, precision: dtype, logits: logits)
    }
}

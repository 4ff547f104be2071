#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// BCE computed from logits z (the decoder's raw outputs before the Sigmoid), as "BCE with logits" does.
///
/// Writing x̂ = σ(z) = 1 / (1 + e⁻ᶻ) into the BCE term and simplifying gives
/// max(z, 0) − z·x + log(1 + e⁻|ᶻ|), which never takes the log of a rounded 0 or 1, so it stays
/// finite and accurate for any z.
public enum LogitLoss {
    /// The Sigmoid σ(z) computed the plain way, as a network applying it before BCE would.
    public static func sigmoid(_ z: Double) -> Double {
        1 / (1 + exp(-z))
    }

    /// One element's BCE from its logit, in the stable combined form.
    public static func elementLoss(x: Double, logit z: Double) -> Double {
        max(z, 0) - z * x + log1p(exp(-abs(z)))
    }
}

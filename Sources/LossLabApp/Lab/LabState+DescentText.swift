import LossKit

extension LabState {
    /// How gradient descent goes: which loss drives it at which rate, its value then and now, what
    /// the last step clamped, and why it stopped.
    func descentStatus(_ s: Notation) -> LabText {
        let loss = driver
        let name = predictionName(s) + s.subI
        var pieces = ["gradient descent on \(loss.shortName), \(s.eta) = \(NumberFormat.plain(learningRate)): "
            + "step \(descent.steps), \(loss.shortName) = \(s.reading(data.value(loss)))"
            + (descent.steps > 0 ? " (from \(s.reading(descent.history[losses.firstIndex(of: loss)!][0])))" : "")]
        if let clamped = descent.clamped, let bounds = clamped.bounds {
            let which = clamped.clamped == 1 ? "1 \(name) was" : "\(clamped.clamped) \(name) were"
            pieces.append("\(which) held at \(s.reading(bounds.lowerBound)) or \(s.reading(bounds.upperBound)), "
                + "inside (0, 1) where the exact gradient is finite")
        }
        switch descent.stop {
        case .settled?: pieces.append("stopped: \(loss.shortName) no longer changes (by less than 1e-12 of itself)")
        case .cap?: pieces.append("paused after \(Descent.cap) steps; p plays on")
        case .diverged?: pieces.append("stopped: the next step overflows (\(s.eta) too large?); u goes back")
        case nil: if descent.playing { pieces.append("playing; p pauses") }
        }
        return LabText(pieces: pieces, role: descent.stop == .diverged ? .error : .dim)
    }
}

import LossKit

extension Directive {
    /// One line saying what the directive shows, for places that cannot draw its widget.
    public func summary(_ notation: Notation = .unicode) -> String {
        let text = unicodeSummary(notation)
        return notation == .ascii ? ASCIIText.transliterate(text) : text
    }

    private func unicodeSummary(_ notation: Notation) -> String {
        let s = notation
        func list(_ values: [Double]) -> String { values.map { s.number($0) }.joined(separator: ", ") }
        func names(_ losses: [Loss]) -> String { losses.map(\.shortName).joined(separator: " and ") }
        switch kind {
        case let .lab(p):
            let setting = p.losses.contains(where: \.usesConvention) && !p.logits ? " (\(p.convention.title), \(p.reduction.rawValue))" : " (\(p.reduction.rawValue))"
            let rate = p.learningRate.map { ", gradient descent at \(s.eta) = \(s.number($0))" } ?? ""
            return "Lab: \(names(p.losses)) of x = \(list(p.x)) and \(p.logits ? "logits z" : s.xhat) = \(list(p.xhat))\(setting)\(rate)"
        case let .chart(c):
            let what = names(c.losses) + (c.gradient ? (c.losses.count == 1 ? " and its gradient" : " and their gradients") : "")
            let variable = c.logits ? "z" : s.xhat
            let marker = c.at.map { ", marker at \(variable) = \(s.number($0))" } ?? ""
            return "Chart: \(what) against \(c.logits ? "the logit z" : s.xhat) for x = \(s.number(c.target))\(marker)"
        case let .question(q):
            return "Question: \(q.prompt)"
        case let .train(t):
            let what = "with " + (t.race ? Loss.race.map(\.shortName).joined(separator: " against ") + ", side by side" : t.loss.shortName)
            return "Train: an autoencoder (\(t.hidden) hidden units, \(t.optimizer.rawValue)) learning \(t.data.rawValue) \(what)"
        }
    }
}

extension Directive {
    /// The task a lab or train block sets its reader (its `caption:`), nil for other blocks.
    public var presetCaption: String? {
        switch kind {
        case let .lab(preset): preset.caption
        case let .train(preset): preset.caption
        case .chart, .question: nil
        }
    }
}

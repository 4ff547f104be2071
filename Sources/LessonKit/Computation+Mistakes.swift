import LossKit

extension Computation {
    /// The known wrong paths to this computation's number (see `MistakeCatalogue`), or nil for a
    /// quantity the catalogue does not cover: an element's error or prediction.
    public func mistakes(_ notation: Notation = .unicode) -> MistakeCatalogue? {
        let asked: MistakeCatalogue.Quantity
        switch quantity {
        case .loss, .logitsLoss: asked = .loss
        case .term: asked = .term(element: element)
        case .gradient, .logitsGradient: asked = .gradient(element: element)
        case .error, .prediction: return nil
        }
        let fromLogits = quantity == .logitsLoss || quantity == .logitsGradient
        return MistakeCatalogue(spec: fromLogits ? logitSpec : spec, x: x, prediction: fromLogits ? logits ?? [] : xhat,
                                quantity: asked, notation: notation)
    }
}

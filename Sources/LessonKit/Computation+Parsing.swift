import LossKit

extension Computation {
    /// The fields that describe a computation.
    static let fieldNames = ["loss", "x", "xhat", "logits", "convention", "reduction", "dtype", "quantity", "element"]

    /// Reads a computation from its fields, checking the input as the Lab would.
    static func read(_ f: DirectiveFields, problems: inout LineProblems) -> Computation? {
        let before = problems.items.count
        let losses = f.losses("loss", problems: &problems)
        let x = f.numbers("x", required: true, problems: &problems)
        let logits = f.numbers("logits", required: false, problems: &problems)
        let xhat = logits?.map(Double.sigmoid) ?? f.numbers("xhat", required: f.field("logits") == nil, problems: &problems)
        let convention = f.choice("convention", default: Convention.exact, problems: &problems)
        let reduction = f.choice("reduction", default: Reduction.mean, problems: &problems)
        let precision = f.choice("dtype", default: Precision.float64, problems: &problems)
        let quantity = f.choice("quantity", default: Quantity.loss, problems: &problems)
        let element = f.integer("element", minimum: 1, problems: &problems)
        if let losses, losses.count != 1 {
            problems.add(f.field("loss")!.line, "\(f.name): a computation takes one loss: \(Loss.all.map(\.id).joined(separator: ", "))")
        }
        guard problems.items.count == before, let loss = losses?.first, let x, let xhat, let convention, let reduction,
              let precision, let quantity else { return nil }
        if let line = f.field("logits").flatMap({ _ in f.field("xhat")?.line }) {
            problems.add(line, "\(f.name): give xhat or logits, not both")
            return nil
        }
        let fromLogits = quantity == .logitsLoss || quantity == .logitsGradient
        if logits == nil && fromLogits {
            problems.add(f.field("quantity")!.line, "\(f.name): quantity \(quantity.rawValue) needs logits")
            return nil
        }
        guard LossInput.check(x: x, xhat: xhat, losses: [loss], fields: f, problems: &problems) else { return nil }
        var index = 1
        if quantity != .loss && quantity != .logitsLoss {
            guard let element else {
                problems.add(f.field("quantity")!.line, "\(f.name): quantity \(quantity.rawValue) needs an element (1 to \(x.count))")
                return nil
            }
            guard element <= x.count else {
                problems.add(f.field("element")!.line, "\(f.name): element \(element) does not exist; there are \(x.count)")
                return nil
            }
            index = element
        } else if let line = f.field("element")?.line {
            problems.add(line, "\(f.name): element is only for quantity error, term, gradient, prediction or logits-gradient")
            return nil
        }
        return Computation(spec: LossSpec(loss: loss, convention: convention, reduction: reduction, precision: precision),
                           x: x, xhat: xhat, logits: logits, quantity: quantity, element: index)
    }
}

extension LossInput {
    /// Whether x and x̂ suit every one of `losses`; if not, a problem on the line of the field concerned.
    static func check(x: [Double], xhat: [Double], losses: [Loss], logits: Bool = false, fields f: DirectiveFields,
                      problems: inout LineProblems) -> Bool {
        do {
            _ = try LossInput(x: x, xhat: xhat, losses: losses, logits: logits)
            return true
        } catch {
            let key: String
            switch error {
            case let .list(vector, _), let .file(vector, _), let .outsideDomain(vector, _, _, _, _): key = vector.rawValue
            case .lengthMismatch, .noLogit: key = "xhat"
            }
            problems.add(f.field(key)?.line ?? f.field("logits")?.line ?? f.fenceLine, "\(f.name): \(error.message(.unicode))")
            return false
        }
    }
}

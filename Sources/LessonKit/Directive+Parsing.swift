import LossKit

extension Directive {
    /// Reads the directive `name` from its block body; nil (with problems recorded) when it is broken.
    static func read(name: String, body: String, line: Int, problems: inout LineProblems) -> Directive? {
        let before = problems.items.count
        let f = DirectiveFields(name: name, body: body, fenceLine: line, problems: &problems)
        let kind: Kind?
        switch name {
        case "lab": kind = LabPreset.read(f, problems: &problems).map(Kind.lab)
        case "chart": kind = ChartSpec.read(f, problems: &problems).map(Kind.chart)
        case "train": kind = TrainPreset.read(f, problems: &problems).map(Kind.train)
        default: kind = Question.read(f, problems: &problems).map(Kind.question)
        }
        guard let kind, problems.items.count == before else { return nil }
        return Directive(kind, line: line)
    }
}

extension LabPreset {
    static let fieldNames = ["loss", "losses", "x", "xhat", "logits", "convention", "reduction", "shape", "caption", "learning-rate"]

    static func read(_ f: DirectiveFields, problems: inout LineProblems) -> LabPreset? {
        f.checkKeys(known: fieldNames, problems: &problems)
        f.checkAlias("losses", of: "loss", problems: &problems)
        let losses = f.losses("loss", alias: "losses", problems: &problems)
        let x = f.numbers("x", required: true, problems: &problems)
        let logits = f.field("logits") != nil
        if logits, let line = f.field("xhat")?.line {
            problems.add(line, "lab: give xhat or logits, not both")
            return nil
        }
        let xhat = f.numbers(logits ? "logits" : "xhat", required: true, problems: &problems)
        let convention = f.choice("convention", default: Convention.exact, problems: &problems)
        let reduction = f.choice("reduction", default: Reduction.mean, problems: &problems)
        let caption = f.text("caption", required: false, problems: &problems)
        let rate = f.number("learning-rate", required: false, problems: &problems)
        if let rate, !(rate > 0) {
            problems.add(f.field("learning-rate")!.line, "lab: learning-rate must be above 0, not \(NumberFormat.plain(rate))")
            return nil
        }
        guard let losses, let x, let xhat, let convention, let reduction else { return nil }
        guard LossInput.check(x: x, xhat: xhat, losses: losses, logits: logits, fields: f, problems: &problems) else { return nil }
        var shape: ImageShape?
        if let text = f.text("shape", required: false, problems: &problems) {
            guard let parsed = ImageShape(text), parsed.count == x.count else {
                problems.add(f.field("shape")!.line,
                             "lab: shape \"\(text)\" must be rows x columns with rows × columns = \(x.count) values")
                return nil
            }
            shape = parsed
        }
        return LabPreset(losses: losses, x: x, xhat: xhat, convention: convention, reduction: reduction,
                         shape: shape, caption: caption, logits: logits, learningRate: rate)
    }
}

extension ChartSpec {
    static let fieldNames = ["loss", "losses", "target", "at", "convention", "gradient", "log-y", "y-max", "logits", "caption"]

    static func read(_ f: DirectiveFields, problems: inout LineProblems) -> ChartSpec? {
        f.checkKeys(known: fieldNames, problems: &problems)
        f.checkAlias("losses", of: "loss", problems: &problems)
        let losses = f.losses("loss", alias: "losses", problems: &problems)
        let logits = f.flag("logits", problems: &problems)
        let target = f.number("target", required: true, problems: &problems)
        let at = f.number("at", required: false, problems: &problems)
        let convention = f.choice("convention", default: Convention.exact, problems: &problems)
        let gradient = f.flag("gradient", problems: &problems)
        let logY = f.flag("log-y", problems: &problems)
        let yMax = f.number("y-max", required: false, problems: &problems)
        let caption = f.text("caption", required: false, problems: &problems)
        guard let losses, let target, let convention, let gradient, let logY, let logits else { return nil }
        if let loss = losses.first(where: { !$0.domain.contains(target) }) {
            problems.add(f.field("target")!.line, "chart: target \(NumberFormat.full(target)) is outside \(loss.domain.title), "
                + "where \(loss.shortName) is defined")
            return nil
        }
        if let at, !logits, !(0...1).contains(at) {
            problems.add(f.field("at")!.line, "chart: at \(NumberFormat.full(at)) is outside [0, 1], the range of x̂ the chart shows")
            return nil
        }
        if gradient && logY {
            problems.add(f.field("log-y")!.line, "chart: a log scale cannot show gradients, which are negative below the target; "
                + "drop gradient or log-y")
            return nil
        }
        if let yMax, yMax <= 0 {
            problems.add(f.field("y-max")!.line, "chart: y-max must be above 0")
            return nil
        }
        return ChartSpec(losses: losses, target: target, at: at, convention: convention, gradient: gradient,
                         logY: logY, yMax: yMax, logits: logits, caption: caption)
    }
}

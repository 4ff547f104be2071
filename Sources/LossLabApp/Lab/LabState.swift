import LossKit

/// Everything the Lab shows: the typed inputs, the last valid numbers, the chosen losses and element, the step.
public struct LabState: Sendable, Equatable {
    /// Where typed keys go.
    public enum Focus: Sendable, Equatable {
        /// Keys are commands: choose an element, nudge, step.
        case table
        /// Keys edit the x list.
        case x
        /// Keys edit the x̂ list.
        case xhat
    }

    public var xField: TextField
    public var xhatField: TextField
    public var focus: Focus = .table
    /// The last valid numbers, with a sum tree per shown loss; what the table and chart show.
    public internal(set) var data: IncrementalEvaluation
    /// Why the typed lists (or a requested loss) cannot be used; the last valid data stays on screen.
    public internal(set) var inputError: InputError?
    /// The chosen element, 0-based.
    public internal(set) var selected = 0
    /// The first table row shown.
    public internal(set) var scroll = 0
    /// Step mode: how many steps are revealed; nil when everything is shown.
    public internal(set) var revealed: Int?
    /// Whether the chart shows the gradient instead of the loss.
    public var showsGradient = false
    /// The gradient descent on the predictions: its rate, driver and steps so far.
    var descent = Descent()
    /// The image the vectors come from (rows × columns = n), drawn as a heat map of the loss; nil for none.
    public var shape: ImageShape?
    /// True while the x̂ field's text lags behind nudged values (it is rewritten when focused).
    var xhatFieldIsStale = false
    /// True after an edit until `settle` reads the fields again, so a burst of keys (or a paste) is read once.
    public internal(set) var needsReread = false
    /// What each field was last read as (or the exact values the Lab wrote into it).
    var xReading: FieldReading
    var xhatReading: FieldReading
    /// The work on every element under way, if any: the data shown stays until it finishes.
    var recomputation: Recomputation?
    /// The divisor `--scale` gives for the numbers of data files named in the fields, replacing the
    /// default normalisation; nil for the default.
    public var scale: Double?

    /// The Lab on validated lists (`input.xhat` holds logits when `logits` is set); the fields show
    /// `typed` (what the user gave, such as `@x.txt`) when given, else the numbers in full.
    public init(input: LossInput, losses: [Loss] = [Loss.initial], convention: Convention = .exact, reduction: Reduction = .mean,
                precision: Precision = .float64, logits: Bool = false) {
        self.init(input: input, x: nil, xhat: nil, losses: losses, convention: convention, reduction: reduction,
                  precision: precision, logits: logits)
    }

    /// The Lab on lists read from arguments such as `@x.npy`: the fields show the arguments as typed
    /// (a file's name, not its 10⁷ numbers), and the Lab says how each file was normalised. A nil
    /// reading shows its numbers in the field.
    public init(input: LossInput, x: (argument: String, read: DataRead)?, xhat: (argument: String, read: DataRead)?,
                losses: [Loss] = [Loss.initial], convention: Convention = .exact, reduction: Reduction = .mean,
                precision: Precision = .float64, logits: Bool = false) {
        func reading(_ given: (argument: String, read: DataRead)?, _ values: [Double]) -> FieldReading {
            guard let given else { return FieldReading(text: Self.listText(values), values: values) }
            return FieldReading(text: given.argument, values: values, shape: given.read.shape, normalisation: given.read.normalisation)
        }
        xReading = reading(x, input.x)
        xhatReading = reading(xhat, input.xhat)
        xField = TextField(xReading.text)
        xhatField = TextField(xhatReading.text)
        data = IncrementalEvaluation(input, losses: losses, convention: convention, reduction: reduction,
                                     precision: precision, logits: logits)
    }

    /// The example the Lab opens with: x = 1, 0, 1 and x̂ = 0.9, 0.2, 0.6.
    public static let exampleInput = try! LossInput(x: [1, 0, 1], xhat: [0.9, 0.2, 0.6], losses: Loss.all)

    /// The Lab on the example, showing the first loss.
    public static let example = LabState(input: exampleInput)

    /// The losses shown, in order.
    public var losses: [Loss] { data.losses }
    public var convention: Convention { data.convention }
    /// Whether the loss divides the sum by n (`mean`) or not (`sum`).
    public var reduction: Reduction { data.reduction }
    public var precision: Precision { data.precision }
    /// Whether x̂ is given (and edited) as logits z.
    public var logits: Bool { data.logits }

    /// Whether a shown loss is changed by the convention.
    public var conventionApplies: Bool { losses.contains { data.spec($0).conventionApplies } }

    /// The number of steps in step mode: one per element, then the sum, the division by n (mean only), the result.
    public var stepCount: Int { data.count + (reduction == .mean ? 3 : 2) }

    /// The name of what the field x̂ holds: "x̂", or "z" for logits.
    func predictionName(_ notation: Notation) -> String { logits ? "z" : notation.xhat }

    /// A list as the fields show it, comma separated: each number in full (round-trip), or rounded to `digits` significant digits.
    static func listText(_ values: [Double], digits: Int? = nil) -> String {
        values.map { fieldNumber($0, digits: digits) }.joined(separator: ", ")
    }

    /// The significant digits of the numbers the Lab writes into a field itself (converted logits,
    /// nudged values); what the user typed stays as typed.
    static let writtenDigits = 6

    /// The longest list the Lab writes into a field as numbers (see `write(_:to:)`).
    static let writtenLimit = 100_000

    /// One number as a field shows it, in ASCII so it reads back: whole numbers without ".0",
    /// others in full (round-trip) or rounded to `digits` significant digits.
    static func fieldNumber(_ value: Double, digits: Int? = nil) -> String {
        digits.map { NumberFormat.readable(value, digits: $0) } ?? NumberFormat.plain(value)
    }
}

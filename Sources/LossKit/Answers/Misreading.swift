/// A known wrong way to read one loss's term, offered by the loss itself (see `LossDefinition.misreadings`).
///
/// The catalogue applies `element` to each element in place of the term, combines the results as
/// the question's reduction does, then applies `afterReduction` if given.
public struct Misreading: Sendable {
    public var mistake: MistakeKind
    /// The wrong value of one element's term, from x and x̂ under a convention.
    public var element: @Sendable (_ x: Double, _ xhat: Double, _ convention: Convention) -> Double
    /// What one element's wrong value is, such as "xᵢ − x̂ᵢ, the error not squared".
    public var says: String
    /// What to do instead, such as "square each error first".
    public var fix: String
    /// A step after the reduction (the square of the mean); such a misreading is only of a mean loss.
    public var afterReduction: (@Sendable (Double) -> Double)?
    /// The whole wrong computation, when it is not "the mean of `says`".
    public var whole: String?

    public init(_ mistake: MistakeKind, says: String, fix: String, whole: String? = nil,
                afterReduction: (@Sendable (Double) -> Double)? = nil,
                element: @escaping @Sendable (_ x: Double, _ xhat: Double, _ convention: Convention) -> Double) {
        self.mistake = mistake
        self.element = element
        self.says = says
        self.fix = fix
        self.afterReduction = afterReduction
        self.whole = whole
    }
}

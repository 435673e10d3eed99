/// VADER's four scores for one text, rounded the way vaderSentiment 3.3.2 rounds them.
///
/// `negative`, `neutral` and `positive` are the proportions of the text that fall in each class
/// (rounded to 3 decimals; they add up to about 1, or are all 0 for a text without words).
/// `compound` is the normalised, weighted sum of all valences, from -1 (most negative) to +1
/// (most positive), rounded to 4 decimals. In JSON the keys are VADER's: `neg`, `neu`, `pos` and
/// `compound`.
public struct SentimentScores: Hashable, Sendable, Codable {
  /// The proportion of negative text, from 0 to 1 (VADER's `neg`).
  public var negative: Double
  /// The proportion of neutral text, from 0 to 1 (VADER's `neu`).
  public var neutral: Double
  /// The proportion of positive text, from 0 to 1 (VADER's `pos`).
  public var positive: Double
  /// The normalised sentiment, from -1 (most negative) to +1 (most positive).
  public var compound: Double

  /// Creates scores from their four values, taken as given (not rounded).
  public init(negative: Double, neutral: Double, positive: Double, compound: Double) {
    self.negative = negative
    self.neutral = neutral
    self.positive = positive
    self.compound = compound
  }

  /// The scores of a text without any words: all four are 0.
  public static let zero = SentimentScores(negative: 0, neutral: 0, positive: 0, compound: 0)

  enum CodingKeys: String, CodingKey {
    case negative = "neg"
    case neutral = "neu"
    case positive = "pos"
    case compound
  }
}

/// Python's `round(x, ndigits)` for floats.
///
/// Python rounds the exact binary value of `x` to `digits` decimals, breaking exact ties to even,
/// and returns the double nearest to that decimal. So `round(2.675, 2)` is 2.67 (the double is
/// 2.67499999…) while `round(0.125, 2)` is 0.12 (an exact tie, to even). Decimal-string tricks on the
/// shortest representation get such cases wrong, so this works on the significand with integers.
enum PythonRounding {
  /// `x` rounded to `digits` decimals (0...18) exactly as Python's `round(x, digits)` does.
  static func round(_ x: Double, digits: Int) -> Double {
    precondition((0...18).contains(digits), "digits must be within 0...18")
    guard x.isFinite, x != 0 else { return x }
    let magnitude = x.magnitude
    if digits <= 6 && magnitude <= 2 {
      // Fast path: the product (below 2^21) is off by at most half an ulp, under 2^-32, so when it
      // is not within 1e-6 of a tie, rounding it picks the same integer as rounding the exact one.
      var power = 1.0
      for _ in 0..<digits { power *= 10 }
      let scaled = magnitude * power
      let floor = scaled.rounded(.down)
      let fraction = scaled - floor
      if abs(fraction - 0.5) > 1e-6 {
        let value = (fraction > 0.5 ? floor + 1 : floor) / power
        return x < 0 ? -value : value
      }
    }
    // magnitude == significand * 2^-shift, with an integer significand below 2^53.
    let significand: UInt64
    let shift: Int
    if magnitude.isNormal {
      significand = magnitude.significandBitPattern | (1 << 52)
      shift = 52 - Int(magnitude.exponent)
    } else {
      significand = magnitude.significandBitPattern
      shift = 1074
    }
    // An integer already (2^52 and above): nothing to round.
    if shift <= 0 { return x }
    var power: UInt64 = 1
    for _ in 0..<digits { power *= 10 }
    // scaled = significand * 10^digits (below 2^53 * 10^18 < 2^113) as high:low words.
    let (high, low) = significand.multipliedFullWidth(by: power)
    let value: Double
    if shift >= 120 {
      // scaled < 2^113 <= 2^(shift - 1) / 2^6: far below one half.
      value = 0
    } else if shift >= 52 {
      // |x| < 2: the quotient scaled >> shift is below 2^61.
      let quotient = roundedQuotient(high: high, low: low, shift: shift)
      value = decimal(quotient, digits: digits, power: power)
    } else {
      value = roundLarge(UInt128(high) << 64 | UInt128(low), digits: digits, shift: shift)
    }
    return x < 0 ? -value : value
  }

  /// `(high:low) >> shift` rounded half to even, for `shift` in 52...119.
  private static func roundedQuotient(high: UInt64, low: UInt64, shift: Int) -> UInt64 {
    var quotient: UInt64
    var above: Bool  // remainder > half
    var tie: Bool  // remainder == half
    if shift < 64 {
      quotient = high &<< UInt64(64 - shift) | low &>> UInt64(shift)
      let remainder = low & ((1 &<< UInt64(shift)) &- 1)
      let half: UInt64 = 1 &<< UInt64(shift - 1)
      above = remainder > half
      tie = remainder == half
    } else if shift == 64 {
      quotient = high
      above = low > 1 << 63
      tie = low == 1 << 63
    } else {
      quotient = high &>> UInt64(shift - 64)
      let remainderHigh = high & ((1 &<< UInt64(shift - 64)) &- 1)
      let halfHigh: UInt64 = 1 &<< UInt64(shift - 65)
      above = remainderHigh > halfHigh || (remainderHigh == halfHigh && low > 0)
      tie = remainderHigh == halfHigh && low == 0
    }
    if above || (tie && quotient & 1 == 1) { quotient += 1 }
    return quotient
  }

  /// The double nearest to `quotient` × 10^-`digits`, as Python's correctly rounded parse gives it.
  @inline(__always)
  private static func decimal(_ quotient: UInt64, digits: Int, power: UInt64) -> Double {
    // Below 2^53 the quotient is exact, and so is a power of ten up to 10^22: one IEEE division
    // is then correctly rounded.
    if quotient < 1 << 53 { return Double(quotient) / Double(power) }
    return Double("\(quotient)e-\(digits)")!
  }

  /// The slow path of ``round(_:digits:)`` for magnitudes of 2 and above.
  private static func roundLarge(_ scaled: UInt128, digits: Int, shift: Int) -> Double {
    var power: UInt64 = 1
    for _ in 0..<digits { power *= 10 }
    let quotient = scaled >> shift
    let remainder = scaled & ((UInt128(1) << shift) - 1)
    let half = UInt128(1) << (shift - 1)
    var rounded = quotient
    if remainder > half || (remainder == half && quotient & 1 == 1) { rounded += 1 }
    if rounded < (UInt128(1) << 64) { return decimal(UInt64(rounded), digits: digits, power: power) }
    return Double("\(rounded)e-\(digits)")!
  }
}

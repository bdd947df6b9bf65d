namespace Personalization.Engine.Recommendations;

/// <summary>
/// An association rule LHS =&gt; RHS with one item on the right, measured as arules measures it.
/// </summary>
/// <param name="Lhs">Items on the left, ascending; empty for a rule that holds for every basket.</param>
/// <param name="Rhs">The item on the right.</param>
/// <param name="Count">Baskets holding the LHS and the RHS.</param>
/// <param name="Support">Count / baskets.</param>
/// <param name="Confidence">supp(LHS and RHS) / supp(LHS).</param>
/// <param name="Coverage">supp(LHS).</param>
/// <param name="Lift">Confidence / supp(RHS).</param>
public sealed record AssociationRule(int[] Lhs, int Rhs, int Count, double Support, double Confidence, double Coverage, double Lift);
